package org.glossator.ingest;

/**
 * Title, author and date found inside the body of a text dump (each null when not
 * found), proposed for the article's details.
 */
public record MetadataProposal(String title, String author, String published) {
    public boolean isEmpty() {
        return title == null && author == null && published == null;
    }
}
