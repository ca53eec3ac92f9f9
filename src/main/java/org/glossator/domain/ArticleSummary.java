package org.glossator.domain;

/** What the corpus list shows for one article, without its text. */
public record ArticleSummary(long id, String title, String author, String published,
                             int wordCount, int annotationCount) {
}
