package org.glossator.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.glossator.store.BeforeMigration;
import org.glossator.store.ChangeFeed;
import org.glossator.store.DatabaseSummary;
import org.glossator.store.CorpusSearch;
import org.glossator.store.StoreException;
import org.glossator.store.jdbc.Dialect;
import org.glossator.store.jdbc.Jdbc;
import org.glossator.store.jdbc.JdbcStore;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * The embedded store: one SQLite file in WAL mode with foreign keys on. One
 * connection serves the process; a lock serialises access so that background tasks
 * and the CLI can share it. Every repository call commits before it returns, so a
 * change the UI shows as saved survives the process being killed.
 */
public final class SqliteStore extends JdbcStore {
    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Path file;
    private final Connection connection;
    private final String readOnlyReason;
    private final ReentrantLock lock = new ReentrantLock();
    private final SqliteCorpusSearch search;
    /** Started by the first window that watches for others' changes; CLI runs never start it. */
    private SqliteChangeFeed changes;

    private SqliteStore(Path file, Connection connection, String readOnlyReason) {
        this.file = file;
        this.connection = connection;
        this.readOnlyReason = readOnlyReason;
        this.search = new SqliteCorpusSearch(this);
    }

    /** Opens (creating if needed) and migrates the database at {@code file}. */
    public static SqliteStore open(Path file) {
        return open(file, BeforeMigration.NOTHING);
    }

    /** Opens the database at {@code file}, calling {@code beforeMigration} before any schema change. */
    public static SqliteStore open(Path file, BeforeMigration beforeMigration) {
        return open(file, Migrations.LATEST, beforeMigration);
    }

    /** Opens and migrates only up to {@code schemaVersion}; for migration tests. */
    static SqliteStore open(Path file, int schemaVersion) {
        return open(file, schemaVersion, BeforeMigration.NOTHING);
    }

