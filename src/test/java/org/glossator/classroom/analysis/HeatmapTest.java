package org.glossator.classroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.classroom.ClassroomFixtures.span;

import java.util.List;
import java.util.Map;
import org.glossator.domain.Annotation;
import org.junit.jupiter.api.Test;

class HeatmapTest {
    private static Annotation a(String who, int start, int end, String type) {
        return span(1, start, end, "x", type, who);
    }

    private final Map<String, List<Annotation>> layers = Map.of(
            "A", List.of(a("A", 0, 10, "claim"), a("A", 2, 6, "claim"), a("A", 20, 25, "source")),
            "B", List.of(a("B", 5, 15, "claim")),
            "C", List.of(a("C", 5, 10, "quote"), a("C", 5, 8, "claim")),
            "D", List.of());

    @Test
    void segmentsAreCutAtEveryBoundaryAndCountDistinctAnnotatorsPerType() {
        Heatmap heat = Heatmap.of(layers);

        assertThat(heat.segments()).extracting(s -> s.start() + "-" + s.end() + " " + s.countsByType() + " " + s.count())
                .containsExactly(
                        "0-2 {claim=1} 1",
                        "2-5 {claim=1} 1",        // A's nested claim counts once
                        "5-6 {claim=3, quote=1} 3",
                        "6-8 {claim=3, quote=1} 3",
                        "8-10 {claim=2, quote=1} 3",
                        "10-15 {claim=1} 1",
                        "20-25 {source=1} 1");
        assertThat(heat.segments().get(2).annotators()).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(heat.maxCount()).isEqualTo(3);
    }

    @Test
    void hottestPassagesAreRunsRankedByPeakWithEveryNote() {
        List<HotPassage> hot = Heatmap.of(layers).hottest(layers, 10);

        assertThat(hot).extracting(p -> p.start() + "-" + p.end() + " peak " + p.peak())
                .containsExactly("0-15 peak 3", "20-25 peak 1");
        assertThat(hot.get(0).peakByType()).containsEntry("claim", 3).containsEntry("quote", 1);
        assertThat(hot.get(0).annotations()).extracting(Annotation::creator)
                .containsExactly("A", "A", "B", "C", "C");
        assertThat(Heatmap.of(layers).hottest(layers, 1)).hasSize(1);
    }

    @Test
    void nothingMarkedMeansNoSegments() {
        Heatmap heat = Heatmap.of(Map.of("A", List.of()));
        assertThat(heat.segments()).isEmpty();
        assertThat(heat.maxCount()).isZero();
    }
}
