package org.glossator.anchoring;

/**
 * A place in the new text where the quote may now be, with the evidence for it: how much
 * of the quote matches, how much of the stored prefix and suffix surround it, and how
 * near it is to where the target was expected.
 */
record Candidate(int start, int end, double quoteSimilarity, double prefixSimilarity,
                 double suffixSimilarity, double proximity) {

    /** Similarity from which one side of the context counts as agreeing with the stored one. */
    static final double SIDE_AGREES = 0.75;
    /** Distance (chars) from the expected position at which proximity has fallen to one half. */
    private static final double HALF_PROXIMITY_DISTANCE = 1_024;

    /** Proximity in (0, 1] for a distance from the expected position: 1 there, 1/2 a kilobyte away. */
    static double proximity(double distance) {
        return 1.0 / (1.0 + distance / HALF_PROXIMITY_DISTANCE);
    }

    /**
     * Ranking weight. The quote counts most, context next, and proximity decides between
     * copies whose evidence is otherwise alike (a repeated sentence in the same surroundings).
     */
    double score() {
        return 50 * quoteSimilarity + 20 * prefixSimilarity + 20 * suffixSimilarity + 10 * proximity;
    }

    /** Whether the text around it agrees with the stored context on at least one side. */
    boolean contextAgrees() {
        return Math.max(prefixSimilarity, suffixSimilarity) >= SIDE_AGREES;
    }

    /** Whether the stored prefix and suffix both surround it unchanged (folded). */
    boolean contextWhole() {
        return prefixSimilarity >= 1.0 && suffixSimilarity >= 1.0;
    }

    /**
     * Whether this candidate ranks above the other. One whose context agrees on a side always
     * beats one whose context disagrees on both (a verbatim copy of the quote in other
     * surroundings is another passage, a retouched quote in its own surroundings is this
     * one). Next, one with its whole context beats one without: a stale position may now
     * point at a repeated sentence's other copy, whose surroundings differ by a few chars.
     * Otherwise the higher score wins.
     */
    boolean beats(Candidate other) {
        if (contextAgrees() != other.contextAgrees()) {
            return contextAgrees();
        }
        if (contextWhole() != other.contextWhole()) {
            return contextWhole();
        }
        return score() > other.score();
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
