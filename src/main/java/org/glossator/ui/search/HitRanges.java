package org.glossator.ui.search;

import java.util.ArrayList;
import java.util.List;
import org.glossator.anchoring.CodePointIndex;
import org.glossator.workspace.SearchService;

/**
 * Search offsets are code points of the reading text (like annotation targets); the
 * reader counts UTF-16 chars. This turns one into the other, sorted, without overlaps.
 */
final class HitRanges {
    private HitRanges() {
    }

    static List<int[]> toCharRanges(List<SearchService.Span> codePointRanges, CodePointIndex index) {
        List<int[]> ranges = new ArrayList<>();
        int length = index.codePointLength();
        for (SearchService.Span r : codePointRanges.stream()
                .sorted(java.util.Comparator.comparingInt(SearchService.Span::start)).toList()) {
            int start = Math.max(0, Math.min(r.start(), length));
            int end = Math.max(start, Math.min(r.end(), length));
            int charStart = index.toCharIndex(start);
            int charEnd = index.toCharIndex(end);
            if (!ranges.isEmpty() && charStart < ranges.get(ranges.size() - 1)[1]) {
                continue; // overlapping match: the first one is enough to mark the words
            }
            if (charEnd > charStart) {
                ranges.add(new int[] {charStart, charEnd});
            }
        }
        return ranges;
    }
}
