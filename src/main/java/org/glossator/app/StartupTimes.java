package org.glossator.app;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Writes how long start-up took to the log (INFO, so also on stderr): "first frame shown
 * after N ms" and "corpus list filled after N ms", counted from the start of the JVM. Users
 * can see why a start felt slow; StartupBenchmark reads these lines from the app it starts.
 */
final class StartupTimes {
    private static final Logger LOG = Logger.getLogger(StartupTimes.class.getName());

    private StartupTimes() {
    }

    static void log(String moment) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info(() -> moment + " after " + ms + " ms");
    }

    /** Logs once, when the scene has been laid out for its first frame. */
    static void logFirstFrame(Scene scene) {
        boolean[] done = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!done[0]) {
                done[0] = true;
                log("first frame shown");
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
