package org.glossator.domain;

import java.util.Objects;

/**
 * A formatting run over the article text. Offsets are UTF-16 char indices into
 * {@link Article#text()} (formatting is internal to Glossator and only ever used
 * for display, unlike annotation targets which are in code points).
 */
public record StyleSpan(int start, int end, TextStyle style) {
    public StyleSpan {
        Objects.requireNonNull(style, "style");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
