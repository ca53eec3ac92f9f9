package org.glossator.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL per test JVM (started on first use, stopped at exit): each test
 * class asks for a fresh database of its own, so classes stay independent and the server
 * starts once.
 */
public final class SharedPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Room for the load benchmark: 100 clients, each a pooled and a listening connection.
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the data directory is temporary anyway.
                }
            }));
        }
        return server;
    }

    private static boolean templateReady;

    /**
     * A new database with Glossator's schema already in it: copied from a template migrated
     * once per JVM, which is much faster than migrating each one.
     */
    public static synchronized String migratedDatabase(String prefix) {
        if (!templateReady) {
            String template = freshDatabase("glossator_template");
            PostgresStore.open(PostgresTarget.parse(template), null).close();
            exec("ALTER DATABASE " + databaseName(template) + " RENAME TO glossator_template");
            templateReady = true;
        }
        String name = name(prefix);
        exec("CREATE DATABASE " + name + " TEMPLATE glossator_template");
        return server().getJdbcUrl("postgres", name);
    }

    private static String databaseName(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String name(String prefix) {
        return prefix.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_"
                + DATABASES.incrementAndGet();
    }

    /** Runs one administrative statement as the superuser (statements built from [a-z0-9_] names only). */
    public static void exec(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    /** Creates an empty database and returns its JDBC URL (superuser "postgres", no password). */
    public static String freshDatabase(String prefix) {
        String name = name(prefix);
        // CREATE DATABASE takes no parameters; the name is built from [a-z0-9_] only. A UTF-8
        // LC_CTYPE, as README asks of a server's database: search tells letters by it.
        exec("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'");
        return server().getJdbcUrl("postgres", name);
    }
}
