package org.glossator.workspace;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.glossator.anchoring.AnchorOutcome;
import org.glossator.anchoring.AnchorResult;
import org.glossator.anchoring.CodePointIndex;
import org.glossator.anchoring.Reanchorer;
import org.glossator.anchoring.Targets;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.domain.Article;
import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextTarget;
import org.glossator.store.Store;
import org.glossator.store.StoreException;

/**
 * Edits an article's text (for example to cut page clutter) and re-anchors every
 * annotation on it in the same transaction. Annotations that cannot be placed with
 * confidence become orphans. The edit is undoable: undo restores the old text and
 * every annotation exactly as it was.
 */
public final class ArticleTextEditService {
    private final Store store;
    private final UndoHistory history;
    private final Reanchorer reanchorer;
    private final Clock clock;

    public ArticleTextEditService(Store store, UndoHistory history, Reanchorer reanchorer, Clock clock) {
        this.store = store;
        this.history = history;
        this.reanchorer = reanchorer;
        this.clock = clock;
    }

    /** What an edit did to the annotations. */
    public record Outcome(Article article, int unchanged, int reanchored, int orphaned) {
        public String summary() {
            return unchanged + " in place, " + reanchored + " re-anchored, " + orphaned + " orphaned";
        }
    }

    public Outcome edit(long articleId, String newText) {
        return edit(articleId, newText, "Edit article text");
    }

    /** @param label what Undo calls the edit, e.g. "Restore original text" */
    public Outcome edit(long articleId, String newText, String label) {
        if (newText == null || newText.isBlank()) {
            throw new IllegalArgumentException("An article cannot be empty; delete it instead.");
        }
        String text = newText.replace("\r\n", "\n").replace('\r', '\n');
        Article before = store.articles().find(articleId)
                .orElseThrow(() -> new IllegalStateException("Article #" + articleId + " is no longer in the corpus."));
        if (before.text().equals(text)) {
            return new Outcome(before, store.annotations().forArticle(articleId).size(), 0, 0);
        }
        List<Annotation> oldAnnotations = store.annotations().forArticle(articleId);
        Reanchored result = reanchor(before, text, oldAnnotations);
        List<StyleSpan> formatting = remapFormatting(before.text(), text, before.formatting());
        store.inTransaction(() -> {
            store.articles().findBySha256(org.glossator.domain.TextHash.sha256(text))
                    .filter(other -> other.id() != articleId).ifPresent(other -> {
                        throw new StoreException("Another article (#" + other.id() + ", “" + other.title()
                                + "”) already has exactly this text.");
                    });
            store.articles().updateText(articleId, text, formatting);
            store.annotations().saveAll(result.annotations());
            return null;
        });
        history.done(new TextEdit(label, before, oldAnnotations, text, formatting, result.annotations()));
        Article after = store.articles().find(articleId).orElseThrow();
        return new Outcome(after, result.unchanged, result.reanchored, result.orphaned);
    }

    private record Reanchored(List<Annotation> annotations, int unchanged, int reanchored, int orphaned) {
    }

    private Reanchored reanchor(Article before, String newText, List<Annotation> annotations) {
        List<TextTarget> targets = annotations.stream().map(Annotation::target).toList();
        List<AnchorResult> results = reanchorer.reanchorAll(before.text(), newText, targets);
        List<Annotation> updated = new ArrayList<>(annotations.size());
        int unchanged = 0;
        int moved = 0;
        int orphaned = 0;
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            AnchorResult r = results.get(i);
            if (r.outcome() == AnchorOutcome.ORPHANED) {
                orphaned++;
                updated.add(a.toBuilder().anchorState(AnchorState.ORPHANED).build());
            } else {
                boolean same = r.target().equals(a.target()) && !a.isOrphan();
                if (same) {
                    unchanged++;
                } else {
                    moved++;
                }
                updated.add(a.toBuilder().target(r.target()).anchorState(AnchorState.ANCHORED)
                        .modified(same ? a.modified() : clock.instant().truncatedTo(ChronoUnit.MILLIS)).build());
            }
        }
        return new Reanchored(updated, unchanged, moved, orphaned);
    }

    /** Moves headings, emphasis and the like with the text; spans whose text is gone are dropped. */
    private List<StyleSpan> remapFormatting(String oldText, String newText, List<StyleSpan> formatting) {
        if (formatting.isEmpty()) {
            return List.of();
        }
        CodePointIndex oldIndex = new CodePointIndex(oldText);
        CodePointIndex newIndex = new CodePointIndex(newText);
        List<TextTarget> targets = new ArrayList<>(formatting.size());
        for (StyleSpan span : formatting) {
            targets.add(Targets.fromCharRange(oldText, oldIndex, span.start(), Math.max(span.start(), span.end())));
        }
        List<AnchorResult> results = reanchorer.reanchorAll(oldText, newText, targets);
        List<StyleSpan> remapped = new ArrayList<>();
        for (int i = 0; i < formatting.size(); i++) {
            AnchorResult r = results.get(i);
            if (!r.isOrphaned()) {
                int[] range = Targets.toCharRange(newIndex, r.target());
                if (range[1] > range[0]) {
                    remapped.add(new StyleSpan(range[0], range[1], formatting.get(i).style()));
                }
            }
        }
        return remapped;
    }

    /** Undo puts back the old text, formatting and every annotation as it was. */
    private final class TextEdit implements Edit {
        private final String label;
        private final Article before;
        private final List<Annotation> annotationsBefore;
        private final String newText;
        private final List<StyleSpan> newFormatting;
        private final List<Annotation> annotationsAfter;

        TextEdit(String label, Article before, List<Annotation> annotationsBefore, String newText,
                 List<StyleSpan> newFormatting, List<Annotation> annotationsAfter) {
            this.label = label;
            this.before = before;
            this.annotationsBefore = List.copyOf(annotationsBefore);
            this.newText = newText;
            this.newFormatting = List.copyOf(newFormatting);
            this.annotationsAfter = List.copyOf(annotationsAfter);
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void undo() {
            apply(before.text(), before.formatting(), annotationsBefore);
        }

        @Override
        public void redo() {
            apply(newText, newFormatting, annotationsAfter);
        }

        private void apply(String text, List<StyleSpan> formatting, List<Annotation> annotations) {
            store.inTransaction(() -> {
                store.articles().updateText(before.id(), text, formatting);
                // Only those still in the store: an annotation deleted since stays deleted.
                List<Annotation> present = new ArrayList<>();
                for (Annotation a : annotations) {
                    if (store.annotations().find(a.id()).isPresent()) {
                        present.add(a);
                    }
                }
                store.annotations().saveAll(present);
                return null;
            });
        }

        @Override
        public Set<Long> articleIds() {
            return Set.of(before.id());
        }
    }
}
