package org.glossator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glossator.bench.SampleAccuracy.KindResult;
import org.glossator.bench.SampleAccuracy.Tally;
import org.glossator.bench.SampleEditCases.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy regression test: the hard edit cases generated from sample-corpus/ (repeated
 * sentences with stale positions, distractor copies of the old wording, words inserted or
 * removed inside quotes, quote marks and dashes, mojibake, moved paragraphs, deleted
 * passages), through both re-anchoring paths. Counts, not timings: deterministic.
 */
class ReanchorAccuracyTest {
    /**
     * Share of cases per kind that must land on the true range (or be orphaned, for deleted
     * passages). This is the figure reached (700 cases, 2026-11-24); raise it, never lower it.
     */
    private static final double MIN_ACCURACY = 1.0;

    private static List<KindResult> results;

    @BeforeAll
    static void run() {
        results = SampleAccuracy.run();
    }

    @Test
    void everyKindOfEditIsCoveredByEnoughCases() {
        assertThat(results).extracting(KindResult::kind).containsExactly(Kind.values());
        for (KindResult result : results) {
            assertThat(result.withOldText().cases()).as(result.kind().label).isEqualTo(SampleAccuracy.CASES_PER_KIND);
        }
    }

    @Test
    void accuracyPerKindDoesNotDropBelowTheFigureReached() {
        for (KindResult result : results) {
            assertAccurate(result, "reanchorAll", result.withOldText());
            assertAccurate(result, "anchor", result.alone());
        }
    }

    @Test
    void noDeletedPassageIsAnchoredAnywhere() {
        KindResult deleted = results.stream().filter(r -> r.kind() == Kind.DELETED).findFirst().orElseThrow();
        assertThat(deleted.withOldText().orphaned()).isEqualTo(deleted.withOldText().cases());
        assertThat(deleted.alone().orphaned()).isEqualTo(deleted.alone().cases());
        for (KindResult result : results) {
            assertThat(result.withOldText().falseAnchors() + result.alone().falseAnchors()).as(result.kind().label)
                    .isZero();
        }
    }

    private static void assertAccurate(KindResult result, String path, Tally tally) {
        assertThat(tally.accuracy())
                .as("%s via %s: %d of %d correct; wrong ones:%n%s", result.kind().label, path, tally.correct(),
                        tally.cases(), String.join("\n", result.misplacedExamples()))
                .isGreaterThanOrEqualTo(MIN_ACCURACY);
    }
}
