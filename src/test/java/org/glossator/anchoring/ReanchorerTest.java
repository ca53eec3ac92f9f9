package org.glossator.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.anchoring.AnchoringFixtures.ARTICLE;
import static org.glossator.anchoring.AnchoringFixtures.charStart;
import static org.glossator.anchoring.AnchoringFixtures.covered;
import static org.glossator.anchoring.AnchoringFixtures.insertBefore;
import static org.glossator.anchoring.AnchoringFixtures.targetOn;

import org.glossator.domain.TextTarget;
import org.junit.jupiter.api.Test;

/** One test per re-anchoring rule of {@link Reanchorer#anchor}. */
class ReanchorerTest {
    private final Reanchorer reanchorer = new Reanchorer();

    @Test
    void quoteStillAtItsPositionIsExact() {
        TextTarget target = targetOn(ARTICLE, "promised an independent review");

        AnchorResult result = reanchorer.anchor(ARTICLE, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.EXACT);
        assertThat(result.target()).isEqualTo(target);
        assertThat(result.confidence()).isEqualTo(1.0);
    }

    @Test
    void movedQuoteIsFoundAndItsOffsetsAndContextRetaken() {
        TextTarget target = targetOn(ARTICLE, "promised an independent review");
        String edited = insertBefore(ARTICLE, "The mayor", "A short new paragraph about the weather.\n\n");

        AnchorResult result = reanchorer.anchor(edited, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.REANCHORED);
        assertThat(charStart(edited, result)).isEqualTo(edited.indexOf("promised an independent review"));
        assertThat(result.target().exact()).isEqualTo(target.exact());
        assertThat(result.target()).isEqualTo(targetOn(edited, "promised an independent review"));
    }

    @Test
    void ofTwoEquallyGoodOccurrencesTheOneNearestTheOldPositionWins() {
        String block = "and the chorus came back once more: the tide is turning, the tide is turning, "
                + "so sang the crowd on the quay until late.";
        String text = "First verse about boats. " + block + " Second verse, quite different from the first. "
                + block + " Coda.";
        int first = text.indexOf("the tide is turning");
        int second = text.indexOf("the tide is turning", text.indexOf("Second verse"));
        TextTarget onFirst = Targets.fromCharRange(text, first, first + 19);
        TextTarget onSecond = Targets.fromCharRange(text, second, second + 19);
        assertThat(onFirst.prefix()).isEqualTo(onSecond.prefix());
        assertThat(onFirst.suffix()).isEqualTo(onSecond.suffix());
        String edited = "Prelude. " + text;

        assertThat(charStart(edited, reanchorer.anchor(edited, onFirst))).isEqualTo(first + 9);
        assertThat(charStart(edited, reanchorer.anchor(edited, onSecond))).isEqualTo(second + 9);
    }

    @Test
    void contextBeatsNearnessWhenARepeatedPhraseAppearsCloserToTheOldPosition() {
        TextTarget target = targetOn(ARTICLE, "the spring");
        String edited = insertBefore(ARTICLE, "She promised", "Plans were made, argued over at length and then shelved for the spring. ");
        int decoy = edited.indexOf("the spring. She");
        int real = edited.indexOf("the spring, and said");
        int old = ARTICLE.indexOf("the spring");
        assertThat(Math.abs(decoy - old)).isLessThan(Math.abs(real - old));

        AnchorResult result = reanchorer.anchor(edited, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.REANCHORED);
        assertThat(charStart(edited, result)).isEqualTo(real);
    }

    @Test
    void typoFixedInsideTheQuoteIsReanchoredToTheCorrectedText() {
        String old = ARTICLE.replace("independent review of the process", "independant reveiw of the process");
        TextTarget target = targetOn(old, "promised an independant reveiw of the process");

        AnchorResult result = reanchorer.anchor(ARTICLE, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.REANCHORED);
        assertThat(result.target().exact()).isEqualTo("promised an independent review of the process");
        assertThat(covered(ARTICLE, result)).isEqualTo("promised an independent review of the process");
        assertThat(result.confidence()).isBetween(0.8, 1.0);
    }

    @Test
    void letterRestoredAtTheStartOfTheFirstWordIsTakenIntoTheQuote() {
        String old = ARTICLE.replace("Critics said", "ritics said");
        TextTarget target = targetOn(old, "ritics said the plan was rushed");

        AnchorResult verbatimInside = reanchorer.anchor(ARTICLE, target);
        String alsoEdited = ARTICLE.replace("plan was rushed", "plan wass rushed");
        AnchorResult fuzzy = reanchorer.anchor(alsoEdited, target);

        assertThat(covered(ARTICLE, verbatimInside)).isEqualTo("Critics said the plan was rushed");
        assertThat(covered(alsoEdited, fuzzy)).isEqualTo("Critics said the plan wass rushed");
    }

    @Test
    void partWordSelectionStaysPartWord() {
        String old = ARTICLE.replace("consultation period", "consultaton period");
        TextTarget target = targetOn(old, "ultaton period had been cu");

        AnchorResult result = reanchorer.anchor(ARTICLE, target);

        assertThat(covered(ARTICLE, result)).isEqualTo("ultation period had been cu");
    }

    @Test
    void curlyAndStraightQuoteMarksMatchEachOther() {
        String curly = ARTICLE.replace("\"We were given the figures on Friday night,\"",
                "\u201CWe were given the figures on Friday night,\u201D");
        TextTarget target = targetOn(ARTICLE, "\"We were given the figures on Friday night,\" said Ana Ruiz");

        AnchorResult result = reanchorer.anchor(curly, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.REANCHORED);
        assertThat(result.target().exact())
                .isEqualTo("\u201CWe were given the figures on Friday night,\u201D said Ana Ruiz");
        assertThat(result.target().start()).isEqualTo(target.start());
    }

