package org.glossator.domain;

/**
 * The metadata a user can correct on an article: title, author, publication date,
 * source URL and free notes on the source. Blank optional fields are stored as null.
 */
public record ArticleDetails(String title, String author, String published, String sourceUrl,
                             String sourceNotes) {
    public ArticleDetails {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An article needs a title.");
        }
        title = title.strip();
        author = blankToNull(author);
        published = blankToNull(published);
        sourceUrl = blankToNull(sourceUrl);
        sourceNotes = blankToNull(sourceNotes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
