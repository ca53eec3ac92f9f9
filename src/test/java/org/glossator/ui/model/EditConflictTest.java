package org.glossator.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glossator.domain.Annotation;
import org.glossator.domain.TextTarget;
import org.glossator.domain.Verdict;
import org.junit.jupiter.api.Test;

/** What the conflict dialog shows and stores, without a window. */
class EditConflictTest {
    private final Annotation base = Annotation.builder().id("a1").articleId(1).typeKey("claim")
            .target(new TextTarget(0, 5, "Open ", "", "")).creator("Tess").verdict(Verdict.UNVERIFIED)
            .created(Instant.EPOCH).modified(Instant.EPOCH).version(1).build();

    @Test
    void listsOnlyTheFieldsThatDifferInWords() {
        Annotation theirs = base.toBuilder().note("Ben's").verdict(Verdict.FALSE).modifiedBy("Ben").version(2).build();
        Annotation mine = base.toBuilder().note("Mine").tags(List.of("licence")).build();
        EditConflict conflict = new EditConflict(mine, Optional.of(theirs), key -> key.equals("claim") ? "Claim" : key);

        assertThat(conflict.header()).isEqualTo("Ben changed this annotation while you were editing it");
        assertThat(conflict.rows()).containsExactly(
                new EditConflict.Row("Note", "Ben's", "Mine"),
                new EditConflict.Row("Tags", "", "licence"),
                new EditConflict.Row("Verdict", Verdict.FALSE.label(), Verdict.UNVERIFIED.label()));
        assertThat(conflict.canMergeNotes()).isTrue();
        Annotation merged = conflict.mergedNotes("Tess");
        assertThat(merged.note()).isEqualTo("Ben's\n\nTess: Mine");
        assertThat(merged.verdict()).isEqualTo(Verdict.FALSE);
    }

    @Test
    void notesAreNotMergedWhenOneSideHasNoneOrAlreadyHoldsTheOther() {
        Annotation theirs = base.toBuilder().note("Ben's note. Mine").modifiedBy("Ben").version(2).build();
        assertThat(new EditConflict(base.toBuilder().note("Mine").build(), Optional.of(theirs), k -> k)
                .canMergeNotes()).isFalse();
        assertThat(new EditConflict(base, Optional.of(theirs), k -> k).canMergeNotes()).isFalse();
    }

    @Test
    void aDeletionHasNoRowsAndSaysSo() {
        EditConflict conflict = new EditConflict(base, Optional.empty(), k -> k);
        assertThat(conflict.deleted()).isTrue();
        assertThat(conflict.rows()).isEmpty();
        assertThat(conflict.header()).contains("deleted");
        assertThat(conflict.canMergeNotes()).isFalse();
    }
}
