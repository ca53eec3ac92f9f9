package org.glossator.workspace;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final BackupService backups;

    public ArticleTextEditService(Store store, UndoHistory history, Reanchorer reanchorer, Clock clock) {
        this(store, history, reanchorer, clock, BackupService.none(store));
    }

    /** With backups: an edit that would orphan annotations is backed up before it is written. */
    public ArticleTextEditService(Store store, UndoHistory history, Reanchorer reanchorer, Clock clock,
                                  BackupService backups) {
        this.store = store;
        this.history = history;
        this.reanchorer = reanchorer;
        this.clock = clock;
        this.backups = backups;
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
        Reanchored result = reanchor(before.text(), text, oldAnnotations);
        List<StyleSpan> formatting = remapFormatting(before.text(), text, before.formatting());
        if (newlyOrphaned(oldAnnotations, result.annotations()) > 0) {
            backups.backupBefore("text-edit");
        }
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

    private static long newlyOrphaned(List<Annotation> before, List<Annotation> after) {
        long n = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).isOrphan() && after.get(i).isOrphan()) {
                n++;
            }
        }
        return n;
    }

    private record Reanchored(List<Annotation> annotations, int unchanged, int reanchored, int orphaned) {
    }

    private Reanchored reanchor(String oldText, String newText, List<Annotation> all) {
        // An orphan with no quote (imported with selectors Glossator could not use) has nothing to search for.
        List<Annotation> annotations = new ArrayList<>();
        List<Annotation> updated = new ArrayList<>(all.size());
        int orphaned = 0;
        for (Annotation a : all) {
            if (a.isOrphan() && a.target().exact().isEmpty()) {
                updated.add(a);
                orphaned++;
            } else {
                annotations.add(a);
            }
        }
        List<TextTarget> targets = annotations.stream().map(Annotation::target).toList();
        List<AnchorResult> results = reanchorer.reanchorAll(oldText, newText, targets);
        int unchanged = 0;
        int moved = 0;
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
                updated.add(a.toBuilder().target(r.target()).anchorState(AnchorState.ANCHORED).importedSelectors(null)
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

    /**
     * Undo puts back the old text, formatting and every annotation as it was; redo the new ones.
     * Annotations the edit did not know as they are now (imported since, or changed outside the
     * undo history) are re-anchored to the text put back, so that no anchored annotation is left
     * on a range that does not hold its quote.
     */
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
            apply(newText, before.text(), before.formatting(), annotationsAfter, annotationsBefore);
        }

        @Override
        public void redo() {
            apply(before.text(), newText, newFormatting, annotationsBefore, annotationsAfter);
        }

        /**
         * @param expectedText the text this edit expects the store to hold now
         * @param expected     the annotations as this edit left them on {@code expectedText}
         * @param restored     the same annotations as they were on {@code text}
         */
        private void apply(String expectedText, String text, List<StyleSpan> formatting, List<Annotation> expected,
                           List<Annotation> restored) {
            Map<String, Annotation> expectedById = byId(expected);
            Map<String, Annotation> restoredById = byId(restored);
            store.inTransaction(() -> {
                String current = store.articles().find(before.id()).map(Article::text).orElse(text);
                store.articles().updateText(before.id(), text, formatting);
                // Only those still in the store: an annotation deleted since stays deleted.
                List<Annotation> back = new ArrayList<>();
                List<Annotation> unknown = new ArrayList<>();
                for (Annotation now : store.annotations().forArticle(before.id())) {
                    Annotation old = restoredById.get(now.id());
                    if (old != null && now.sameContentAs(expectedById.get(now.id())) && current.equals(expectedText)) {
                        back.add(old);
                    } else {
                        unknown.add(now);
                    }
                }
                if (!unknown.isEmpty() && !current.equals(text)) {
                    back.addAll(reanchor(current, text, unknown).annotations());
                }
                store.annotations().saveAll(back);
                return null;
            });
        }

        @Override
        public Set<Long> articleIds() {
            return Set.of(before.id());
        }
    }

    private static Map<String, Annotation> byId(List<Annotation> annotations) {
        Map<String, Annotation> map = new HashMap<>();
        for (Annotation a : annotations) {
            map.put(a.id(), a);
        }
        return map;
    }
}
