package org.glossator.store;

import java.util.List;

/**
 * One article that matches a search.
 *
 * @param snippet           a passage around the best match, with "…" where it was cut
 * @param snippetHighlights the matched words inside {@code snippet} (char offsets in the snippet)
 * @param score             relevance, higher is better (BM25, title words weigh more)
 * @param matches           every matched word in the article's reading text, in code points
 */
public record SearchHit(long articleId, String title, String snippet, List<Range> snippetHighlights,
                        double score, List<Range> matches) {
    public SearchHit {
        snippetHighlights = List.copyOf(snippetHighlights);
        matches = List.copyOf(matches);
    }

    /** A half-open range [start, end). */
    public record Range(int start, int end) {
    }
}
