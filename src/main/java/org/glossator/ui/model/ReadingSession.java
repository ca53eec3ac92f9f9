package org.glossator.ui.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.TypeKind;

/**
 * The state of one reading session, free of JavaFX so that it can be tested without a
 * window: the article in each pane with its annotations, the active pane, each pane's
 * selected annotation, the panel's filter and N/P order, a link in progress, the
 * scheme and the annotator. Views listen and redraw; controllers change it after the
 * store has committed, so it always shows what is saved.
 */
public final class ReadingSession {
    private final Map<Side, PaneState> panes = new EnumMap<>(Side.class);
    private final Map<Side, String> selected = new EnumMap<>(Side.class);
    private final List<ReadingSessionListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> editableAnyway = new HashSet<>();
    private Side active = Side.LEFT;
    private AnnotationFilter filter = AnnotationFilter.NONE;
    private Annotation linkStart;
    private List<AnnotationType> types;
    private List<String> annotators = List.of();
    private String annotator;
    private boolean readOnly;

    public ReadingSession(List<AnnotationType> types) {
        this.types = List.copyOf(types);
    }

    public void addListener(ReadingSessionListener listener) {
        listeners.add(listener);
    }

    private void fire(Consumer<ReadingSessionListener> event) {
        listeners.forEach(event);
    }

    // ---- panes ------------------------------------------------------------------------

    /** Shows an article (new, or with a changed text) in a pane; clears that pane's selection. */
    public void show(Side side, PaneState state) {
        panes.put(side, state);
        selected.remove(side);
        fire(l -> l.paneShown(side, state));
        fire(l -> l.selectionChanged(side, Optional.empty(), false));
        if (side == active) {
            fire(ReadingSessionListener::listChanged);
        }
    }

    /**
     * Takes fresher annotations and links of the article a pane shows. The selection
     * stays when its annotation is still there.
     */
    public void refresh(Side side, PaneState fresh) {
        PaneState old = panes.get(side);
        if (old == null || old.article().id() != fresh.article().id()) {
            show(side, fresh);
            return;
        }
        if (!old.article().sha256().equals(fresh.article().sha256())) {
            String keep = selected.get(side);
            show(side, fresh);
            fresh.find(keep).ifPresent(a -> select(side, a.id(), false));
            return;
        }
        panes.put(side, fresh);
        fire(l -> l.paneRefreshed(side, fresh, old.changedRanges(fresh)));
        if (fresh.find(selected.get(side)).isEmpty() && selected.containsKey(side)) {
            selected.remove(side);
            fire(l -> l.selectionChanged(side, Optional.empty(), false));
        } else if (selected.containsKey(side)) {
            Optional<Annotation> now = fresh.find(selected.get(side));
            fire(l -> l.selectionChanged(side, now, false));
        }
        if (linkStart != null && fresh.article().id() == linkStart.articleId()) {
            linkStart = fresh.find(linkStart.id()).orElse(null);
            Optional<Annotation> start = Optional.ofNullable(linkStart);
            fire(l -> l.linkStartChanged(start));
        }
        if (side == active) {
            fire(ReadingSessionListener::listChanged);
        }
    }

    public void close(Side side) {
        if (panes.remove(side) != null) {
            selected.remove(side);
            fire(l -> l.paneClosed(side));
            if (side == active) {
                fire(ReadingSessionListener::listChanged);
            }
        }
    }

    public Optional<PaneState> pane(Side side) {
        return Optional.ofNullable(panes.get(side));
    }

    /** The pane that shows an article, preferring the given side when both do. */
    public Optional<Side> sideShowing(long articleId, Side preferred) {
        for (Side side : List.of(preferred, preferred.other())) {
            PaneState state = panes.get(side);
            if (state != null && state.article().id() == articleId) {
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }

    /** The articles open in any pane. */
    public Set<Long> openArticleIds() {
        Set<Long> ids = new HashSet<>();
        panes.values().forEach(p -> ids.add(p.article().id()));
        return ids;
    }

    // ---- active pane ------------------------------------------------------------------

    public Side active() {
        return active;
    }

    public void activate(Side side) {
        if (side != active) {
            active = side;
            fire(l -> l.activeChanged(side));
            fire(ReadingSessionListener::listChanged);
        }
    }

    // ---- selection --------------------------------------------------------------------

    public Optional<Annotation> selected(Side side) {
        PaneState state = panes.get(side);
        return state == null ? Optional.empty() : state.find(selected.get(side));
    }

    public Optional<Annotation> selectedInActive() {
        return selected(active);
    }

    /**
     * Selects an annotation in a pane and makes that pane active. When the other pane
     * shows the other end of one of its links, that pane selects and reveals it too.
     * @return false when the pane does not hold the annotation
     */
    public boolean select(Side side, String id, boolean reveal) {
        PaneState state = panes.get(side);
        Optional<Annotation> annotation = state == null ? Optional.empty() : state.find(id);
        if (annotation.isEmpty()) {
            return false;
        }
        activate(side);
        selected.put(side, id);
        fire(l -> l.selectionChanged(side, annotation, reveal));
        followLinks(side, state, annotation.get());
        return true;
    }

    public void clearSelection(Side side) {
        if (selected.remove(side) != null) {
            fire(l -> l.selectionChanged(side, Optional.empty(), false));
        }
    }

    private void followLinks(Side side, PaneState state, Annotation annotation) {
        PaneState other = panes.get(side.other());
        if (other == null) {
            return;
        }
        for (AnnotationLink link : state.linksOf(annotation.id())) {
            Optional<Annotation> end = other.find(link.otherEnd(annotation.id()));
            if (end.isPresent()) {
                selected.put(side.other(), end.get().id());
                fire(l -> l.selectionChanged(side.other(), end, true));
                return;
            }
        }
    }

    // ---- the panel's list: filter and N/P order ---------------------------------------

    public AnnotationFilter filter() {
        return filter;
    }

    public void setFilter(AnnotationFilter newFilter) {
        if (!newFilter.equals(filter)) {
            filter = newFilter;
            fire(ReadingSessionListener::listChanged);
        }
    }

    /** The active pane's annotations that pass the filter, in reading order (what N and P step through). */
    public List<Annotation> visible() {
        PaneState state = panes.get(active);
        return state == null ? List.of() : state.annotations().stream().filter(filter).toList();
    }

    /** All annotations of the active pane, before the filter. */
    public List<Annotation> allInActive() {
        PaneState state = panes.get(active);
        return state == null ? List.of() : state.annotations();
    }

    /** Selects the next (+1) or previous (-1) visible annotation, wrapping around; reveals it. */
    public Optional<Annotation> step(int direction) {
        List<Annotation> visible = visible();
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        String current = selected.get(active);
        int index = -1;
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(current)) {
                index = i;
            }
        }
        int next = index < 0 ? (direction > 0 ? 0 : visible.size() - 1)
                : Math.floorMod(index + direction, visible.size());
        Annotation target = visible.get(next);
        select(active, target.id(), true);
        return Optional.of(target);
    }

