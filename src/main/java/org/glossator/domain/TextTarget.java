package org.glossator.domain;

import java.util.Objects;

/**
 * Where an annotation points, kept as the W3C Web Annotation model describes it:
 * a TextPositionSelector ({@code start}, {@code end}, in Unicode code points of
 * the article text, end exclusive) and a TextQuoteSelector ({@code exact} with up to
 * 32 code points of {@code prefix} and {@code suffix}). Both are stored so that the
 * annotation can be re-anchored when the text changes.
 */
public record TextTarget(int start, int end, String exact, String prefix, String suffix) {
    public static final int CONTEXT_LENGTH = 32;

    public TextTarget {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad target range " + start + ".." + end);
        }
    }

    public boolean overlaps(TextTarget other) {
        return start < other.end && other.start < end;
    }

    public TextTarget movedTo(int newStart, int newEnd) {
        return new TextTarget(newStart, newEnd, exact, prefix, suffix);
    }
}
