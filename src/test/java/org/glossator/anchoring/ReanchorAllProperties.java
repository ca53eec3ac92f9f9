package org.glossator.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.glossator.domain.TextTarget;

/** reanchorAll against the plain truth of a single random edit, and against anchor() alone. */
class ReanchorAllProperties {
    private final Reanchorer reanchorer = new Reanchorer();

    /**
     * Sentences of pseudo-random words, so that quotes occur once and have no lookalikes
     * (numbered words like "word41" would make every quote fuzzily similar to others).
     */
    private static String wordText(int sentences) {
        Random random = new Random(42);
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            for (int w = 0; w < 8; w++) {
                int syllables = 2 + random.nextInt(3);
                StringBuilder word = new StringBuilder();
                for (int k = 0; k < syllables; k++) {
                    word.append(consonants.charAt(random.nextInt(consonants.length())))
                            .append(vowels.charAt(random.nextInt(vowels.length())));
                }
                if (w == 0) {
                    word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
                }
                text.append(word).append(w == 7 ? ". " : " ");
            }
            if (s % 4 == 3) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    @Property(tries = 60)
    void targetsAwayFromAnEditAreExactAndTheRestAgreeWithAnchor(
            @ForAll @IntRange(min = 0, max = 2_000) int editAt, @ForAll @IntRange(min = 0, max = 60) int deleted,
            @ForAll @IntRange(min = 0, max = 3) int insertKind, @ForAll @IntRange(min = 1, max = 1_000) int seed) {
        String old = wordText(40);
        int from = Math.min(editAt, old.length());
        int to = Math.min(old.length(), from + deleted);
        String insertion = List.of("", "x", "inserted words here. ", "\n\nA whole new paragraph.\n\n").get(insertKind);
        String edited = old.substring(0, from) + insertion + old.substring(to);
        List<TextTarget> targets = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 0; i < 30; i++) {
            int start = random.nextInt(old.length() - 40);
            int end = start + 1 + random.nextInt(40);
            targets.add(Targets.fromCharRange(old, start, end));
            ranges.add(new int[] {start, end});
        }

        List<AnchorResult> all = reanchorer.reanchorAll(old, edited, targets);

        int shift = insertion.length() - (to - from);
        int seenTo = Math.max(to, old.length() - commonSuffixAfterPrefix(old, edited));
        for (int i = 0; i < targets.size(); i++) {
            int[] range = ranges.get(i);
            AnchorResult result = all.get(i);
            if (range[1] < from || range[0] > seenTo) {
                int expectedStart = range[0] < from ? range[0] : range[0] + shift;
                assertThat(result.outcome()).isEqualTo(AnchorOutcome.EXACT);
                assertThat(AnchoringFixtures.charStart(edited, result)).isEqualTo(expectedStart);
            } else if (result.outcome() != AnchorOutcome.ORPHANED) {
                assertThat(result.target().exact()).isEqualTo(AnchoringFixtures.covered(edited, result));
            }
            // A tiny quote (a space, two letters) whose surroundings were rewritten has only
            // coincidences to go on without the diff; agreement is asked of real quotes.
            if (targets.get(i).exact().strip().length() >= 8) {
                AnchorResult alone = reanchorer.anchor(edited, targets.get(i));
                assertThat(result.outcome() == AnchorOutcome.ORPHANED)
                        .isEqualTo(alone.outcome() == AnchorOutcome.ORPHANED);
                if (result.outcome() != AnchorOutcome.ORPHANED) {
                    // Snapping edges to words may leave out white space at a quote's edge on one
                    // path and not the other; both must land on the same words.
                    assertThat(wordsStart(edited, result)).isEqualTo(wordsStart(edited, alone));
                    assertThat(result.target().exact().strip()).isEqualTo(alone.target().exact().strip());
                }
            }
        }
    }

    /**
     * How many chars old and edited have in common at their ends once their common start is
     * taken, as the diff sees it. Where the cut text begins as it ends, the edit can be seen a
     * little to the right of where it was made ("Boba|zaru … ka|zuro" cut between the bars
     * reads as "Bobaz|aru … kaz|uro"), so a quote right after the cut is touched after all.
     */
    private static int commonSuffixAfterPrefix(String old, String edited) {
        int limit = Math.min(old.length(), edited.length());
        int prefix = 0;
        while (prefix < limit && old.charAt(prefix) == edited.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && old.charAt(old.length() - 1 - suffix) == edited.charAt(edited.length() - 1 - suffix)) {
            suffix++;
        }
        return suffix;
    }

    /** Where the quote's first non-space character is, in chars of the edited text. */
    private static int wordsStart(String edited, AnchorResult result) {
        String exact = result.target().exact();
        return AnchoringFixtures.charStart(edited, result) + (exact.length() - exact.stripLeading().length());
    }
}
