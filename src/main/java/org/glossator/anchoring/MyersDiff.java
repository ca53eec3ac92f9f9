package org.glossator.anchoring;

import java.util.Arrays;

/**
 * Myers' O(ND) difference algorithm in its linear-space form (split at the middle of
 * the edit path and recurse), over int sequences: token ids or chars.
 *
 * <p>Only the common runs are reported. A sub-problem whose edit path would need more than
 * {@code maxCost} steps is reported as entirely changed: for the anchoring use that is the
 * right answer as well as the cheap one, since a block rewritten that heavily should send
 * its targets to the quote search rather than map them through chance alignments.
 */
final class MyersDiff {
    /** Receives common runs in ascending order. */
    interface RunSink {
        void common(int aStart, int bStart, int length);
    }

    private final int[] a;
    private final int[] b;
    private final int maxCost;
    private final RunSink sink;
    /** Furthest-reaching x per diagonal, reused by every middle() call (they never overlap in time). */
    private int[] forward = new int[0];
    private int[] backward = new int[0];

    private MyersDiff(int[] a, int[] b, int maxCost, RunSink sink) {
        this.a = a;
        this.b = b;
        this.maxCost = maxCost;
        this.sink = sink;
    }

    static void commonRuns(int[] a, int[] b, int maxCost, RunSink sink) {
        new MyersDiff(a, b, maxCost, sink).diff(0, a.length, 0, b.length);
    }

    private void diff(int a0, int a1, int b0, int b1) {
        int prefix = 0;
        while (a0 + prefix < a1 && b0 + prefix < b1 && a[a0 + prefix] == b[b0 + prefix]) {
            prefix++;
        }
        if (prefix > 0) {
            sink.common(a0, b0, prefix);
            a0 += prefix;
            b0 += prefix;
        }
        int suffix = 0;
        while (a1 - suffix > a0 && b1 - suffix > b0 && a[a1 - 1 - suffix] == b[b1 - 1 - suffix]) {
            suffix++;
        }
        a1 -= suffix;
        b1 -= suffix;
        if (a0 < a1 && b0 < b1) {
            int[] split = middle(a0, a1, b0, b1);
            boolean progress = split != null
                    && !(split[0] == a0 && split[1] == b0) && !(split[0] == a1 && split[1] == b1);
            if (progress) {
                diff(a0, split[0], b0, split[1]);
                diff(split[0], a1, split[1], b1);
            }
        }
        if (suffix > 0) {
            sink.common(a1, b1, suffix);
        }
    }

    /**
     * A point {x, y} on a shortest edit path of a[a0,a1) and b[b0,b1), found where the
     * forward and backward searches meet; null when the path is longer than maxCost.
     */
    private int[] middle(int a0, int a1, int b0, int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        int maxD = Math.min((n + m + 1) / 2, maxCost / 2 + 1);
        int offset = maxD + 1;
        int size = 2 * maxD + 3;
        if (forward.length < size) {
            forward = new int[size];
            backward = new int[size];
        }
        int[] forward = this.forward;
        int[] backward = this.backward;
        // Only diagonals -d-1..d+1 are read at step d: initialise them as d grows, not the whole arrays.
        Arrays.fill(forward, offset - 1, offset + 2, -1);
        Arrays.fill(backward, offset - 1, offset + 2, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        int delta = n - m;
        boolean odd = (delta & 1) != 0;
        int fStartTrim = 0;
        int fEndTrim = 0;
        int bStartTrim = 0;
        int bEndTrim = 0;
        for (int d = 0; d < maxD; d++) {
            if (d > 0) {
                forward[offset - d - 1] = -1;
                forward[offset + d + 1] = -1;
                backward[offset - d - 1] = -1;
                backward[offset + d + 1] = -1;
            }
            for (int k = -d + fStartTrim; k <= d - fEndTrim; k += 2) {
                int at = offset + k;
                int x = (k == -d || (k != d && forward[at - 1] < forward[at + 1]))
                        ? forward[at + 1] : forward[at - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[a0 + x] == b[b0 + y]) {
                    x++;
                    y++;
                }
                forward[at] = x;
                if (x > n) {
                    fEndTrim += 2;
                } else if (y > m) {
                    fStartTrim += 2;
                } else if (odd && Math.abs(delta - k) <= d - 1) {
                    // Backward diagonals within d-1 have been reached (or hold -1); others may be stale.
                    int other = offset + delta - k;
                    if (backward[other] != -1 && x >= n - backward[other]) {
                        return new int[] {a0 + x, b0 + y};
                    }
                }
            }
            for (int k = -d + bStartTrim; k <= d - bEndTrim; k += 2) {
                int at = offset + k;
                int x = (k == -d || (k != d && backward[at - 1] < backward[at + 1]))
                        ? backward[at + 1] : backward[at - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[a1 - 1 - x] == b[b1 - 1 - y]) {
                    x++;
                    y++;
                }
                backward[at] = x;
                if (x > n) {
                    bEndTrim += 2;
                } else if (y > m) {
                    bStartTrim += 2;
                } else if (!odd && Math.abs(delta - k) <= d) {
                    int other = offset + delta - k;
                    if (forward[other] != -1) {
                        int fx = forward[other];
                        int fy = fx - (delta - k);
                        if (fx >= n - x) {
                            return new int[] {a0 + fx, b0 + fy};
                        }
                    }
                }
            }
        }
        return null;
    }
}
