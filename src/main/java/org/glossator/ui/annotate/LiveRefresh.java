package org.glossator.ui.annotate;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.glossator.domain.Annotation;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.model.ReadingSession;
import org.glossator.ui.model.ReadingSessionListener;
import org.glossator.ui.model.Side;
import org.glossator.workspace.LiveUpdates;

/**
 * Shows others' new, changed and deleted annotations in the open panes within a second,
 * through the same refresh an own edit takes: selection and scroll position stay, and an
 * annotation being edited keeps the user's unsaved text (its save then meets the conflict).
 */
final class LiveRefresh implements ReadingSessionListener {
    /** What the panes show, for the feed's thread: replaced whole on the FX thread, never changed. */
    private volatile Map<Side, PaneState> shown = Map.of();

    LiveRefresh(ReadingSession session, LiveUpdates live, Consumer<Set<Long>> reload) {
        session.addListener(this);
        live.follow(this::openArticles, this::versionShown,
                stale -> Platform.runLater(() -> reload.accept(stale)));
    }

    private Set<Long> openArticles() {
        Set<Long> ids = new HashSet<>();
        shown.values().forEach(p -> ids.add(p.article().id()));
        return ids;
    }

    private long versionShown(long articleId, String annotationId) {
        for (PaneState pane : shown.values()) {
            if (pane.article().id() == articleId) {
                return pane.find(annotationId).map(Annotation::version).orElse(0L);
            }
        }
        return 0;
    }

    private void put(Side side, PaneState state) {
        Map<Side, PaneState> next = new EnumMap<>(Side.class);
        next.putAll(shown);
        if (state == null) {
            next.remove(side);
        } else {
            next.put(side, state);
        }
        shown = Map.copyOf(next);
    }

    @Override
    public void paneShown(Side side, PaneState state) {
        put(side, state);
    }

    @Override
    public void paneRefreshed(Side side, PaneState fresh, List<int[]> changedRanges) {
        put(side, fresh);
    }

    @Override
    public void paneClosed(Side side) {
        put(side, null);
    }
}
