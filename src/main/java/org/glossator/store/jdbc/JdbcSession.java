package org.glossator.store.jdbc;

/**
 * How a repository reaches its database: {@link #call} runs the work atomically, joining the
 * transaction the calling thread has open or making its own, and turns SQL failures into
 * {@link org.glossator.store.StoreException}s fit to show a user.
 */
public interface JdbcSession {

    <T> T call(Jdbc.SqlWork<T> work);

    /** What differs in the SQL of this store. */
    Dialect dialect();
}
