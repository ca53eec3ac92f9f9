package org.glossator.ui.annotate;

import java.util.List;
import java.util.Optional;
import org.glossator.domain.Annotation;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.model.ReadingSession;
import org.glossator.ui.model.ReadingSessionListener;
import org.glossator.ui.model.Side;
import org.glossator.ui.reader.ReaderPane;

/** Keeps one reader pane drawing what the session holds for its side. */
final class ReaderBinding implements ReadingSessionListener {
    private final Side side;
    private final ReaderPane pane;

    ReaderBinding(ReadingSession session, Side side, ReaderPane pane) {
        this.side = side;
        this.pane = pane;
        session.addListener(this);
    }

    @Override
    public void paneShown(Side s, PaneState state) {
        if (s == side) {
            pane.show(state.article(), state.marks());
        }
    }

    @Override
    public void paneRefreshed(Side s, PaneState fresh, List<int[]> changedRanges) {
        if (s == side) {
            pane.showDetails(fresh.article());
            pane.updateMarks(fresh.marks(), changedRanges);
        }
    }

    @Override
    public void paneClosed(Side s) {
        if (s == side) {
            pane.clear();
        }
    }

    @Override
    public void activeChanged(Side active) {
        pane.setActive(active == side);
    }

    @Override
    public void selectionChanged(Side s, Optional<Annotation> selected, boolean reveal) {
        if (s != side) {
            return;
        }
        String id = selected.map(Annotation::id).orElse(null);
        if (!java.util.Objects.equals(id, pane.selectedId())) {
            pane.select(id);
        }
        if (reveal && id != null) {
            pane.reveal(id);
        }
    }
}
