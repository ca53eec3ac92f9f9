package org.glossator.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The edit from an old text to a new one, as the ascending list of char runs the two have
 * in common, so that old positions can be mapped to new ones.
 *
 * <p>Computed in three passes so that a 1 MB article costs milliseconds: the common
 * prefix and suffix are trimmed; the rest is diffed at sentence/paragraph granularity
 * (tokens end at a newline or after the whitespace that follows {@code . ! ?}); and every
 * changed block is refined char by char, so a typo fix only "touches" the few chars it
 * changed. Blocks changed too heavily for a cheap char diff count as replaced whole.
 */
final class TextDiff {
    /** Edit path limit, in tokens, for the sentence-level pass. */
    private static final int TOKEN_MAX_COST = 20_000;
    /** Edit path limit, in chars, for refining one changed block. */
    private static final int CHAR_MAX_COST = 2_000;
    /**
     * Shortest common run kept from refining a block. Shorter ones are mostly chance pairings
     * of letters and spaces between unrelated text; keeping them would let a tiny quote in a
     * rewritten sentence count as untouched.
     */
    private static final int MIN_REFINED_RUN = 8;
    /** Blocks larger than this (old + new chars) are not refined. */
    private static final int REFINE_MAX_CHARS = 400_000;

    private final int[] oldStarts;
    private final int[] newStarts;
    private final int[] lengths;
    private final int runCount;
    private final int newLength;

    private TextDiff(Runs runs, int newLength) {
        this.oldStarts = runs.oldStarts;
        this.newStarts = runs.newStarts;
        this.lengths = runs.lengths;
        this.runCount = runs.count;
        this.newLength = newLength;
    }

    static TextDiff between(String oldText, String newText) {
        Runs runs = new Runs();
        int oldLength = oldText.length();
        int newLength = newText.length();
        int prefix = 0;
        int limit = Math.min(oldLength, newLength);
        while (prefix < limit && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && oldText.charAt(oldLength - 1 - suffix) == newText.charAt(newLength - 1 - suffix)) {
            suffix++;
        }
        runs.add(0, 0, prefix);
        diffMiddle(oldText, prefix, oldLength - suffix, newText, prefix, newLength - suffix, runs);
        runs.add(oldLength - suffix, newLength - suffix, suffix);
        return new TextDiff(runs, newLength);
    }

    private static void diffMiddle(String oldText, int oldFrom, int oldTo, String newText, int newFrom, int newTo,
                                   Runs runs) {
        if (oldFrom == oldTo || newFrom == newTo) {
            return;
        }
        Map<String, Integer> ids = new HashMap<>();
        int[] oldBounds = tokenBounds(oldText, oldFrom, oldTo);
        int[] newBounds = tokenBounds(newText, newFrom, newTo);
        int[] oldIds = tokenIds(oldText, oldBounds, ids);
        int[] newIds = tokenIds(newText, newBounds, ids);
        int[] cursor = {0, 0};
        MyersDiff.commonRuns(oldIds, newIds, TOKEN_MAX_COST, (aStart, bStart, length) -> {
            refine(oldText, oldBounds[cursor[0]], oldBounds[aStart],
                    newText, newBounds[cursor[1]], newBounds[bStart], runs);
            int oldStart = oldBounds[aStart];
            runs.add(oldStart, newBounds[bStart], oldBounds[aStart + length] - oldStart);
            cursor[0] = aStart + length;
            cursor[1] = bStart + length;
        });
        refine(oldText, oldBounds[cursor[0]], oldTo, newText, newBounds[cursor[1]], newTo, runs);
    }

    /** Char-level diff of one changed block. */
    private static void refine(String oldText, int oldFrom, int oldTo, String newText, int newFrom, int newTo,
                               Runs runs) {
        int n = oldTo - oldFrom;
        int m = newTo - newFrom;
        if (n == 0 || m == 0 || n + m > REFINE_MAX_CHARS) {
            return;
        }
        int[] a = new int[n];
        int[] b = new int[m];
        for (int i = 0; i < n; i++) {
            a[i] = oldText.charAt(oldFrom + i);
        }
        for (int j = 0; j < m; j++) {
            b[j] = newText.charAt(newFrom + j);
        }
        // Beyond length change plus half the shorter side, the "common" chars are mostly
        // coincidence (every English sentence shares letters with every other).
        int maxCost = Math.min(CHAR_MAX_COST, Math.abs(n - m) + Math.min(n, m) / 2 + 16);
        MyersDiff.commonRuns(a, b, maxCost, (aStart, bStart, length) -> {
            if (length >= MIN_REFINED_RUN) {
                runs.add(oldFrom + aStart, newFrom + bStart, length);
            }
        });
    }

