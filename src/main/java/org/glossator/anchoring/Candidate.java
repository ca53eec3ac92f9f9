package org.glossator.anchoring;

/**
 * A place in the new text where the quote may now be, with the evidence for it: how much
 * of the quote matches, how much of the stored prefix and suffix surround it, and how
 * near it is to where the target was expected.
 */
record Candidate(int start, int end, double quoteSimilarity, double prefixSimilarity,
                 double suffixSimilarity, double proximity) {

    /**
     * Ranking weight. The quote counts most, context next, and proximity only breaks
     * near-ties; the same balance Hypothesis uses for its fuzzy anchoring.
     */
    double score() {
        return 50 * quoteSimilarity + 20 * prefixSimilarity + 20 * suffixSimilarity + 2 * proximity;
    }

    double contextSimilarity() {
        return (prefixSimilarity + suffixSimilarity) / 2;
    }

    double confidence() {
        return Math.min(1.0, 0.7 * quoteSimilarity + 0.3 * contextSimilarity());
    }

    boolean sameRange(int otherStart, int otherEnd) {
        return start == otherStart && end == otherEnd;
    }
}
