package org.glossator.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The edit-distance and bit-parallel search primitives agree with a plain dynamic program. */
class ApproximateMatchingProperties {

    @Provide
    Arbitrary<String> small() {
        return Arbitraries.strings().withChars("abc ").ofMinLength(0).ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> pattern() {
        return Arbitraries.strings().withChars("abc ").ofMinLength(1).ofMaxLength(64);
    }

    @Property(tries = 300)
    void boundedDistanceIsLevenshteinOrOverTheBound(@ForAll("small") String a, @ForAll("small") String b,
                                                    @ForAll @IntRange(min = 0, max = 30) int max) {
        int expected = levenshtein(a, b);
        int actual = EditDistance.bounded(a, "##" + b + "##", 2, 2 + b.length(), max);
        if (expected <= max) {
            assertThat(actual).isEqualTo(expected);
        } else {
            assertThat(actual).isEqualTo(max + 1);
        }
    }

    @Property(tries = 300)
    void endAndStartCostsAreBestSubstringDistances(@ForAll("small") String pattern, @ForAll("small") String text) {
        int[] ends = EditDistance.endCosts(pattern, text, 0, text.length());
        int[] starts = EditDistance.startCosts(pattern, text, 0, text.length());
        for (int j = 0; j <= text.length(); j++) {
            int bestEndingHere = Integer.MAX_VALUE;
            int bestStartingHere = Integer.MAX_VALUE;
            for (int i = 0; i <= j; i++) {
                bestEndingHere = Math.min(bestEndingHere, levenshtein(pattern, text.substring(i, j)));
            }
            for (int k = j; k <= text.length(); k++) {
                bestStartingHere = Math.min(bestStartingHere, levenshtein(pattern, text.substring(j, k)));
            }
            assertThat(ends[j]).isEqualTo(bestEndingHere);
            assertThat(starts[j]).isEqualTo(bestStartingHere);
        }
    }

    @Property(tries = 200)
    void bitParallelSearchReportsTheBestEndOfEveryRunOfHits(@ForAll("pattern") String pattern,
                                                           @ForAll("small") String left, @ForAll("small") String right,
                                                           @ForAll @IntRange(min = 0, max = 6) int maxErrors) {
        String text = left + pattern.substring(0, pattern.length() / 2) + "x" + pattern.substring(pattern.length() / 2)
                + right;
        int[] costs = EditDistance.endCosts(pattern, text, 0, text.length());
        List<int[]> expectedRuns = new ArrayList<>();
        for (int j = 1; j <= text.length(); j++) {
            if (costs[j] <= maxErrors) {
                if (expectedRuns.isEmpty() || expectedRuns.get(expectedRuns.size() - 1)[1] != j - 1) {
                    expectedRuns.add(new int[] {j, j, j});
                }
                int[] run = expectedRuns.get(expectedRuns.size() - 1);
                if (costs[j] < costs[run[2]]) {
                    run[2] = j;
                }
                run[1] = j;
            }
        }
        List<int[]> hits = new ArrayList<>();
        new BitParallelMatcher(pattern).search(text, 0, text.length(), maxErrors, (end, errors) -> {
            hits.add(new int[] {end, errors});
            return true;
        });

        assertThat(hits).hasSameSizeAs(expectedRuns);
        for (int i = 0; i < hits.size(); i++) {
            assertThat(hits.get(i)[0]).isEqualTo(expectedRuns.get(i)[2]);
            assertThat(hits.get(i)[1]).isEqualTo(costs[expectedRuns.get(i)[2]]);
        }
    }

    @Example
    void bitParallelSearchHandlesA64CharPattern() {
        String pattern = "the quick brown fox jumps over the lazy dog and keeps on running";
        assertThat(pattern).hasSize(64);
        String text = "xx " + pattern.replace("fox", "fax") + " yy";
        List<int[]> hits = new ArrayList<>();
        new BitParallelMatcher(pattern).search(text, 0, text.length(), 2, (end, errors) -> hits.add(new int[] {end, errors}));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0)).containsExactly(3 + 64, 1);
    }

    static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int substitute = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(substitute, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.length()][b.length()];
    }
}