    /** Token start offsets in [from, to), followed by {@code to}. */
    static int[] tokenBounds(String text, int from, int to) {
        int[] bounds = new int[64];
        int count = 0;
        bounds[count++] = from;
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(i);
            boolean endsToken = c == '\n'
                    || (Character.isWhitespace(c) && i > from && isSentenceEnd(text.charAt(i - 1)));
            if (endsToken) {
                if (count == bounds.length) {
                    bounds = Arrays.copyOf(bounds, count * 2);
                }
                bounds[count++] = i + 1;
            }
        }
        if (count == bounds.length) {
            bounds = Arrays.copyOf(bounds, count + 1);
        }
        bounds[count++] = to;
        return Arrays.copyOf(bounds, count);
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static int[] tokenIds(String text, int[] bounds, Map<String, Integer> ids) {
        int[] tokens = new int[bounds.length - 1];
        for (int t = 0; t < tokens.length; t++) {
            String token = text.substring(bounds[t], bounds[t + 1]);
            Integer id = ids.get(token);
            if (id == null) {
                id = ids.size();
                ids.put(token, id);
            }
            tokens[t] = id;
        }
        return tokens;
    }

    /** Whether the old range [start, end) lies inside one common run (is untouched by the edit). */
    boolean isUnchanged(int oldStart, int oldEnd) {
        int run = runAtOrBefore(oldStart);
        if (run < 0) {
            return false;
        }
        int runEnd = oldStarts[run] + lengths[run];
        return oldEnd <= runEnd && (oldStart < runEnd || oldStart == oldEnd);
    }

    /**
     * New position of an old one. Inside a common run it moves with the run; inside a
     * changed stretch it goes to where that stretch now begins in the new text.
     */
    int map(int oldPosition) {
        int run = runAtOrBefore(oldPosition);
        if (run < 0) {
            return 0;
        }
        int within = Math.min(oldPosition - oldStarts[run], lengths[run]);
        return newStarts[run] + within;
    }

    /** The stretches of the new text that are not common with the old one (inserted or replacing), ascending. */
    List<int[]> insertedRanges() {
        List<int[]> inserted = new ArrayList<>();
        int covered = 0;
        for (int r = 0; r < runCount; r++) {
            if (newStarts[r] > covered) {
                inserted.add(new int[] {covered, newStarts[r]});
            }
            covered = newStarts[r] + lengths[r];
        }
        if (newLength > covered) {
            inserted.add(new int[] {covered, newLength});
        }
        return inserted;
    }

    int runCount() {
        return runCount;
    }

    /** {oldStart, newStart, length} of run r, for tests. */
    int[] run(int r) {
        return new int[] {oldStarts[r], newStarts[r], lengths[r]};
    }

    private int runAtOrBefore(int oldPosition) {
        int lo = 0;
        int hi = runCount - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (oldStarts[mid] <= oldPosition) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Growable arrays of common runs; merges runs that continue each other. */
    private static final class Runs {
        int[] oldStarts = new int[64];
        int[] newStarts = new int[64];
        int[] lengths = new int[64];
        int count;

        void add(int oldStart, int newStart, int length) {
            if (length <= 0) {
                return;
            }
            if (count > 0) {
                int last = count - 1;
                if (oldStarts[last] + lengths[last] == oldStart && newStarts[last] + lengths[last] == newStart) {
                    lengths[last] += length;
                    return;
                }
            }
            if (count == lengths.length) {
                oldStarts = Arrays.copyOf(oldStarts, count * 2);
                newStarts = Arrays.copyOf(newStarts, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            oldStarts[count] = oldStart;
            newStarts[count] = newStart;
            lengths[count] = length;
            count++;
        }
    }
}
