package org.glossator.anchoring;

import org.glossator.domain.TextTarget;

/** Builds W3C targets from the reader's char-index selections and back. */
public final class Targets {
    private Targets() {
    }

    /**
     * Target for the selection {@code [charStart, charEnd)} of text: code point start/end,
     * exact, and up to {@link TextTarget#CONTEXT_LENGTH} code points of prefix and suffix.
     * A selection edge inside a surrogate pair is widened to take the whole character, and
     * prefix/suffix never cut a pair either.
     */
    public static TextTarget fromCharRange(String text, int charStart, int charEnd) {
        return fromCharRange(text, new CodePointIndex(text), charStart, charEnd);
    }

    /** As {@link #fromCharRange(String, int, int)} with an index already built for {@code text}. */
    public static TextTarget fromCharRange(String text, CodePointIndex index, int charStart, int charEnd) {
        if (index.charLength() != text.length()) {
            throw new IllegalArgumentException("index was built for another text");
        }
        if (charStart < 0 || charEnd < charStart || charEnd > text.length()) {
            throw new IndexOutOfBoundsException(
                    "selection " + charStart + ".." + charEnd + " outside 0.." + text.length());
        }
        int start = splitsPair(text, charStart) ? charStart - 1 : charStart;
        int end = splitsPair(text, charEnd) ? charEnd + 1 : charEnd;
        int prefixStart = stepBack(text, start, TextTarget.CONTEXT_LENGTH);
        int suffixEnd = stepForward(text, end, TextTarget.CONTEXT_LENGTH);
        return new TextTarget(index.toCodePoint(start), index.toCodePoint(end), text.substring(start, end),
                text.substring(prefixStart, start), text.substring(end, suffixEnd));
    }

    /**
     * Char range {@code [start, end)} of a target in the text the index was built for.
     * Offsets beyond the end of the text are clamped to its end, so the result is always
     * a valid range (callers verify the quote there when it matters).
     */
    public static int[] toCharRange(CodePointIndex index, TextTarget target) {
        int last = index.codePointLength();
        return new int[] {
            index.toCharIndex(Math.min(target.start(), last)),
            index.toCharIndex(Math.min(target.end(), last))
        };
    }

    /**
     * The selection {@code [charStart, charEnd)} without white space (including no-break and
     * other Unicode spaces) at either end: a drag that starts in the space before a word should
     * not store that space. An all-white selection comes back empty ({@code start == end}).
     */
    public static int[] trimmedCharRange(String text, int charStart, int charEnd) {
        int start = Math.max(0, charStart);
        int end = Math.min(text.length(), charEnd);
        while (start < end && isBlank(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isBlank(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return new int[] {start, end};
    }

    private static boolean isBlank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    static boolean splitsPair(CharSequence text, int charIndex) {
        return charIndex > 0 && charIndex < text.length()
                && Character.isHighSurrogate(text.charAt(charIndex - 1))
                && Character.isLowSurrogate(text.charAt(charIndex));
    }

    /** Char index {@code codePoints} code points before {@code from}, or 0. */
    static int stepBack(CharSequence text, int from, int codePoints) {
        int at = from;
        for (int n = 0; n < codePoints && at > 0; n++) {
            at -= Character.charCount(Character.codePointBefore(text, at));
        }
        return at;
    }

    /** Char index {@code codePoints} code points after {@code from}, or the text length. */
    static int stepForward(CharSequence text, int from, int codePoints) {
        int at = from;
        for (int n = 0; n < codePoints && at < text.length(); n++) {
            at += Character.charCount(Character.codePointAt(text, at));
        }
        return at;
    }
}
