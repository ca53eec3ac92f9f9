package org.glossator.classroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.classroom.ClassroomFixtures.span;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glossator.domain.Verdict;
import org.junit.jupiter.api.Test;

class AnnotationCountsTest {
    /** Before, a quote counted as "a claim without a verdict" in the chart "Claims per annotator, by verdict". */
    @Test
    void onlyClaimsAndAnnotationsWithAVerdictCountByVerdict() {
        Map<String, AnnotationCounts> counts = AnnotationCounts.perAnnotator(List.of(
                span(1, 0, 4, "a", "claim", "Ana"),
                span(1, 5, 9, "b", "claim", "Ana").toBuilder().verdict(null).build(),
                span(1, 10, 14, "c", "quote", "Ana"),
                span(1, 15, 19, "d", "source", "Ana"),
                span(1, 20, 24, "e", "quote", "Ben").toBuilder().verdict(Verdict.FALSE).build()),
                Set.of("claim"));

        assertThat(counts.get("Ana").total()).isEqualTo(4);
        assertThat(counts.get("Ana").byType()).containsEntry("claim", 2).containsEntry("quote", 1)
                .containsEntry("source", 1);
        assertThat(counts.get("Ana").byVerdict()).containsOnly(Map.entry("unverified", 1),
                Map.entry(AnnotationCounts.NO_VERDICT, 1));
        assertThat(counts.get("Ben").byVerdict()).containsOnly(Map.entry("false", 1));
    }
}
