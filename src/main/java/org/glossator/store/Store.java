package org.glossator.store;

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

    /** Full-text search over every article. */
    CorpusSearch search();

    /** Runs work in one transaction; any exception rolls every change back. */
    <T> T inTransaction(Supplier<T> work);

    /** Human-readable location, e.g. the database file path. */
    String location();

    @Override
    void close();
}
