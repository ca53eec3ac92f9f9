package org.glossator.classroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.classroom.ClassroomFixtures.span;

import java.util.List;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.junit.jupiter.api.Test;

class SpanMatcherTest {
    private static Annotation a(int start, int end, String type) {
        return span(1, start, end, "x", type, "A");
    }

    @Test
    void overlapRatioIsTheJaccardIndexInCodePoints() {
        assertThat(SpanMatcher.overlapRatio(new Span(0, 10, "c"), new Span(5, 15, "c"))).isEqualTo(5.0 / 15);
        assertThat(SpanMatcher.overlapRatio(new Span(0, 10, "c"), new Span(2, 12, "c"))).isEqualTo(8.0 / 12);
        assertThat(SpanMatcher.overlapRatio(new Span(0, 10, "c"), new Span(10, 20, "c"))).isZero();
        assertThat(SpanMatcher.overlapRatio(new Span(0, 10, "c"), new Span(0, 5, "c"))).isEqualTo(0.5);
    }

    @Test
    void matchesNeedTheSameTypeAndEnoughOverlap() {
        Annotation ref1 = a(0, 10, "claim");
        Annotation ref2 = a(20, 30, "claim");
        Annotation ref3 = a(40, 50, "quote");
        Annotation close = a(2, 12, "claim");      // 8/12 = 0.67: matches ref1
        Annotation tooFar = a(25, 40, "claim");    // 5/20 = 0.25 with ref2: extra, ref2 missed
        Annotation wrongType = a(40, 50, "claim"); // same text as ref3, other type: extra, ref3 missed

        Comparison c = new SpanMatcher().compare(List.of(ref1, ref2, ref3), List.of(close, tooFar, wrongType));

        assertThat(c.matched()).singleElement().satisfies(m -> {
            assertThat(m.left()).isEqualTo(ref1);
            assertThat(m.right()).isEqualTo(close);
            assertThat(m.overlap()).isEqualTo(8.0 / 12);
        });
        assertThat(c.missed()).containsExactly(ref2, ref3);
        assertThat(c.extra()).containsExactly(tooFar, wrongType);
        assertThat(c.differences()).extracting(d -> d.kind() + "@" + d.start())
                .containsExactly("MISSED@20", "EXTRA@25", "MISSED@40", "EXTRA@40");
    }

    @Test
    void matchingIsOneToOneBestOverlapFirst() {
        Annotation ref = a(0, 10, "claim");
        Annotation good = a(1, 10, "claim");   // 0.9
        Annotation fair = a(0, 6, "claim");    // 0.6
        Comparison c = new SpanMatcher().compare(List.of(ref), List.of(fair, good));
        assertThat(c.matched()).singleElement().extracting(Comparison.Match::right).isEqualTo(good);
        assertThat(c.extra()).containsExactly(fair);
    }

    @Test
    void aHalfOverlapMatchesAtTheDefaultThresholdAndOrphansNeverMatch() {
        Annotation ref = a(0, 10, "claim");
        assertThat(new SpanMatcher().compare(List.of(ref), List.of(a(0, 5, "claim"))).matched()).hasSize(1);
        assertThat(new SpanMatcher(0.6).compare(List.of(ref), List.of(a(0, 5, "claim"))).matched()).isEmpty();
        Annotation orphan = a(0, 10, "claim").toBuilder().anchorState(AnchorState.ORPHANED).build();
        Comparison c = new SpanMatcher().compare(List.of(ref), List.of(orphan));
        assertThat(c.matched()).isEmpty();
        assertThat(c.extra()).isEmpty();
        assertThat(c.missed()).containsExactly(ref);
    }
}
