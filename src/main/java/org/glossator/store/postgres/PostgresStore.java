package org.glossator.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.glossator.store.ChangeFeed;
import org.glossator.store.CorpusSearch;
import org.glossator.store.DatabaseSummary;
import org.glossator.store.StoreException;
import org.glossator.store.jdbc.Dialect;
import org.glossator.store.jdbc.Jdbc;
import org.glossator.store.jdbc.JdbcStore;

/**
 * The shared store: one PostgreSQL database that many Glossators use at once, through a
 * HikariCP pool. The schema is migrated by Flyway ({@code db/postgresql}) when the store opens;
 * Flyway's advisory lock lets two clients start together. A transaction is bound to the thread
 * that opened it, so repository calls inside {@link #inTransaction} join it, as on SQLite.
 */
public final class PostgresStore extends JdbcStore {
    /** Flyway reports every step at INFO on the console; the command line's output is for the user. Held: JUL keeps loggers weakly. */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet(java.util.logging.Logger.getLogger("org.flywaydb"));
    static final String NOT_A_FILE = "not available on a shared store; use `glossator pull` to copy it into a file";

    private final PostgresTarget target;
    private final HikariDataSource pool;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    private final PostgresCorpusSearch search;
    private final PostgresChangeFeed changes;
    private final String user;

    private PostgresStore(PostgresTarget target, HikariDataSource pool, String password) {
        this.target = target;
        this.pool = pool;
        this.search = new PostgresCorpusSearch(this);
        this.user = call(c -> Jdbc.one(c, "SELECT current_user", rs -> rs.getString(1)).orElse("you"));
        this.changes = new PostgresChangeFeed(() -> {
            java.util.Properties properties = new java.util.Properties();
            if (password != null && !password.isEmpty()) {
                properties.setProperty("password", password);
            }
            properties.setProperty("ApplicationName", "Glossator changes");
            return java.sql.DriverManager.getConnection(target.jdbcUrl(), properties);
        });
    }

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** Connects with the password from {@code PGPASSWORD}, if set (else {@code ~/.pgpass}). */
    public static PostgresStore open(PostgresTarget target) {
        return open(target, System.getenv("PGPASSWORD"));
    }

    /** Connects, then brings the schema up to date. */
    public static PostgresStore open(PostgresTarget target, String password) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(target, password));
        } catch (RuntimeException e) {
            throw new StoreException("Cannot connect to " + target.display() + ": " + rootMessage(e), e);
        }
        try {
            migrate(target, password);
            return new PostgresStore(target, pool, password);
        } catch (RuntimeException e) {
            pool.close();
            throw e instanceof StoreException se ? se
                    : new StoreException("Cannot prepare the database " + target.display() + ": " + rootMessage(e), e);
        }
    }

    private static HikariConfig poolConfig(PostgresTarget target, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setPoolName("glossator-" + target.display());
        // A desktop client needs few connections; 100 clients with 4 each stay within max_connections = 500.
        config.setMaximumPoolSize(Integer.getInteger("glossator.pg.pool", 4));
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "Glossator");
        return config;
    }

    /** Flyway on connections of its own: it needs two at once, and the pool may have only one. */
    private static void migrate(PostgresTarget target, String password) {
        try {
            Flyway.configure()
                    .dataSource(target.jdbcUrl(), target.user().orElse(null), password)
                    .locations("classpath:db/postgresql")
                    .javaMigrations(new DefaultSchemeMigration())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("The database schema could not be brought up to date: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    @Override
    public CorpusSearch search() {
        return search;
    }

    /** Others' writes, announced by the server (LISTEN/NOTIFY), within milliseconds of their commit. */
    @Override
    public ChangeFeed changes() {
        return changes;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public <T> T call(Jdbc.SqlWork<T> work) {
        return inTransaction(() -> {
            try {
                return work.run(transaction.get());
            } catch (SQLException e) {
                throw failure(e);
            }
        });
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transaction.get() != null) {
            return work.get(); // nested: the outermost transaction commits
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            transaction.set(connection);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection);
                throw e;
            } finally {
                transaction.remove();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the pool discards it and the original error is reported.
        }
    }

    /** A failed statement as a sentence: refusals by the server's rights say so. */
    StoreException failure(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String message = String.valueOf(e.getMessage());
        if (state.equals("42501")) {
            return new StoreException("Nothing was changed: the shared store does not allow this to "
                    + user + " (" + message + ")", e);
        }
        if (state.startsWith("08")) {
            return new StoreException("Nothing was changed: the connection to " + target.display()
                    + " was lost (" + message + "). Try again when the server can be reached.", e);
        }
        return new StoreException("Database error: " + message, e);
    }

    /**
     * Creates the group roles (owner, annotator, reader) and the row-level security that lets
     * an annotator write only their own annotations, a reader nothing, and keeps a class's layers
     * blind until revealed ({@code db/postgresql-group/group-roles.sql}). Idempotent; needs a
     * user that owns the tables and may create roles.
     */
    public void installGroupRights() {
        String script;
        try (var in = PostgresStore.class.getResourceAsStream("/db/postgresql-group/group-roles.sql")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new StoreException("The group rights script is missing from this Glossator.", e);
        }
        call(c -> {
            try (var st = c.createStatement()) {
                st.execute(script); // our own fixed script, no user input: nothing to bind
            }
            return null;
        });
    }

    /** The database user this store connects as: the annotator's name by default on a shared store. */
    public String databaseUser() {
        return user;
    }

    public PostgresTarget target() {
        return target;
    }

    @Override
    public String location() {
        return target.display();
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String readOnlyReason() {
        return "";
    }

    /** Backups are the file store's: a shared store is backed up by its server (pg_dump), or pulled into a file. */
    @Override
    public void backupTo(Path target) {
        throw new StoreException("Backup is " + NOT_A_FILE + ".");
    }

    @Override
    public void restoreFrom(Path source) {
        throw new StoreException("Restore is " + NOT_A_FILE + " (and `glossator push` to copy a file in).");
    }

    @Override
    public DatabaseSummary describe(Path databaseFile) {
        throw new StoreException("Describing backup files is " + NOT_A_FILE + ".");
    }

    @Override
    public void close() {
        changes.close();
        pool.close();
    }
}
