package org.glossator.store;

import org.glossator.domain.Verdict;

/**
 * A corpus search: the query text and optional filters on the article's annotations.
 * The filters apply to one and the same annotation: type "claim", tag "licence" and
 * verdict UNSUPPORTED finds articles with an unsupported claim tagged licence.
 *
 * @param typeKey annotation type key, or null
 * @param tag     annotation tag, or null
 * @param verdict claim verdict, or null
 * @param limit   most hits returned
 */
public record SearchQuery(String text, String typeKey, String tag, Verdict verdict, int limit) {
    public static final int DEFAULT_LIMIT = 50;

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new SearchSyntaxException("Type something to search for.");
        }
        typeKey = blankToNull(typeKey);
        tag = blankToNull(tag);
        limit = limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, DEFAULT_LIMIT);
    }

    public boolean filtersAnnotations() {
        return typeKey != null || tag != null || verdict != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
