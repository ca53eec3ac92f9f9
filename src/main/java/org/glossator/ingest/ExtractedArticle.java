package org.glossator.ingest;

/** What a format reader found in a file; metadata fields are null when the file does not say. */
record ExtractedArticle(String title, String author, String published, String sourceUrl, ReadingText body) {
}
