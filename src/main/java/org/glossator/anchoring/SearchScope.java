package org.glossator.anchoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The char ranges of a text that a quote search looks in: sorted, disjoint, within the text. */
final class SearchScope {
    private final List<int[]> ranges;

    private SearchScope(List<int[]> ranges) {
        this.ranges = ranges;
    }

    static SearchScope whole(int textLength) {
        List<int[]> all = new ArrayList<>(1);
        all.add(new int[] {0, textLength});
        return new SearchScope(all);
    }

    /**
     * The neighbourhood {@code [start - window, end + window)} plus every given range grown
     * by {@code margin} on both sides (so that matches straddling its edges are found).
     */
    static SearchScope around(int start, int end, int window, List<int[]> extra, int margin, int textLength) {
        List<int[]> ranges = new ArrayList<>(extra.size() + 1);
        ranges.add(new int[] {start - window, end + window});
        for (int[] range : extra) {
            ranges.add(new int[] {range[0] - margin, range[1] + margin});
        }
        return of(ranges, textLength);
    }

    static SearchScope of(List<int[]> ranges, int textLength) {
        List<int[]> sorted = new ArrayList<>(ranges.size());
        for (int[] range : ranges) {
            int from = Math.max(0, range[0]);
            int to = Math.min(textLength, range[1]);
            if (from < to) {
                sorted.add(new int[] {from, to});
            }
        }
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> merged = new ArrayList<>(sorted.size());
        for (int[] range : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range);
            }
        }
        return new SearchScope(merged);
    }

    List<int[]> ranges() {
        return ranges;
    }
}
