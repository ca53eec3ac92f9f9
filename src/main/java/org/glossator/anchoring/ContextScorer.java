package org.glossator.anchoring;

import org.glossator.domain.TextTarget;

/**
 * How well the text around a candidate matches the target's stored prefix and suffix,
 * each as a similarity in [0, 1] (1 - edit distance / context length, on folded text).
 *
 * <p>The stored prefix is compared with the best-fitting end of the text before the
 * candidate (and the suffix with the best-fitting start of the text after it), so text
 * inserted or deleted inside the context costs only its own length.
 */
final class ContextScorer {
    /** Extra raw chars read around a candidate, room for context that has grown. */
    private static final int SLACK = 16;
    /** Similarity of a side with no stored context: no evidence either way. */
    static final double NO_EVIDENCE = 0.5;

    private final String text;
    private final String prefix;
    private final String suffix;
    /** Folded on first need: a context found verbatim (nearly every one on import) is never folded. */
    private String foldedPrefix;
    private String foldedSuffix;
    private final int prefixChars;
    private final int suffixChars;

    ContextScorer(String text, TextTarget target) {
        this.text = text;
        this.prefix = target.prefix();
        this.suffix = target.suffix();
        this.prefixChars = target.prefix().length();
        this.suffixChars = target.suffix().length();
    }

    String foldedPrefix() {
        if (foldedPrefix == null) {
            foldedPrefix = FoldedText.fold(prefix);
        }
        return foldedPrefix;
    }

    String foldedSuffix() {
        if (foldedSuffix == null) {
            foldedSuffix = FoldedText.fold(suffix);
        }
        return foldedSuffix;
    }

    double prefixSimilarity(int start) {
        if (start >= prefixChars && text.startsWith(prefix, start - prefixChars) && FoldedText.foldsToSomething(prefix)) {
            return 1.0; // verbatim: the common case on import, without folding or an alignment
        }
        String foldedPrefix = foldedPrefix();
        if (foldedPrefix.isEmpty()) {
            // An empty prefix was taken at the start of the text: being there again agrees with it.
            return start <= SLACK && text.substring(0, start).isBlank() ? 1.0 : NO_EVIDENCE;
        }
        int from = Math.max(0, start - prefixChars - SLACK);
        String window = FoldedText.fold(text.substring(from, start));
        int distance = EditDistance.distanceToWindowEnd(foldedPrefix, window);
        return 1.0 - (double) distance / foldedPrefix.length();
    }

    double suffixSimilarity(int end) {
        if (text.startsWith(suffix, end) && FoldedText.foldsToSomething(suffix)) {
            return 1.0;
        }
        String foldedSuffix = foldedSuffix();
        if (foldedSuffix.isEmpty()) {
            return text.length() - end <= SLACK && text.substring(end).isBlank() ? 1.0 : NO_EVIDENCE;
        }
        int to = Math.min(text.length(), end + suffixChars + SLACK);
        String window = FoldedText.fold(text.substring(end, to));
        int distance = EditDistance.distanceToWindowStart(foldedSuffix, window);
        return 1.0 - (double) distance / foldedSuffix.length();
    }
}
