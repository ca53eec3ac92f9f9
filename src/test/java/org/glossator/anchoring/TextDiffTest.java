package org.glossator.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDiffTest {
    private static final String TEXT = """
            The council met on Tuesday. It approved the budget after a long debate.
            Critics said the plan was rushed. Supporters disagreed, noting months of work.

            The mayor thanked the staff. She promised a review in the spring.
            """;

    @Test
    void identicalTextsAreOneCommonRun() {
        TextDiff diff = TextDiff.between(TEXT, TEXT);
        assertThat(diff.runCount()).isEqualTo(1);
        assertThat(diff.isUnchanged(0, TEXT.length())).isTrue();
        assertThat(diff.insertedRanges()).isEmpty();
    }

    @Test
    void insertedParagraphShiftsWhatFollowsAndTouchesNothing() {
        String inserted = "A new paragraph appears here.\n\n";
        int at = TEXT.indexOf("The mayor");
        String edited = TEXT.substring(0, at) + inserted + TEXT.substring(at);
        TextDiff diff = TextDiff.between(TEXT, edited);

        int quote = TEXT.indexOf("promised a review");
        assertThat(diff.isUnchanged(quote, quote + 17)).isTrue();
        assertThat(diff.map(quote)).isEqualTo(quote + inserted.length());
        assertThat(diff.insertedRanges()).hasSize(1);
    }

    @Test
    void typoFixesTouchOnlyTheirOwnChars() {
        String old = TEXT.replace("budget", "budgte").replace("spring", "sprnig");
        TextDiff diff = TextDiff.between(old, TEXT);

        int critics = old.indexOf("Critics said the plan was rushed.");
        assertThat(diff.isUnchanged(critics, critics + 33)).isTrue();
        assertThat(diff.map(critics)).isEqualTo(TEXT.indexOf("Critics"));
        int budget = old.indexOf("the budgte after");
        assertThat(diff.isUnchanged(budget, budget + 16)).isFalse();
        assertThat(diff.isUnchanged(budget, budget + 7)).isTrue();
        int totalInserted = diff.insertedRanges().stream().mapToInt(r -> r[1] - r[0]).sum();
        assertThat(totalInserted).isLessThanOrEqualTo(6);
    }

    @Test
    void positionsInsideADeletedStretchMapToWhereItWas() {
        int from = TEXT.indexOf("Critics");
        int to = TEXT.indexOf("\n\nThe mayor");
        String edited = TEXT.substring(0, from) + TEXT.substring(to);
        TextDiff diff = TextDiff.between(TEXT, edited);

        assertThat(diff.isUnchanged(from + 5, from + 20)).isFalse();
        assertThat(diff.map(from + 5)).isEqualTo(from);
    }
}
