package org.glossator.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The diff's common runs are real, minimal for one edit, and Myers finds a longest common subsequence. */
class TextDiffProperties {

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("alpha ", "beta ", "gamma. ", "delta\n", "eps, ", "zeta ", "a", "b", " ")
                .list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property(tries = 300)
    void commonRunsAreReallyCommonAndAscending(@ForAll("words") String old, @ForAll("words") String edited) {
        TextDiff diff = TextDiff.between(old, edited);
        int oldCovered = 0;
        int newCovered = 0;
        for (int r = 0; r < diff.runCount(); r++) {
            int[] run = diff.run(r);
            assertThat(run[0]).isGreaterThanOrEqualTo(oldCovered);
            assertThat(run[1]).isGreaterThanOrEqualTo(newCovered);
            assertThat(old.substring(run[0], run[0] + run[2])).isEqualTo(edited.substring(run[1], run[1] + run[2]));
            oldCovered = run[0] + run[2];
            newCovered = run[1] + run[2];
        }
    }

    @Property(tries = 300)
    void aSingleEditLeavesEverythingElseCommon(@ForAll("words") String old, @ForAll("words") String insert,
                                               @ForAll @IntRange(min = 0, max = 500) int at,
                                               @ForAll @IntRange(min = 0, max = 20) int deleted) {
        int from = Math.min(at, old.length());
        int to = Math.min(old.length(), from + deleted);
        String edited = old.substring(0, from) + insert + old.substring(to);
        TextDiff diff = TextDiff.between(old, edited);

        int common = 0;
        for (int r = 0; r < diff.runCount(); r++) {
            common += diff.run(r)[2];
        }
        assertThat(common).isGreaterThanOrEqualTo(old.length() - (to - from));
    }

    @Property(tries = 300)
    void myersFindsALongestCommonSubsequence(@ForAll("words") String a, @ForAll("words") String b) {
        int[] x = a.chars().toArray();
        int[] y = b.chars().toArray();
        List<int[]> runs = new ArrayList<>();
        MyersDiff.commonRuns(x, y, Integer.MAX_VALUE / 4, (aStart, bStart, length) -> runs.add(new int[] {aStart, bStart, length}));
        int common = runs.stream().mapToInt(r -> r[2]).sum();
        assertThat(common).isEqualTo(lcs(a, b));
    }

    private static int lcs(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]);
            }
        }
        return d[a.length()][b.length()];
    }
}
