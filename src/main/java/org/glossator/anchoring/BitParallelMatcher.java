package org.glossator.anchoring;

import java.util.HashMap;
import java.util.Map;

/**
 * Approximate search for a pattern of at most 64 chars with Myers' bit-parallel
 * algorithm: one pass over the text, a few word operations per char, whatever the number
 * of errors allowed. Reports where matches with at most k edits end.
 */
final class BitParallelMatcher {
    static final int MAX_PATTERN = 64;

    /** Receives the end (exclusive) and edit count of the best end of each run of adjacent hits. */
    interface HitSink {
        /** Returns false to stop the search. */
        boolean hit(int end, int errors);
    }

    private final long[] asciiMasks = new long[128];
    private final Map<Character, Long> otherMasks = new HashMap<>();
    private final int length;
    private final long lastBit;

    BitParallelMatcher(CharSequence pattern) {
        length = pattern.length();
        if (length == 0 || length > MAX_PATTERN) {
            throw new IllegalArgumentException("pattern length " + length + " not in 1.." + MAX_PATTERN);
        }
        for (int i = 0; i < length; i++) {
            char c = pattern.charAt(i);
            long bit = 1L << i;
            if (c < 128) {
                asciiMasks[c] |= bit;
            } else {
                otherMasks.merge(c, bit, (x, y) -> x | y);
            }
        }
        lastBit = 1L << (length - 1);
    }

    private long mask(char c) {
        if (c < 128) {
            return asciiMasks[c];
        }
        Long m = otherMasks.get(c);
        return m == null ? 0L : m;
    }

    /** Searches {@code text[from, to)}; adjacent ends with at most k errors count as one hit (the best). */
    void search(CharSequence text, int from, int to, int maxErrors, HitSink sink) {
        long positive = -1L;
        long negative = 0L;
        int score = length;
        boolean inRun = false;
        int bestEnd = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int j = from; j < to; j++) {
            long eq = mask(text.charAt(j));
            long xv = eq | negative;
            long xh = (((eq & positive) + positive) ^ positive) | eq;
            long ph = negative | ~(xh | positive);
            long mh = positive & xh;
            if ((ph & lastBit) != 0) {
                score++;
            } else if ((mh & lastBit) != 0) {
                score--;
            }
            // No carry-in at the bottom: a match may start anywhere in the text.
            ph <<= 1;
            mh <<= 1;
            positive = mh | ~(xv | ph);
            negative = ph & xv;
            if (score <= maxErrors) {
                if (!inRun || score < bestScore) {
                    bestEnd = j + 1;
                    bestScore = score;
                }
                inRun = true;
            } else if (inRun) {
                inRun = false;
                if (!sink.hit(bestEnd, bestScore)) {
                    return;
                }
                bestScore = Integer.MAX_VALUE;
            }
        }
        if (inRun) {
            sink.hit(bestEnd, bestScore);
        }
    }
}
