package org.glossator.exchange;

import org.glossator.domain.Counts;

/** What an export wrote. */
public record ExportSummary(int articles, long annotations, long links, int embeddedArticles) {
    @Override
    public String toString() {
        return Counts.of(annotations, "annotation", "annotations") + " from " + Counts.of(articles, "article", "articles")
                + (links > 0 ? ", " + Counts.of(links, "link", "links") : "")
                + (embeddedArticles > 0 ? ", " + Counts.grouped(embeddedArticles) + " embedded" : "");
    }
}
