package org.glossator.store.postgres;

import java.util.ArrayList;
import java.util.List;
import org.glossator.store.SearchHit;

/**
 * A passage of about {@value #WORDS} words around the first match, cut at spaces, with "…"
 * where it was cut and the matches inside it as char offsets of the passage (what FTS5's
 * {@code snippet()} gives the SQLite store).
 */
record Snippet(String text, List<SearchHit.Range> highlights) {
    static final int WORDS = 24;
    private static final int WORDS_BEFORE = 8;

    /** @param matches code-point ranges in {@code text}, in order */
    static Snippet around(String text, List<SearchHit.Range> matches) {
        int firstMatch = matches.isEmpty() ? 0 : text.offsetByCodePoints(0, matches.get(0).start());
        int start = wordsBack(text, firstMatch, WORDS_BEFORE);
        int end = wordsForward(text, start, WORDS);
        String lead = start > 0 ? "…" : "";
        String passage = lead + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
        int shift = lead.length() - start - leadingSpace(text, start, end);
        List<SearchHit.Range> highlights = new ArrayList<>();
        for (SearchHit.Range m : matches) {
            int from = text.offsetByCodePoints(0, m.start());
            int to = text.offsetByCodePoints(from, m.end() - m.start());
            if (from >= start && to <= end) {
                highlights.add(new SearchHit.Range(from + shift, to + shift));
            }
        }
        return new Snippet(passage, highlights);
    }

    private static int leadingSpace(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - start;
    }

    /** The start of the word {@code words} words before {@code from}. */
    private static int wordsBack(String text, int from, int words) {
        int i = from;
        for (int n = 0; n < words && i > 0; n++) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** The end of the {@code words}th word from {@code from}. */
    private static int wordsForward(String text, int from, int words) {
        int i = from;
        for (int n = 0; n < words && i < text.length(); n++) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }
}
