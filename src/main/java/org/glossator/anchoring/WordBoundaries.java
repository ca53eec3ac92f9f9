package org.glossator.anchoring;

import org.glossator.domain.TextTarget;

/**
 * Whether a quote started and ended at word boundaries, so that a match in changed text
 * keeps the same shape: a quote of whole words must not start in the middle of a word
 * because that costs one edit less ("ritics said" corrected to "Critics said" should
 * become "Critics said"), and a part-word selection is not stretched to whole words.
 */
final class WordBoundaries {
    private final boolean startsAtBoundary;
    private final boolean endsAtBoundary;

    WordBoundaries(TextTarget target) {
        String exact = target.exact();
        startsAtBoundary = exact.isEmpty() || target.prefix().isEmpty()
                || !(isWordChar(Character.codePointBefore(target.prefix(), target.prefix().length()))
                        && isWordChar(exact.codePointAt(0)));
        endsAtBoundary = exact.isEmpty() || target.suffix().isEmpty()
                || !(isWordChar(Character.codePointBefore(exact, exact.length()))
                        && isWordChar(target.suffix().codePointAt(0)));
    }

    /** 1 when starting a match at folded position {@code at} breaks the quote's start boundary, else 0. */
    int startMismatch(CharSequence folded, int at) {
        return isBoundary(folded, at) == startsAtBoundary ? 0 : 1;
    }

    int endMismatch(CharSequence folded, int at) {
        return isBoundary(folded, at) == endsAtBoundary ? 0 : 1;
    }

    /**
     * Whether no edge of {@code [start, end)} that was a word boundary in the quote has had
     * letters glued onto it ("Critics" now where the quote said "ritics").
     */
    boolean edgesHold(CharSequence text, int start, int end) {
        return (!startsAtBoundary || isBoundary(text, start)) && (!endsAtBoundary || isBoundary(text, end));
    }

    /**
     * The range widened, at an edge that was a word boundary in the quote but is not one any
     * more, to the word's edge if that is at most {@code reach} chars away: letters glued on
     * by an edit ("ritics" corrected to "Critics") join the quote. Never narrows, and leaves
     * part-word selections alone.
     */
    int[] widenToWords(CharSequence text, int start, int end, int reach) {
        int newStart = start;
        if (startsAtBoundary && !isBoundary(text, start)) {
            for (int step = 1; step <= reach && start - step >= 0; step++) {
                if (isBoundary(text, start - step)) {
                    newStart = start - step;
                    break;
                }
            }
        }
        int newEnd = end;
        if (endsAtBoundary && !isBoundary(text, end)) {
            for (int step = 1; step <= reach && end + step <= text.length(); step++) {
                if (isBoundary(text, end + step)) {
                    newEnd = end + step;
                    break;
                }
            }
        }
        return new int[] {newStart, newEnd};
    }

    static boolean isBoundary(CharSequence text, int at) {
        return at <= 0 || at >= text.length()
                || !(isWordChar(text.charAt(at - 1)) && isWordChar(text.charAt(at)));
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }
}
