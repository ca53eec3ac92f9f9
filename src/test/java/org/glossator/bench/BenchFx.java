package org.glossator.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;

/** The JavaFX toolkit for the benchmarks that measure real views (headless Monocle in the bench profile). */
final class BenchFx {
    private BenchFx() {
    }

    /** Starts the toolkit, or joins it when an earlier benchmark in this JVM did; it stays up for the next. */
    static void start() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get();
        Platform.setImplicitExit(false);
    }

    /** Runs work on the JavaFX Application Thread and waits for its result (or its failure). */
    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get();
    }
}
