package org.glossator.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.anchoring.AnchoringFixtures.ARTICLE;
import static org.glossator.anchoring.AnchoringFixtures.covered;
import static org.glossator.anchoring.AnchoringFixtures.insertBefore;
import static org.glossator.anchoring.AnchoringFixtures.targetOn;

import java.util.List;
import org.glossator.domain.TextTarget;
import org.junit.jupiter.api.Test;

class ReanchorAllTest {
    private final Reanchorer reanchorer = new Reanchorer();

    @Test
    void untouchedTargetsMoveWithTheEditAndAreExact() {
        List<TextTarget> targets = List.of(
                targetOn(ARTICLE, "Harbour Town Council"),
                targetOn(ARTICLE, "the consultation period"),
                targetOn(ARTICLE, "a sensible compromise"));
        String insertion = "An inserted paragraph, \uD83D\uDD13 with an emoji.\n\n";
        String edited = insertBefore(ARTICLE, "The mayor", insertion);

        List<AnchorResult> results = reanchorer.reanchorAll(ARTICLE, edited, targets);

        assertThat(results).extracting(AnchorResult::outcome).containsOnly(AnchorOutcome.EXACT);
        assertThat(results.get(0).target()).isEqualTo(targets.get(0));
        assertThat(results.get(1).target()).isEqualTo(targetOn(edited, "the consultation period"));
        assertThat(results.get(2).target()).isEqualTo(targetOn(edited, "a sensible compromise"));
        assertThat(results.get(2).target().start()).isEqualTo(targets.get(2).start() + insertion.codePointCount(0, insertion.length()));
    }

    @Test
    void contextIsRetakenWhenTheEditChangedOnlyTheSurroundings() {
        TextTarget target = targetOn(ARTICLE, "the public had not been consulted");
        String edited = ARTICLE.replace("was rushed and that", "was rushed, and that");

        AnchorResult result = reanchorer.reanchorAll(ARTICLE, edited, List.of(target)).get(0);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.EXACT);
        assertThat(result.target().prefix()).endsWith("was rushed, and that ");
    }

    @Test
    void resultsComeBackInInputOrder() {
        List<TextTarget> targets = List.of(
                targetOn(ARTICLE, "local businesses welcomed".substring(6)),
                targetOn(ARTICLE, "Harbour"),
                targetOn(ARTICLE, "finance staff"));
        String edited = ARTICLE.replace("finance staff", "finance team");

        List<AnchorResult> results = reanchorer.reanchorAll(ARTICLE, edited, targets);

        assertThat(results).hasSize(3);
        assertThat(results.get(0).target().exact()).isEqualTo("businesses welcomed");
        assertThat(results.get(1).target().exact()).isEqualTo("Harbour");
        assertThat(results.get(2).outcome()).isEqualTo(AnchorOutcome.ORPHANED);
        assertThat(results.get(2).target()).isSameAs(targets.get(2));
    }

    @Test
    void touchedTargetsAgreeWithAnchor() {
        String old = ARTICLE.replace("independent review", "independant review");
        List<TextTarget> targets = List.of(
                targetOn(old, "promised an independant review of the process"),
                targetOn(old, "\"We were given the figures on Friday night,\""),
                targetOn(old, "approved it by seven votes to five"),
                targetOn(old, "freeze parking charges"),
                targetOn(old, "Critics said the plan was rushed"));
        String edited = insertBefore(old, "Harbour", "Updated on Wednesday.\n\n")
                .replace("independant review", "independent review")
                .replace("\"We were given the figures on Friday night,\"",
                        "\u201CWe were given the figures on Friday night,\u201D")
                .replace("approved it by seven", "approved it by\nseven")
                .replace("Local businesses welcomed the decision to freeze parking charges. ", "")
                .replace("Critics said", "Critics  said");

        List<AnchorResult> all = reanchorer.reanchorAll(old, edited, targets);

        assertThat(all).extracting(AnchorResult::outcome).containsExactly(AnchorOutcome.REANCHORED,
                AnchorOutcome.REANCHORED, AnchorOutcome.REANCHORED, AnchorOutcome.ORPHANED, AnchorOutcome.REANCHORED);
        for (int i = 0; i < targets.size(); i++) {
            AnchorResult alone = reanchorer.anchor(edited, targets.get(i));
            assertThat(all.get(i).target()).as("target %d", i).isEqualTo(alone.target());
            assertThat(all.get(i).outcome()).isEqualTo(alone.outcome());
        }
        assertThat(covered(edited, all.get(0))).isEqualTo("promised an independent review of the process");
    }

    @Test
    void deletedPassageIsOrphaned() {
        TextTarget target = targetOn(ARTICLE, "the consultation period had been cut");
        String edited = ARTICLE.replace(
                "She added that the consultation period had been cut from six weeks to two.", "");

        AnchorResult result = reanchorer.reanchorAll(ARTICLE, edited, List.of(target)).get(0);

        assertThat(result.outcome()).isEqualTo(AnchorOutcome.ORPHANED);
        assertThat(result.target()).isSameAs(target);
    }

    @Test
    void movedParagraphIsFollowed() {
        String paragraph = "Local businesses welcomed the decision to freeze parking charges. "
                + "The chamber of commerce called it a sensible compromise in difficult times.\n";
        TextTarget target = targetOn(ARTICLE, "called it a sensible compromise");
        String edited = paragraph + "\n" + ARTICLE.replace(paragraph, "");

        AnchorResult result = reanchorer.reanchorAll(ARTICLE, edited, List.of(target)).get(0);

        assertThat(result.outcome()).isNotEqualTo(AnchorOutcome.ORPHANED);
        assertThat(AnchoringFixtures.charStart(edited, result)).isEqualTo(edited.indexOf("called it a sensible"));
    }

    @Test
    void targetThatNoLongerMatchedTheOldTextIsAnchoredAsOnImport() {
        TextTarget stale = new TextTarget(3, 20, "finance staff", "The mayor thanked the ", " for their work");
        String edited = ARTICLE.replace("Harbour", "Harbor");

        AnchorResult result = reanchorer.reanchorAll(ARTICLE, edited, List.of(stale)).get(0);

        assertThat(result).isEqualTo(reanchorer.anchor(edited, stale));
        assertThat(covered(edited, result)).isEqualTo("finance staff");
    }
}