    @Test
    void changedDashesMatchEachOther() {
        TextTarget target = targetOn(ARTICLE, "debate the long-delayed budget");
        String edited = ARTICLE.replace("long-delayed", "long\u2014delayed");

        AnchorResult result = reanchorer.anchor(edited, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.REANCHORED);
        assertThat(covered(edited, result)).isEqualTo("debate the long\u2014delayed budget");
    }

    @Test
    void changedWhitespaceInsideTheQuoteIsTolerated() {
        TextTarget target = targetOn(ARTICLE, "approved it by seven votes to five");
        String edited = ARTICLE.replace("approved it by seven votes", "approved  it by\nseven votes");

        AnchorResult result = reanchorer.anchor(edited, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.REANCHORED);
        assertThat(covered(edited, result)).isEqualTo("approved  it by\nseven votes to five");
    }

    @Test
    void changedPunctuationInsideTheQuoteIsTolerated() {
        TextTarget target = targetOn(ARTICLE, "the reserves would cover any shortfall in the first quarter");
        String edited = ARTICLE.replace("reserves would cover", "reserves, would cover");

        AnchorResult result = reanchorer.anchor(edited, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.REANCHORED);
        assertThat(covered(edited, result)).isEqualTo("the reserves, would cover any shortfall in the first quarter");
    }

    @Test
    void deletedPassageIsOrphanedEvenWhenASimilarSentenceRemains() {
        String old = ARTICLE.replace("Local businesses welcomed",
                "The mayor thanked the finance team for their work over the winter. Local businesses welcomed");
        TextTarget target = targetOn(old, "The mayor thanked the finance team for their work over the winter.");
        String edited = old.replace("The mayor thanked the finance team for their work over the winter. ", "");

        AnchorResult result = reanchorer.anchor(edited, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.ORPHANED);
        assertThat(result.target()).isSameAs(target);
        assertThat(result.confidence()).isZero();
    }

    @Test
    void deletedShortQuoteIsOrphanedThoughItsWordsOccurElsewhere() {
        TextTarget target = targetOn(ARTICLE, "the public");
        String sentence = "Critics said the plan was rushed and that the public had not been consulted. ";
        String edited = ARTICLE.replace(sentence, "").replace("thanked the finance", "thanked the public and the finance");

        AnchorResult result = reanchorer.anchor(edited, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.ORPHANED);
    }

    @Test
    void quoteRewrittenBeyondRecognitionIsOrphaned() {
        TextTarget target = targetOn(ARTICLE, "called it a sensible compromise in difficult times");
        String edited = ARTICLE.replace("called it a sensible compromise in difficult times",
                "said it was a poor deal for small shops");

        assertThat(reanchorer.anchor(edited, target).outcome()).isEqualTo(AnchorOutcome.ORPHANED);
    }

    @Test
    void offsetsStayInCodePointsAroundCharactersOutsideTheBmp() {
        String text = "Emoji \uD83D\uDD13 before. " + ARTICLE;
        TextTarget target = targetOn(text, "sensible compromise");
        String edited = "\uD835\uDD38\uD835\uDD38 " + text.replace("sensible", "sensible\u00A0\uD83D\uDE00");
        AnchorResult result = reanchorer.anchor(edited, targetOn(text, "a sensible compromise"));

        assertThat(covered(edited, result)).isEqualTo("a sensible\u00A0\uD83D\uDE00 compromise");
        int charStart = edited.indexOf("a sensible");
        assertThat(result.target().start()).isEqualTo(edited.codePointCount(0, charStart));
        assertThat(result.target().end())
                .isEqualTo(edited.codePointCount(0, charStart + "a sensible\u00A0\uD83D\uDE00 compromise".length()));
        assertThat(reanchorer.anchor(text, target).outcome()).isEqualTo(AnchorOutcome.EXACT);
    }

    @Test
    void importedTargetWithoutContextIsFoundByItsQuote() {
        TextTarget bare = new TextTarget(0, 0, "consultation period had been cut", null, null);

        AnchorResult result = reanchorer.anchor(ARTICLE, bare);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.REANCHORED);
        assertThat(covered(ARTICLE, result)).isEqualTo("consultation period had been cut");
        assertThat(result.target().prefix()).isNotEmpty();
    }

    @Test
    void positionBeyondTheEndOfAShorterTextIsSearchedFor() {
        TextTarget target = new TextTarget(5_000, 5_011, "the finance", "The mayor thanked ", " staff for");

        AnchorResult result = reanchorer.anchor(ARTICLE, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.REANCHORED);
        assertThat(charStart(ARTICLE, result)).isEqualTo(ARTICLE.indexOf("the finance"));
    }

    @Test
    void caseChangeIsTolerated() {
        TextTarget target = targetOn(ARTICLE, "Harbour Town Council met on Tuesday");
        String edited = ARTICLE.replace("Harbour Town Council", "Harbour town council");

        AnchorResult result = reanchorer.anchor(edited, target);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.REANCHORED);
        assertThat(covered(edited, result)).isEqualTo("Harbour town council met on Tuesday");
    }

    @Test
    void emptyQuoteFollowsItsPositionAndIsOrphanedBeyondTheText() {
        TextTarget caret = new TextTarget(10, 10, "", "Harbour To", "wn Council");

        assertThat(reanchorer.anchor(ARTICLE, caret).outcome()).isEqualTo(AnchorOutcome.EXACT);
        assertThat(reanchorer.anchor(ARTICLE, caret).target().start()).isEqualTo(10);
        assertThat(reanchorer.anchor("short", caret).outcome()).isEqualTo(AnchorOutcome.ORPHANED);
    }
}
