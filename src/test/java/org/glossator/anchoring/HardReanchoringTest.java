package org.glossator.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.anchoring.AnchoringFixtures.covered;
import static org.glossator.anchoring.AnchoringFixtures.charStart;
import static org.glossator.anchoring.AnchoringFixtures.targetOn;

import java.util.List;
import org.glossator.domain.TextTarget;
import org.junit.jupiter.api.Test;

/** The edits that used to send an annotation to the wrong copy or the wrong word edges. */
class HardReanchoringTest {
    private static final String PULL = "Nobody on the committee had read the full report before the vote.";
    private static final String ARTICLE = "The committee met on Monday to settle the question of the new bridge.\n"
            + PULL + "\n"
            + "Members argued for three hours about the cost and the route across the valley.\n"
            + "In the end, as one of them admitted later, " + PULL + " That admission angered residents.\n"
            + "A second meeting has been called for the spring, after the consultation closes.\n";

    private final Reanchorer reanchorer = new Reanchorer();

    @Test
    void aStalePositionNowPointingAtTheOtherCopyOfARepeatedSentenceLosesToTheCopyWithItsContext() {
        int body = ARTICLE.indexOf(PULL, ARTICLE.indexOf("In the end"));
        int pull = ARTICLE.indexOf(PULL);
        TextTarget onBody = Targets.fromCharRange(ARTICLE, body, body + PULL.length());
        // Text inserted before both copies moves the pull quote exactly onto the body copy's old position.
        String edited = "x".repeat(body - pull - 1) + "\n" + ARTICLE;
        assertThat(edited.startsWith(PULL, body)).isTrue();

        AnchorResult result = reanchorer.anchor(edited, onBody);

        assertThat(charStart(edited, result)).isEqualTo(edited.indexOf(PULL, edited.indexOf("as one of them")));
    }

    @Test
    void aCorrectedQuoteInItsPlaceBeatsTheOldWordingKeptInAnUpdateNote() {
        String quote = "the council spent 45 million on consultants last year";
        String text = "Figures released on Friday show that " + quote + ", more than any other region.\n"
                + "The opposition called the sum indefensible.\n";
        TextTarget target = targetOn(text, quote);
        String corrected = text.replace("45 million", "54 million")
                + "Update: an earlier version of this article said \u201C" + quote + "\u201D.\n";

        for (AnchorResult result : List.of(reanchorer.anchor(corrected, target),
                reanchorer.reanchorAll(text, corrected, List.of(target)).get(0))) {
            assertThat(covered(corrected, result)).isEqualTo(quote.replace("45", "54"));
            assertThat(charStart(corrected, result)).isEqualTo(corrected.indexOf("the council spent"));
        }
    }

    @Test
    void aWordInsertedBeforeTheLastWordOfAQuoteKeepsTheRangeEndingOnThatWord() {
        String quote = "that habit of going to look is the single most useful thing I can teach";
        String text = "I tell every class the same thing: " + quote + " to anyone who reads the news.\n";
        TextTarget target = targetOn(text, quote);
        String edited = text.replace("I can teach", "I can honestly teach");

        AnchorResult result = reanchorer.anchor(edited, target);

        assertThat(covered(edited, result)).isEqualTo(quote.replace("I can teach", "I can honestly teach"));
    }

    @Test
    void aWordInsertedAfterTheFirstWordOfAQuoteKeepsTheRangeStartingOnThatWord() {
        String quote = "models built by a small company founded by former researchers from a university lab";
        String text = "The assistant is a family of large language " + quote + " in the north.\n";
        TextTarget target = targetOn(text, quote);
        String edited = "A short notice was added at the top.\n" + text.replace("models built", "models inside built");

        AnchorResult result = reanchorer.anchor(edited, target);

        assertThat(covered(edited, result)).isEqualTo(quote.replace("models built", "models inside built"));
    }

    @Test
    void anAnnotationMadeOnMojibakeFindsTheRepairedText() {
        String clean = "The minister said it was \u201Cnot the government\u2019s job\u201D to set prices, "
                + "and left the room.\n";
        String garbled = clean.replace("\u201C", "\u00E2\u20AC\u0153").replace("\u2019", "\u00E2\u20AC\u2122")
                .replace("\u201D", "\u00E2\u20AC\u009D");
        TextTarget target = targetOn(garbled, "\u00E2\u20AC\u0153not the government\u00E2\u20AC\u2122s job");

        AnchorResult result = reanchorer.anchor(clean, target);

        assertThat(result.isOrphaned()).isFalse();
        assertThat(covered(clean, result)).isEqualTo("\u201Cnot the government\u2019s job");
    }

    @Test
    void anchoringThatAlternatesBetweenArticlesKeepsEachArticlesOwnText() {
        String other = "An unrelated article about harbours, ferries and the price of diesel.\n" + PULL + "\n";
        String shifted = "A new opening line.\n" + ARTICLE;
        TextTarget onArticle = targetOn(ARTICLE, "Members argued for three hours");
        TextTarget onOther = targetOn(other, "the price of diesel");
        String otherShifted = "Note.\n" + other;

        for (int round = 0; round < 6; round++) {
            assertThat(covered(shifted, reanchorer.anchor(shifted, onArticle)))
                    .isEqualTo("Members argued for three hours");
            assertThat(covered(otherShifted, reanchorer.anchor(otherShifted, onOther)))
                    .isEqualTo("the price of diesel");
        }
    }
}
