package org.glossator.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.glossator.domain.Progress;

/**
 * Runs all database, file and export work off the JavaFX Application Thread, one
 * task at a time (SQLite serialises writes anyway, and ordering keeps undo simple).
 * The task in progress is observable so the status bar can show and cancel it.
 */
public final class TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glossator-worker");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<Task<?>> current = new SimpleObjectProperty<>();
    private final Consumer<Throwable> errorHandler;

    public TaskRunner(Consumer<Throwable> errorHandler) {
        this.errorHandler = errorHandler;
    }

    /** Where failures nobody handled go: logged and shown in plain words. */
    public void reportFailure(Throwable failure) {
        errorHandler.accept(failure);
    }

    public ObjectProperty<Task<?>> currentProperty() {
        return current;
    }

    /** Quick work (a few ms): result delivered on the FX thread, failures to the error handler. */
    public <T> Task<T> run(Supplier<T> work, Consumer<T> onSuccess) {
        return run(work, onSuccess, errorHandler);
    }

    /** As {@link #run(Supplier, Consumer)}, with failures the caller knows how to handle going to {@code onFailure}. */
    public <T> Task<T> run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        }, onSuccess, onFailure);
    }

    /**
     * Housekeeping the user did not ask for (saving the layout as they read): on the same worker,
     * so it queues behind their work, but never shown in the status bar, and failures go to
     * {@code onFailure} only.
     */
    public void runUnseen(Runnable work, Consumer<Throwable> onFailure) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                work.run();
                return null;
            }
        };
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException shutDown) {
            // The app is stopping: what is left to save was queued before the worker was shut down.
        }
    }

    /** Long work with progress and cancellation, shown in the status bar. */
    public <T> Task<T> runLong(String title, java.util.function.Function<Progress, T> work, Consumer<T> onSuccess) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                updateTitle(title);
                return work.apply(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        updateProgress(done, total);
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        return submit(task, onSuccess, errorHandler);
    }

    private <T> Task<T> submit(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        task.setOnSucceeded(e -> {
            clear(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            clear(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> clear(task));
        task.setOnRunning(e -> current.set(task));
        executor.execute(task);
        return task;
    }

    private void clear(Task<?> task) {
        if (current.get() == task) {
            current.set(null);
        }
    }

    /** Waits for queued work (saves at exit), then stops the worker. */
    public void shutdown() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
