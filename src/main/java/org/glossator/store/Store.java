package org.glossator.store;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One open annotation store (a SQLite file today; a shared PostgreSQL store later).
 * Repository calls are each atomic; {@link #inTransaction} groups several into one
 * unit of work that commits together or not at all (imports, multi-step edits).
 */
public interface Store extends AutoCloseable {

    ArticleRepository articles();

    AnnotationRepository annotations();

    SchemeRepository scheme();

    /** Reading packs opened into this store and their collected hand-ins. */
    PackRepository packs();

    /** Full-text search over every article. */
    CorpusSearch search();

    /** Reports annotations written by others while articles are open; {@link ChangeFeed#NONE} by default. */
    default ChangeFeed changes() {
        return ChangeFeed.NONE;
    }

    /** Runs work in one transaction; any exception rolls every change back. */
    <T> T inTransaction(Supplier<T> work);

    /** Human-readable location, e.g. the database file path. */
    String location();

    /**
     * True when the store was opened read-only (the file was written by a newer Glossator,
     * see {@link #readOnlyReason()}); every write then fails with a {@link StoreException}.
     */
    boolean isReadOnly();

    /** Why the store is read-only, in words fit for a banner; empty when it is writable. */
    String readOnlyReason();

    /** Writes a consistent copy of the whole database to {@code target} (which must not exist). */
    void backupTo(Path target);

    /**
     * Replaces the whole content of this store with that of the database file {@code source}
     * (checked to be a Glossator database first), migrating it if it is older. The store stays
     * open; everything read from it before is stale.
     */
    void restoreFrom(Path source);

    /** Reads another database file of this kind without changing it: version and counts. */
    DatabaseSummary describe(Path databaseFile);

    @Override
    void close();
}
