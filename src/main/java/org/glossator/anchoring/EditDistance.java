package org.glossator.anchoring;

/**
 * Edit distances (Levenshtein: insert, delete, substitute, each costing 1) between a
 * pattern and parts of a text, in the shapes the anchoring search needs.
 */
final class EditDistance {
    private EditDistance() {
    }

    /**
     * For every end {@code j} in {@code [from, to]}, the least distance between the whole
     * pattern and some text range {@code [i, j)} with {@code from <= i <= j}.
     * Element {@code j - from} of the result belongs to end {@code j}.
     */
    static int[] endCosts(CharSequence pattern, CharSequence text, int from, int to) {
        int m = pattern.length();
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        int[] costs = new int[to - from + 1];
        costs[0] = m;
        for (int j = from; j < to; j++) {
            char t = text.charAt(j);
            int diagonal = column[0];
            // Row 0 stays 0: the match may start at any text position.
            for (int i = 1; i <= m; i++) {
                int up = column[i];
                int best = diagonal + (pattern.charAt(i - 1) == t ? 0 : 1);
                best = Math.min(best, up + 1);
                best = Math.min(best, column[i - 1] + 1);
                diagonal = up;
                column[i] = best;
            }
            costs[j - from + 1] = column[m];
        }
        return costs;
    }

    /**
     * For every start {@code i} in {@code [from, to]}, the least distance between the whole
     * pattern and some text range {@code [i, j)} with {@code i <= j <= to}. Mirror image of
     * {@link #endCosts}: element {@code i - from} belongs to start {@code i}.
     */
    static int[] startCosts(CharSequence pattern, CharSequence text, int from, int to) {
        int m = pattern.length();
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        int[] costs = new int[to - from + 1];
        costs[to - from] = m;
        for (int j = to - 1; j >= from; j--) {
            char t = text.charAt(j);
            int diagonal = column[0];
            for (int i = 1; i <= m; i++) {
                int up = column[i];
                int best = diagonal + (pattern.charAt(m - i) == t ? 0 : 1);
                best = Math.min(best, up + 1);
                best = Math.min(best, column[i - 1] + 1);
                diagonal = up;
                column[i] = best;
            }
            costs[j - from] = column[m];
        }
        return costs;
    }

    /** Distance between the pattern and the best-fitting suffix of the window ("prefix" context). */
    static int distanceToWindowEnd(CharSequence pattern, CharSequence window) {
        int[] costs = endCosts(pattern, window, 0, window.length());
        return costs[costs.length - 1];
    }

    /** Distance between the pattern and the best-fitting prefix of the window ("suffix" context). */
    static int distanceToWindowStart(CharSequence pattern, CharSequence window) {
        return startCosts(pattern, window, 0, window.length())[0];
    }

    /**
     * Levenshtein distance between {@code a} and {@code b[from, to)}, or {@code max + 1}
     * when it exceeds {@code max}. Uses a diagonal band that doubles until it is known to
     * hold the answer (Ukkonen), so close matches of long quotes stay cheap.
     */
    static int bounded(CharSequence a, CharSequence b, int from, int to, int max) {
        int n = a.length();
        int m = to - from;
        int lengthGap = Math.abs(n - m);
        if (lengthGap > max) {
            return max + 1;
        }
        int band = Math.min(max, Math.max(lengthGap, 16));
        while (true) {
            int d = banded(a, b, from, m, band);
            if (d <= band || band >= max) {
                return Math.min(d, max + 1);
            }
            band = Math.min(max, band * 2);
        }
    }

    /** Exact distance if it is at most {@code band}, else some value greater than {@code band}. */
    private static int banded(CharSequence a, CharSequence b, int from, int m, int band) {
        int n = a.length();
        final int far = Integer.MAX_VALUE / 2;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= band ? j : far;
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - band);
            int hi = Math.min(m, i + band);
            current[0] = i <= band ? i : far;
            if (lo > 1) {
                current[lo - 1] = far;
            }
            char ai = a.charAt(i - 1);
            for (int j = lo; j <= hi; j++) {
                int best = previous[j - 1] + (ai == b.charAt(from + j - 1) ? 0 : 1);
                best = Math.min(best, previous[j] + 1);
                best = Math.min(best, current[j - 1] + 1);
                current[j] = best;
            }
            if (hi < m) {
                current[hi + 1] = far;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }
}
