package org.glossator.ui.main;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.model.ReadingSession;
import org.glossator.ui.model.ReadingSessionListener;
import org.glossator.ui.model.Side;

/**
 * Saves the window layout (open articles, active pane, reading positions, sizes) a moment after
 * the reader stops changing it, not only when the window closes: after a crash, a killed process
 * or a power cut the app still reopens what was being read, where it was read.
 */
final class LayoutAutosave {
    /** Long enough that scrolling through an article writes the file once, not at every frame. */
    static final Duration QUIET = Duration.seconds(2);

    private final PauseTransition timer = new PauseTransition(QUIET);
    private final ObservableBooleanValue windowShown;

    /** Saves while {@code windowShown}; closing the window saves on its own and stops this. */
    LayoutAutosave(ReadingSession session, Runnable save, List<? extends Observable> watched,
                   ObservableBooleanValue windowShown) {
        this.windowShown = windowShown;
        timer.setOnFinished(e -> {
            if (windowShown.get()) {
                save.run();
            }
        });
        windowShown.addListener((obs, was, shown) -> {
            if (!shown) {
                timer.stop();
            }
        });
        session.addListener(new ReadingSessionListener() {
            @Override
            public void paneShown(Side side, PaneState state) {
                changed();
            }

            @Override
            public void paneClosed(Side side) {
                changed();
            }

            @Override
            public void activeChanged(Side active) {
                changed();
            }
        });
        for (Observable observable : watched) {
            observable.addListener(o -> changed());
        }
    }

    /** Starts the quiet period again: the save runs once nothing has changed for {@link #QUIET}. */
    void changed() {
        if (windowShown.get()) {
            timer.playFromStart();
        }
    }
}
