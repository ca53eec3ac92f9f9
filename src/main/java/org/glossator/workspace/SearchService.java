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

    /** A half-open range [start, end); what the UI sees of the store's ranges. */
    public record Span(int start, int end) {
    }

    /**
     * One article that matches, for the search panel (the UI does not see store types).
     * @param snippetHighlights char offsets in {@code snippet}
     * @param matches           code-point offsets in the article's reading text
     */
    public record Hit(long articleId, String title, String snippet, List<Span> snippetHighlights,
                      List<Span> matches, int relevancePercent) {
    }

    /**
     * The search panel's query: text with optional filters on one annotation (blank or null: any).
     * @throws org.glossator.store.SearchSyntaxException with a message to show when the query is malformed
     */
    public List<Hit> find(String text, String typeKey, String tag, org.glossator.domain.Verdict verdict) {
        List<SearchHit> hits = search(new SearchQuery(text, typeKey, tag, verdict, SearchQuery.DEFAULT_LIMIT));
        double best = bestScore(hits);
        return hits.stream()
                .map(h -> new Hit(h.articleId(), h.title(), h.snippet(), spans(h.snippetHighlights()),
                        spans(h.matches()), relevancePercent(h.score(), best))).toList();
    }

    /** The highest score among {@code hits}; 0 for none. */
    public static double bestScore(List<SearchHit> hits) {
        return hits.stream().mapToDouble(SearchHit::score).max().orElse(0);
    }

    /**
     * A score as a share of the best hit's, 1–100: the raw scores mean nothing to a reader, and
     * they are tiny (4e-06) when the words occur in nearly every article.
     */
    public static int relevancePercent(double score, double best) {
        if (!(best > 0)) {
            return 100; // nothing to tell the hits apart by
        }
        if (!(score > 0)) {
            return 1;
        }
        return (int) Math.max(1, Math.min(100, Math.round(100 * score / best)));
    }

    /** Most hits {@link #find} returns. */
    public static int limit() {
        return SearchQuery.DEFAULT_LIMIT;
    }

    /** {@link #findInText} as spans, for the reader's find bar. */
    public static List<Span> findSpans(String text, String needle) {
        return spans(findInText(text, needle));
    }

    private static List<Span> spans(List<SearchHit.Range> ranges) {
        return ranges.stream().map(r -> new Span(r.start(), r.end())).toList();
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
