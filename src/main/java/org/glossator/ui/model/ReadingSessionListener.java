package org.glossator.ui.model;

import java.util.List;
import java.util.Optional;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;

/** What views hear from a {@link ReadingSession}; every method has a do-nothing default. */
public interface ReadingSessionListener {
    /** A pane shows a (new or re-read) article; its selection is cleared. */
    default void paneShown(Side side, PaneState state) {
    }

    /** The same article's annotations or links changed; only the given char ranges need restyling. */
    default void paneRefreshed(Side side, PaneState fresh, List<int[]> changedRanges) {
    }

    default void paneClosed(Side side) {
    }

    default void activeChanged(Side active) {
    }

    /** The selected annotation of a pane changed; {@code reveal} asks to scroll it into view. */
    default void selectionChanged(Side side, Optional<Annotation> selected, boolean reveal) {
    }

    /** The rows the panel lists (the active pane's annotations through the filter) changed. */
    default void listChanged() {
    }

    default void linkStartChanged(Optional<Annotation> start) {
    }

    default void schemeChanged(List<AnnotationType> types) {
    }
}
