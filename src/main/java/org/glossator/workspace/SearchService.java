package org.glossator.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.glossator.store.SearchHit;
import org.glossator.store.SearchQuery;
import org.glossator.store.Store;

/**
 * Corpus search for the search panel and the CLI, and Ctrl+F inside one article.
 * Offsets are code points of the reading text, like annotation targets.
 */
public final class SearchService {
    private final Store store;

    public SearchService(Store store) {
        this.store = store;
    }

    /**
     * Ranked hits across the corpus.
     * @throws org.glossator.store.SearchSyntaxException with a message to show when the query is malformed
     */
    public List<SearchHit> search(SearchQuery query) {
        return store.search().search(query);
    }

    /** The query's matches in one article, to highlight them when a hit is opened. */
    public List<SearchHit.Range> matchesIn(long articleId, String query) {
        return store.search().matchesIn(articleId, query);
    }

    /**
     * Ctrl+F: every occurrence of {@code needle} in {@code text}, ignoring case, as the
     * reader types it (no query syntax). Overlapping occurrences are not counted twice.
     */
    public static List<SearchHit.Range> findInText(String text, String needle) {
        List<SearchHit.Range> ranges = new ArrayList<>();
        if (needle == null || needle.isEmpty()) {
            return ranges;
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        String wanted = needle.toLowerCase(Locale.ROOT);
        // Lower-casing can change lengths for a few characters (İ); then fall back to region matching.
        boolean sameLengths = haystack.length() == text.length() && wanted.length() == needle.length();
        int from = 0;
        int codePointsBefore = 0;
        int counted = 0;
        while (true) {
            int at = sameLengths ? haystack.indexOf(wanted, from) : indexIgnoringCase(text, needle, from);
            if (at < 0) {
                return ranges;
            }
            codePointsBefore += text.codePointCount(counted, at);
            counted = at;
            int length = text.codePointCount(at, at + needle.length());
            ranges.add(new SearchHit.Range(codePointsBefore, codePointsBefore + length));
            from = at + needle.length();
        }
    }

    private static int indexIgnoringCase(String text, String needle, int from) {
        for (int i = from; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
