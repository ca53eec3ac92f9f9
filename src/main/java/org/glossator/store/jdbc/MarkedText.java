package org.glossator.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import org.glossator.store.SearchHit;

/**
 * Text a search engine returned with START/END marks around matches, turned into plain text
 * and ranges: FTS5's {@code highlight()}/{@code snippet()} and PostgreSQL's {@code ts_headline}
 * are both asked to mark with {@link #START} and {@link #END}.
 */
public record MarkedText(String text, List<SearchHit.Range> ranges) {
    public static final char START = '\u0001';
    public static final char END = '\u0002';

    /** @param codePoints ranges in code points (reading text) or in chars (snippets for display) */
    public static MarkedText parse(String marked, boolean codePoints) {
        if (marked == null) {
            return new MarkedText("", List.of());
        }
        StringBuilder plain = new StringBuilder(marked.length());
        List<SearchHit.Range> ranges = new ArrayList<>();
        int position = 0;
        int start = -1;
        for (int i = 0; i < marked.length(); ) {
            int cp = marked.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == START) {
                start = position;
            } else if (cp == END) {
                if (start >= 0) {
                    ranges.add(new SearchHit.Range(start, position));
                }
                start = -1;
            } else {
                plain.appendCodePoint(cp);
                position += codePoints ? 1 : Character.charCount(cp);
            }
        }
        return new MarkedText(plain.toString(), ranges);
    }
}
