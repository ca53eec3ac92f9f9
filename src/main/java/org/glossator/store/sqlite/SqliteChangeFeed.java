package org.glossator.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossator.store.jdbc.Jdbc;
import org.glossator.store.AnnotationChange;
import org.glossator.store.ChangeFeed;

/**
 * Changes by other programs on the same SQLite file (two windows, the CLI while the app is
 * open). SQLite has no notifications across processes, so a read-only connection of its own
 * checks {@code PRAGMA data_version} a few times a second (a cheap counter that moves when
 * another connection commits) and, when it moved, compares the (id, version) pairs of the
 * watched articles with what it saw before.
 */
final class SqliteChangeFeed implements ChangeFeed, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SqliteChangeFeed.class.getName());
    static final long PERIOD_MS = 250;

    private final Path file;
    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService timer;
    private Connection connection;
    private long dataVersion = Long.MIN_VALUE;

    SqliteChangeFeed(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Subscription watch(Supplier<Set<Long>> articleIds, Consumer<List<AnnotationChange>> listener) {
        Watch watch = new Watch(articleIds, listener);
        watches.add(watch);
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "glossator-change-feed");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::check, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
        return () -> {
            // Checks hold this lock, so once close returns no delivery is under way or to come.
            synchronized (this) {
                watches.remove(watch);
            }
        };
    }

    private synchronized void check() {
        try {
            if (connection == null) {
                connection = DatabaseIdentity.openReadOnly(file);
            }
            long now = Jdbc.count(connection, "PRAGMA data_version");
            boolean moved = now != dataVersion;
            dataVersion = now;
            for (Watch watch : watches) {
                watch.check(connection, moved);
            }
        } catch (SQLException | RuntimeException e) {
            // A busy or vanished file must not end the feed: the next check tries again.
            LOG.log(Level.FINE, "checking for changes by others failed", e);
        }
    }

    @Override
    public synchronized void close() {
        watches.clear();
        if (timer != null) {
            timer.shutdownNow();
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "closing the change feed's connection failed", e);
            }
        }
    }

    /** One subscriber: the versions it last saw per watched article. */
    private static final class Watch {
        private final Supplier<Set<Long>> articleIds;
        private final Consumer<List<AnnotationChange>> listener;
        private final Map<Long, Map<String, Long>> seen = new HashMap<>();

        Watch(Supplier<Set<Long>> articleIds, Consumer<List<AnnotationChange>> listener) {
            this.articleIds = articleIds;
            this.listener = listener;
        }

        void check(Connection c, boolean moved) throws SQLException {
            Set<Long> watched = Set.copyOf(articleIds.get());
            seen.keySet().retainAll(watched);
            List<AnnotationChange> changes = new ArrayList<>();
            for (long article : watched) {
                Map<String, Long> before = seen.get(article);
                if (before == null || moved) {
                    Map<String, Long> now = versions(c, article);
                    if (before != null) {
                        compare(article, before, now, changes);
                    }
                    seen.put(article, now);
                }
            }
            if (!changes.isEmpty()) {
                listener.accept(List.copyOf(changes));
            }
        }

        private static Map<String, Long> versions(Connection c, long article) throws SQLException {
            Map<String, Long> versions = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, version FROM annotation WHERE article_id = ?")) {
                ps.setLong(1, article);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        versions.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return versions;
        }

        private static void compare(long article, Map<String, Long> before, Map<String, Long> now,
                                    List<AnnotationChange> changes) {
            now.forEach((id, version) -> {
                Long old = before.get(id);
                if (old == null) {
                    changes.add(new AnnotationChange(AnnotationChange.Kind.CREATED, id, article, version));
                } else if (!old.equals(version)) {
                    changes.add(new AnnotationChange(AnnotationChange.Kind.CHANGED, id, article, version));
                }
            });
            before.keySet().stream().filter(id -> !now.containsKey(id))
                    .forEach(id -> changes.add(new AnnotationChange(AnnotationChange.Kind.DELETED, id, article, 0)));
        }
    }
}
