package org.glossator.store;

/** A search query that cannot be understood; the message says why, in the user's terms. */
public class SearchSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchSyntaxException(String message) {
        super(message);
    }

    public SearchSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
