package org.glossator.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.glossator.store.AnnotationRepository;
import org.glossator.store.ArticleRepository;
import org.glossator.store.CorpusSearch;
import org.glossator.store.SchemeRepository;
import org.glossator.store.Store;
import org.glossator.store.StoreException;

/**
 * The embedded store: one SQLite file in WAL mode with foreign keys on. One
 * connection serves the process; a lock serialises access so that background tasks
 * and the CLI can share it. Every repository call commits before it returns, so a
 * change the UI shows as saved survives the process being killed.
 */
public final class SqliteStore implements Store {
    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final SqliteArticleRepository articles;
    private final SqliteAnnotationRepository annotations;
    private final SqliteSchemeRepository scheme;
    private final SqliteCorpusSearch search;

    private SqliteStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.articles = new SqliteArticleRepository(this);
        this.annotations = new SqliteAnnotationRepository(this);
        this.scheme = new SqliteSchemeRepository(this);
        this.search = new SqliteCorpusSearch(this);
    }

    /** Opens (creating if needed) and migrates the database at {@code file}. */
    public static SqliteStore open(Path file) {
        return open(file, Migrations.LATEST);
    }

    /** Opens and migrates only up to {@code schemaVersion}; for migration tests. */
    static SqliteStore open(Path file, int schemaVersion) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database " + absolute + ": " + e.getMessage(), e);
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
            configure(connection);
            Migrations.migrate(connection, schemaVersion);
            return new SqliteStore(absolute, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(describeOpenFailure(absolute, e), e);
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            // The first real read: a file that is not a database fails here with SQLITE_NOTADB.
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA foreign_keys = ON");
            // FULL: each commit is on disk before the call returns, even across a power cut.
            st.execute("PRAGMA synchronous = FULL");
        }
    }

    private static String describeOpenFailure(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("NOTADB") || message.contains("not a database") || message.contains("CORRUPT")) {
            return "The file " + file + " is not a Glossator database or is damaged. "
                    + "Nothing was changed; open another file with --db, or move this one aside.";
        }
        return "Cannot open the database " + file + ": " + message;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already failing; the original error is the one worth reporting.
            }
        }
    }

    @Override
    public ArticleRepository articles() {
        return articles;
    }

    @Override
    public AnnotationRepository annotations() {
        return annotations;
    }

    @Override
    public SchemeRepository scheme() {
        return scheme;
    }

    @Override
    public CorpusSearch search() {
        return search;
    }

    @Override
    public String location() {
        return file.toString();
    }

    public Path file() {
        return file;
    }

    int schemaVersion() {
        return call(Migrations::currentVersion);
    }

    /** Work against the connection that may throw SQLException. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} atomically: joins an open transaction or makes its own. */
    <T> T call(SqlWork<T> work) {
        return inTransaction(() -> {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException("Database error: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (!connection.getAutoCommit()) {
                return work.get(); // nested: the outermost transaction commits
            }
            connection.setAutoCommit(false);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs SQLite's own consistency check; "ok" when the file is sound. */
    public String integrityCheck() {
        return call(c -> Sql.one(c, "PRAGMA integrity_check", rs -> rs.getString(1)).orElse("no answer"));
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Closing the database failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
