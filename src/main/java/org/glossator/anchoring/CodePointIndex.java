package org.glossator.anchoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * Converts between UTF-16 char indices (what the reader's text widgets use) and Unicode
 * code point offsets (what W3C TextPositionSelectors store) of one text.
 *
 * <p>Only supplementary characters (surrogate pairs) make the two differ, so the index
 * keeps just their positions: conversions are O(1) for BMP-only text and a binary search
 * otherwise. A lone surrogate counts as one code point, as {@link String#codePointCount} does.
 */
public final class CodePointIndex {
    private static final int[] NONE = new int[0];

    private final int charLength;
    private final int codePointLength;
    /** Char index of the high surrogate of every surrogate pair, ascending. */
    private final int[] pairCharStarts;
    /** Code point offset of every surrogate pair, ascending (pairCharStarts[k] - k). */
    private final int[] pairCodePoints;

    public CodePointIndex(String text) {
        Objects.requireNonNull(text, "text");
        charLength = text.length();
        int[] starts = NONE;
        int count = 0;
        for (int i = 0; i < charLength - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, Math.max(8, count * 2));
                }
                starts[count++] = i;
                i++;
            }
        }
        pairCharStarts = Arrays.copyOf(starts, count);
        pairCodePoints = new int[count];
        for (int k = 0; k < count; k++) {
            pairCodePoints[k] = pairCharStarts[k] - k;
        }
        codePointLength = charLength - count;
    }

    /**
     * Code point offset of a char index in {@code [0, length]}. An index that falls between
     * the two halves of a surrogate pair is rounded down to the start of the pair.
     */
    public int toCodePoint(int charIndex) {
        if (charIndex < 0 || charIndex > charLength) {
            throw new IndexOutOfBoundsException("char index " + charIndex + " outside 0.." + charLength);
        }
        if (pairCharStarts.length == 0) {
            return charIndex;
        }
        int pairsBefore = countBelow(pairCharStarts, charIndex);
        if (pairsBefore > 0 && pairCharStarts[pairsBefore - 1] == charIndex - 1) {
            return charIndex - 1 - (pairsBefore - 1);
        }
        return charIndex - pairsBefore;
    }

    /** Char index of a code point offset in {@code [0, codePointLength]}. */
    public int toCharIndex(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePointLength) {
            throw new IndexOutOfBoundsException(
                    "code point offset " + codePointOffset + " outside 0.." + codePointLength);
        }
        if (pairCodePoints.length == 0) {
            return codePointOffset;
        }
        return codePointOffset + countBelow(pairCodePoints, codePointOffset);
    }

    public int codePointLength() {
        return codePointLength;
    }

    public int charLength() {
        return charLength;
    }

    /** Number of elements of the ascending array that are smaller than {@code value}. */
    private static int countBelow(int[] ascending, int value) {
        int found = Arrays.binarySearch(ascending, value);
        return found >= 0 ? found : -found - 1;
    }
}
