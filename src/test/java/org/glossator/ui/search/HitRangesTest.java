package org.glossator.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glossator.anchoring.CodePointIndex;
import org.glossator.workspace.SearchService.Span;
import org.junit.jupiter.api.Test;

/** Search offsets count code points; the reader counts chars. */
class HitRangesTest {
    @Test
    void codePointOffsetsAfterAnEmojiBecomeCharOffsets() {
        String text = "Owls \uD83E\uDD89 hunt mice; owls sleep.";
        int owls = text.codePointCount(0, text.indexOf("hunt"));
        List<int[]> ranges = HitRanges.toCharRanges(List.of(new Span(owls, owls + 4)), new CodePointIndex(text));
        assertThat(ranges).hasSize(1);
        assertThat(text.substring(ranges.get(0)[0], ranges.get(0)[1])).isEqualTo("hunt");
    }

    @Test
    void rangesAreSortedOverlapsDroppedAndOutOfRangeClamped() {
        String text = "abcdefghij";
        List<int[]> ranges = HitRanges.toCharRanges(List.of(new Span(6, 8), new Span(0, 3), new Span(2, 4),
                new Span(9, 40)), new CodePointIndex(text));
        assertThat(ranges).extracting(r -> r[0] + "-" + r[1]).containsExactly("0-3", "6-8", "9-10");
    }
}
