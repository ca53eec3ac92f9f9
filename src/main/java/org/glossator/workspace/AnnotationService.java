package org.glossator.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.glossator.anchoring.Targets;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.TextTarget;
import org.glossator.domain.TypeKind;
import org.glossator.domain.Verdict;
import org.glossator.store.EditConflictException;
import org.glossator.store.Store;

/**
 * The annotating actions of a user: create, edit, delete, link. Each commits one
 * transaction before it returns and is recorded in the undo history.
 */
public final class AnnotationService {
    private final Store store;
    private final UndoHistory history;
    private final Clock clock;
    /** The version each annotation had after this service's last write of it. */
    private final Map<String, Long> ownVersions = new ConcurrentHashMap<>();

    public AnnotationService(Store store, UndoHistory history, Clock clock) {
        this.store = store;
        this.history = history;
        this.clock = clock;
    }

    public UndoHistory history() {
        return history;
    }

    private Instant now() {
        // Millisecond precision: what every exchange format round-trips.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Marks [charStart, charEnd) of the article's text (UTF-16 indices from the reader).
     * White space at either end of the selection is left out of the annotation.
     */
    public Annotation create(Article article, int charStart, int charEnd, AnnotationType type, String creator) {
        TextTarget target = trimmedTarget(article, charStart, charEnd);
        Instant now = now();
        Annotation.Builder b = Annotation.builder().id(UUID.randomUUID().toString()).articleId(article.id())
                .typeKey(type.key()).target(target)
                .creator(creator).created(now).modified(now).anchorState(AnchorState.ANCHORED);
        // Defaults the editor shows, so that opening the editor is not itself a change.
        if (type.kind() == TypeKind.CLAIM) {
            b.verdict(Verdict.UNVERIFIED);
        } else if (type.kind() == TypeKind.QUOTE) {
            b.attributionGiven(false);
        }
        // A new id: the store keeps it at version 1, the version later edits are based on.
        Annotation annotation = b.version(1).build();
        store.inTransaction(() -> {
            store.annotations().save(annotation);
            return null;
        });
        remember(annotation);
        history.done(new SaveEdit("Create " + type.label().toLowerCase(java.util.Locale.ROOT), null, annotation));
        return annotation;
    }

    /** The target of a reader selection without white space at its ends; refuses a selection of nothing. */
    private static TextTarget trimmedTarget(Article article, int charStart, int charEnd) {
        int[] range = Targets.trimmedCharRange(article.text(), charStart, charEnd);
        if (range[1] <= range[0]) {
            throw new IllegalArgumentException("Select some text first.");
        }
        return Targets.fromCharRange(article.text(), range[0], range[1]);
    }

    /**
     * Saves an edited annotation (any field, including its type), stamping the modified time
     * and {@code annotator} as the one who modified it. The edit is based on
     * {@code edited.version()}: when someone else changed or deleted the annotation since,
     * nothing is saved and {@link org.glossator.store.EditConflictException} says what is stored now.
     */
    public Annotation update(Annotation before, Annotation edited, String annotator) {
        Annotation stamped = edited.editedBy(annotator, now());
        Annotation after;
        try {
            after = remember(store.annotations().update(stamped));
        } catch (EditConflictException e) {
            // A window's second edit may be based on the version before its own first edit
            // (the first was still on its way back); only someone else's write is a conflict.
            Optional<Annotation> current = e.current();
            if (current.isEmpty() || !isOwnWrite(current.get())) {
                throw e;
            }
            after = remember(store.annotations().update(stamped.withVersion(current.get().version())));
        }
        history.done(new SaveEdit("Edit annotation", before, after));
        return after;
    }

    private boolean isOwnWrite(Annotation stored) {
        return Long.valueOf(stored.version()).equals(ownVersions.get(stored.id()));
    }

    private Annotation remember(Annotation written) {
        ownVersions.put(written.id(), written.version());
        return written;
    }

    /**
     * Stores {@code chosen} over whatever is stored now, after the user resolved an edit
     * conflict (kept their version, or merged the notes into the other one). Undo goes back to
     * what was stored before, the other person's version (or deletes it again, if they had).
     */
    public Annotation resolveConflict(Annotation chosen, String annotator) {
        Annotation stamped = chosen.editedBy(annotator, now());
        Annotation[] replaced = new Annotation[1];
        Annotation after = store.inTransaction(() -> {
            Optional<Annotation> stored = store.annotations().find(chosen.id());
            replaced[0] = stored.orElse(null);
            if (stored.isEmpty()) {
                store.annotations().save(stamped); // it was deleted meanwhile: the user brings it back
                return store.annotations().find(chosen.id()).orElseThrow();
            }
            return store.annotations().update(stamped.withVersion(stored.get().version()));
        });
        remember(after);
        history.done(new SaveEdit("Resolve edit conflict", replaced[0], after));
        return after;
    }

    /**
     * Re-attaches an annotation (usually an orphan) to the reader selection [charStart, charEnd)
     * of its article, trimmed of white space at both ends; undoable like any edit.
     */
    public Annotation reattach(Annotation annotation, Article article, int charStart, int charEnd, String annotator) {
        Annotation moved = annotation.toBuilder().target(trimmedTarget(article, charStart, charEnd))
                .anchorState(AnchorState.ANCHORED).importedSelectors(null).build();
        return update(annotation, moved, annotator);
    }

    /** Deletes an annotation with its links; undo brings both back. */
    public void delete(Annotation annotation) {
        List<AnnotationLink> links = store.inTransaction(() -> {
            List<AnnotationLink> touching = store.annotations().linksOf(annotation.id());
            store.annotations().delete(annotation.id());
            return touching;
        });
        history.done(new DeleteEdit(annotation, links));
    }

    public AnnotationLink link(Annotation from, Annotation to, LinkRelation relation, String creator) {
        AnnotationLink link = new AnnotationLink(UUID.randomUUID().toString(), from.id(), to.id(), relation,
                creator, now());
        store.annotations().saveLink(link);
        history.done(new LinkEdit(link, Set.copyOf(List.of(from.articleId(), to.articleId())), true));
        return link;
    }

    public void unlink(AnnotationLink link, Set<Long> articleIds) {
        store.annotations().deleteLink(link.id());
        history.done(new LinkEdit(link, articleIds, false));
    }

    /**
     * Create (before == null) or update: undo restores {@code before}. Undo and redo of an
     * update are edits like any other: they go ahead only while the store holds what this edit
     * left there (compared by content, since versions move on with every write, undo included);
     * if someone else changed the annotation in between, they fail with a conflict instead of
     * overwriting that change.
     */
    private final class SaveEdit implements Edit {
        private final String label;
        private final Annotation before;
        private final Annotation after;

        SaveEdit(String label, Annotation before, Annotation after) {
            this.label = label;
            this.before = before;
            this.after = after;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void undo() {
            if (before == null) {
                store.annotations().delete(after.id());
            } else {
                replace(after, before);
            }
        }

        @Override
        public void redo() {
            if (before == null) {
                store.annotations().save(after);
            } else {
                replace(before, after);
            }
        }

        private void replace(Annotation expected, Annotation replacement) {
            store.inTransaction(() -> {
                Optional<Annotation> stored = store.annotations().find(expected.id());
                if (stored.isEmpty() || !stored.get().sameContentAs(expected)) {
                    throw new EditConflictException(replacement, stored.orElse(null));
                }
                return remember(store.annotations().update(replacement.withVersion(stored.get().version())));
            });
        }

        @Override
        public Set<Long> articleIds() {
            Set<Long> ids = new HashSet<>();
            ids.add(after.articleId());
            if (before != null) {
                ids.add(before.articleId());
            }
            return ids;
        }
    }

    private final class DeleteEdit implements Edit {
        private final Annotation annotation;
        private final List<AnnotationLink> links;

        DeleteEdit(Annotation annotation, List<AnnotationLink> links) {
            this.annotation = annotation;
            this.links = links;
        }

        @Override
        public String label() {
            return "Delete annotation";
        }

        @Override
        public void undo() {
            store.inTransaction(() -> {
                store.annotations().save(annotation);
                // A linked annotation may itself have been deleted since; restore only what can be.
                for (AnnotationLink link : links) {
                    String other = link.otherEnd(annotation.id());
                    if (store.annotations().find(other).isPresent()) {
                        store.annotations().saveLink(link);
                    }
                }
                return null;
            });
        }

        @Override
        public void redo() {
            store.annotations().delete(annotation.id());
        }

        @Override
        public Set<Long> articleIds() {
            Set<Long> ids = new HashSet<>();
            ids.add(annotation.articleId());
            for (AnnotationLink link : links) {
                store.annotations().find(link.otherEnd(annotation.id())).ifPresent(a -> ids.add(a.articleId()));
            }
            return ids;
        }
    }

    private final class LinkEdit implements Edit {
        private final AnnotationLink link;
        private final Set<Long> articleIds;
        private final boolean added;

        LinkEdit(AnnotationLink link, Set<Long> articleIds, boolean added) {
            this.link = link;
            this.articleIds = Set.copyOf(articleIds);
            this.added = added;
        }

        @Override
        public String label() {
            return added ? "Link annotations" : "Remove link";
        }

        @Override
        public void undo() {
            apply(!added);
        }

        @Override
        public void redo() {
            apply(added);
        }

        private void apply(boolean present) {
            if (present) {
                store.annotations().saveLink(link);
            } else {
                store.annotations().deleteLink(link.id());
            }
        }

        @Override
        public Set<Long> articleIds() {
            return articleIds;
        }
    }
}
