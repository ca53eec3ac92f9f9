package org.glossator.anchoring;

import org.glossator.domain.TextTarget;

/**
 * Whether a quote started and ended at word boundaries, so that a fuzzy match can be
 * trimmed the same way: a fixed typo in the first word ("qquick" to "quick") must not
 * make the match start in the middle of a word just because that costs one edit less.
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

    static boolean isBoundary(CharSequence text, int at) {
        return at <= 0 || at >= text.length()
                || !(isWordChar(text.charAt(at - 1)) && isWordChar(text.charAt(at)));
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }
}
