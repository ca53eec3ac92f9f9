package org.glossator.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossator.store.AnnotationChange;
import org.glossator.store.ChangeFeed;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Others' annotation writes, as the server announces them (trigger {@code annotation_changed},
 * channel {@value #CHANNEL}, see migration V3). One connection of its own, outside the pool,
 * LISTENs from the first {@link #watch} on; a daemon thread waits for notifications and hands
 * each subscriber, in one batch, those about the articles it watches. A lost connection is
 * opened again after a pause; what was announced meanwhile is missed, as a reopened window
 * would read it anyway.
 */
final class PostgresChangeFeed implements ChangeFeed {
    static final String CHANNEL = "glossator_annotation";
    private static final Logger LOG = Logger.getLogger(PostgresChangeFeed.class.getName());
    private static final int WAIT_MS = 250;
    private static final long RECONNECT_PAUSE_MS = 1000;

    /** Opens a connection that is not the pool's: LISTEN belongs to one session for good. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource connections;
    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private Thread listener;
    private volatile boolean closed;

    PostgresChangeFeed(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public Subscription watch(Supplier<Set<Long>> articleIds, Consumer<List<AnnotationChange>> listener) {
        Watch watch = new Watch(articleIds, listener);
        watches.add(watch);
        startListening();
        return () -> {
            watches.remove(watch);
            watch.close();
        };
    }

    private synchronized void startListening() {
        if (listener == null && !closed) {
            listener = new Thread(this::listen, "glossator-pg-changes");
            listener.setDaemon(true);
            listener.start();
        }
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = connections.open()) {
                try (Statement st = connection.createStatement()) {
                    st.execute("LISTEN " + CHANNEL); // a constant channel name; LISTEN takes no parameter
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    if (notifications != null && notifications.length > 0) {
                        deliver(parse(notifications));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "Listening for others' changes failed; trying again", e);
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<AnnotationChange> parse(PGNotification[] notifications) {
        List<AnnotationChange> changes = new ArrayList<>(notifications.length);
        for (PGNotification n : notifications) {
            String[] parts = n.getParameter().split("\\|", 4);
            if (parts.length == 4) {
                try {
                    changes.add(new AnnotationChange(AnnotationChange.Kind.valueOf(parts[0]), parts[3],
                            Long.parseLong(parts[1]), Long.parseLong(parts[2])));
                } catch (IllegalArgumentException unknown) {
                    LOG.fine(() -> "Ignored a notification: " + n.getParameter()); // from a newer Glossator
                }
            }
        }
        return changes;
    }

    private void deliver(List<AnnotationChange> changes) {
        for (Watch watch : watches) {
            watch.offer(changes);
        }
    }

    void close() {
        closed = true;
        Thread running;
        synchronized (this) {
            running = listener;
        }
        if (running != null) {
            try {
                running.join(WAIT_MS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One subscriber: its articles and its listener, which is never called after close. */
    private static final class Watch {
        private final Supplier<Set<Long>> articleIds;
        private final Consumer<List<AnnotationChange>> listener;
        private boolean closed;

        Watch(Supplier<Set<Long>> articleIds, Consumer<List<AnnotationChange>> listener) {
            this.articleIds = articleIds;
            this.listener = listener;
        }

        synchronized void offer(List<AnnotationChange> changes) {
            if (closed) {
                return;
            }
            Set<Long> watched = articleIds.get();
            List<AnnotationChange> mine = changes.stream().filter(c -> watched.contains(c.articleId())).toList();
            if (!mine.isEmpty()) {
                try {
                    listener.accept(mine);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A change listener failed", e);
                }
            }
        }

        synchronized void close() {
            closed = true;
        }
    }
}