    // ---- linking ----------------------------------------------------------------------

    /** Shift+L: remembers the active pane's selected annotation as one end of a link. */
    public Optional<Annotation> startLink() {
        Optional<Annotation> start = selectedInActive();
        start.ifPresent(a -> {
            linkStart = a;
            fire(l -> l.linkStartChanged(start));
        });
        return start;
    }

    public void cancelLink() {
        if (linkStart != null) {
            linkStart = null;
            fire(l -> l.linkStartChanged(Optional.empty()));
        }
    }

    public Optional<Annotation> linkStart() {
        return Optional.ofNullable(linkStart);
    }

    /**
     * The link that L would make: from the link start (or the other pane's selection) to
     * the active pane's selection. A source is always the target: "claim supported by
     * source", "quote quoted from source".
     */
    public Optional<LinkProposal> proposeLink() {
        Optional<Annotation> to = selectedInActive();
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Optional<Annotation> from = Optional.ofNullable(linkStart).filter(s -> !s.id().equals(to.get().id()));
        if (from.isEmpty()) {
            from = selected(active.other());
        }
        if (from.isEmpty() || from.get().id().equals(to.get().id())) {
            return Optional.empty();
        }
        AnnotationType fromType = typeOf(from.get().typeKey());
        AnnotationType toType = typeOf(to.get().typeKey());
        boolean swap = fromType.kind() == TypeKind.SOURCE && toType.kind() != TypeKind.SOURCE;
        return Optional.of(swap ? new LinkProposal(to.get(), toType, from.get(), fromType)
                : new LinkProposal(from.get(), fromType, to.get(), toType));
    }

    // ---- scheme and annotators --------------------------------------------------------

    public List<AnnotationType> types() {
        return types;
    }

    public void setTypes(List<AnnotationType> newTypes) {
        types = List.copyOf(newTypes);
        List<AnnotationType> now = types;
        fire(l -> l.schemeChanged(now));
        fire(ReadingSessionListener::listChanged);
    }

    /** The type of a key; a key the scheme no longer has shows as a grey generic type. */
    public AnnotationType typeOf(String key) {
        return types.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseGet(() -> new AnnotationType(key, key, "#999999", 99, TypeKind.GENERIC, false));
    }

    public List<String> annotators() {
        return annotators;
    }

    public void setAnnotators(List<String> names) {
        annotators = List.copyOf(names);
    }

    public Optional<String> annotator() {
        return Optional.ofNullable(annotator).filter(s -> !s.isBlank());
    }

    public void setAnnotator(String name) {
        annotator = name;
        fire(ReadingSessionListener::listChanged);
    }

    // ---- whose annotation -------------------------------------------------------------

    /**
     * Whether the user may change an annotation: their own, one without a creator, or one
     * they chose to "edit anyway". Groups and classes rely on layers staying each person's.
     */
    public boolean canEdit(Annotation a) {
        if (readOnly) {
            return false;
        }
        return a.creator().isBlank() || a.creator().equals(annotator) || editableAnyway.contains(a.id());
    }

    /** A database written by a newer Glossator: nothing in it may change. */
    public void setReadOnly(boolean value) {
        readOnly = value;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** "Edit anyway": the user takes responsibility for changing someone else's annotation. */
    public void allowEditing(String annotationId) {
        editableAnyway.add(annotationId);
        Side side = active;
        selected(side).filter(a -> a.id().equals(annotationId))
                .ifPresent(a -> fire(l -> l.selectionChanged(side, Optional.of(a), false)));
    }

    /** Ids of every annotation shown in either pane (for tests and diagnostics). */
    public List<String> shownIds() {
        List<String> ids = new ArrayList<>();
        panes.values().forEach(p -> p.annotations().forEach(a -> ids.add(a.id())));
        return ids;
    }
}