    /**
     * Identity first: nothing is written (not even {@code journal_mode}) until the file is
     * known to be a Glossator database, or new. A newer database is opened read-only.
     */
    private static SqliteStore open(Path file, int schemaVersion, BeforeMigration beforeMigration) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database " + absolute + ": " + e.getMessage(), e);
        }
        DatabaseIdentity.Verdict identity = DatabaseIdentity.inspect(absolute, Migrations.LATEST);
        if (identity.kind() == DatabaseIdentity.Kind.NEWER) {
            return openReadOnly(absolute, identity.userVersion());
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, writableConfig().toProperties());
            configure(connection);
            SqliteStore store = new SqliteStore(absolute, connection, "");
            int version = Migrations.currentVersion(connection);
            if (version > 0 && version < schemaVersion) {
                beforeMigration.aboutToMigrate(store, version, schemaVersion);
            }
            stamp(connection);
            Migrations.migrate(connection, schemaVersion);
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(describeOpenFailure(absolute, e), e);
        }
    }

    private static SqliteStore openReadOnly(Path file, int version) {
        String reason = "This database was written by a newer Glossator (schema " + version + "; this one knows up to "
                + Migrations.LATEST + "). It is open read-only: you can read it, but nothing can be changed. "
                + "Update Glossator to edit it.";
        Connection connection = null;
        try {
            connection = DatabaseIdentity.openReadOnly(file);
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA query_only = 1"); // a second guard, should the open flag ever be lost
                st.execute("PRAGMA foreign_keys = ON");
            }
            return new SqliteStore(file, connection, reason);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(describeOpenFailure(file, e), e);
        }
    }

    /** IMMEDIATE: a transaction takes the write lock at BEGIN and waits (busy timeout) for another process. */
    private static SQLiteConfig writableConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config;
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA foreign_keys = ON");
            // FULL: each commit is on disk before the call returns, even across a power cut.
            st.execute("PRAGMA synchronous = FULL");
            // 32 MB of page cache (default 2 MB): annotation ids are random UUIDs, so a large import
            // inserts all over the id index; with the small cache most pages were written out and read
            // back during the transaction (100,000 inserts: 5 s -> 2 s CPU). Allocated only as used.
            st.execute("PRAGMA cache_size = -32768");
        }
    }

    /** Marks the file as Glossator's (new databases, and those made before the id existed). */
    private static void stamp(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            if (Jdbc.count(connection, "PRAGMA application_id") != DatabaseIdentity.APPLICATION_ID) {
                // PRAGMA cannot take a bound parameter; the value is our own constant.
                st.execute("PRAGMA application_id = " + DatabaseIdentity.APPLICATION_ID);
            }
        }
    }

    private static String describeOpenFailure(Path file, Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("NOTADB") || message.contains("not a database") || message.contains("CORRUPT")) {
            return "The file " + file + " is not a Glossator database or is damaged. "
                    + "Nothing was changed; open another file with --db, or move this one aside.";
        }
        if (message.contains("BUSY") || message.contains("locked")) {
            return "The database " + file + " is busy: another program holds it locked. Try again in a moment.";
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
    public CorpusSearch search() {
        return search;
    }

    @Override
    public synchronized ChangeFeed changes() {
        if (changes == null) {
            changes = new SqliteChangeFeed(file);
        }
        return changes;
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

    /** Runs {@code work} atomically: joins an open transaction or makes its own. */
    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public <T> T call(Jdbc.SqlWork<T> work) {
        return inTransaction(() -> {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw failure(e);
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
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /** A failed statement as a message for the user; writes to a read-only store say why they cannot be. */
    private StoreException failure(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (isReadOnly() && (message.contains("READONLY") || message.contains("readonly"))) {
            return new StoreException("Nothing was changed: " + readOnlyReason, e);
        }
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return new StoreException("Nothing was changed: the database is busy (another Glossator may be writing "
                    + "to it). Try again in a moment.", e);
        }
        return new StoreException("Database error: " + message, e);
    }

    @Override
    public boolean isReadOnly() {
        return !readOnlyReason.isEmpty();
    }

    @Override
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /**
     * {@code VACUUM INTO} a temporary name, flushed to disk, then renamed: a backup that is
     * listed is always complete. It reads one consistent snapshot while others may write.
     */
    @Override
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StoreException("A backup named " + absolute + " already exists.");
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        lock.lock();
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(partial);
            try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, partial.toString());
                ps.execute();
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new StoreException("The backup to " + absolute + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException("The backup to " + absolute + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** SQLite's online backup API, run from the backup into this open connection, then migrations. */
    @Override
    public void restoreFrom(Path source) {
        if (isReadOnly()) {
            throw new StoreException("Nothing was restored: " + readOnlyReason);
        }
        Path absolute = source.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new StoreException("There is no backup file " + absolute + ".");
        }
        DatabaseIdentity.Verdict identity = DatabaseIdentity.inspect(absolute, Migrations.LATEST);
        if (identity.kind() == DatabaseIdentity.Kind.NEWER) {
            throw new StoreException("The backup " + absolute + " was written by a newer Glossator (schema "
                    + identity.userVersion() + "); this one cannot restore it.");
        }
        lock.lock();
        try {
            SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
            int rc = sqlite.getDatabase().restore("main", absolute.toString(), null);
            if (rc != 0) {
                throw new StoreException("Restoring " + absolute + " failed (SQLite code " + rc
                        + "); the database was not changed.");
            }
            configure(connection);
            stamp(connection);
            Migrations.migrate(connection, Migrations.LATEST);
        } catch (SQLException e) {
            throw new StoreException("Restoring " + absolute + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public DatabaseSummary describe(Path databaseFile) {
        Path absolute = databaseFile.toAbsolutePath();
        DatabaseIdentity.Verdict identity = DatabaseIdentity.inspect(absolute, Migrations.LATEST);
        if (identity.kind() == DatabaseIdentity.Kind.NEW) {
            return new DatabaseSummary(0, 0, 0);
        }
        try (Connection c = DatabaseIdentity.openReadOnly(absolute)) {
            long articleCount = Jdbc.count(c, "SELECT count(*) FROM article");
            long annotationCount = identity.userVersion() >= 2 ? Jdbc.count(c, "SELECT count(*) FROM annotation") : 0;
            return new DatabaseSummary(identity.userVersion(), articleCount, annotationCount);
        } catch (SQLException e) {
            throw new StoreException("Cannot read " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only a leftover temporary file; the failure itself is what gets reported.
        }
    }

    /** Runs SQLite's own consistency check; "ok" when the file is sound. */
    public String integrityCheck() {
        return call(c -> Jdbc.one(c, "PRAGMA integrity_check", rs -> rs.getString(1)).orElse("no answer"));
    }

    @Override
    public void close() {
        synchronized (this) {
            if (changes != null) {
                changes.close();
            }
        }
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
