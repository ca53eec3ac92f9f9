package org.glossator.store.jdbc;

/**
 * The little that differs between the SQL of the stores; everything else the shared
 * repositories write is the same in SQLite (3.35 and later: {@code ON CONFLICT … DO UPDATE},
 * {@code RETURNING}) and PostgreSQL.
 */
public interface Dialect {

    /** SQLite: {@code COLLATE NOCASE}, case-insensitive for ASCII as the SQLite store has always sorted. */
    Dialect SQLITE = column -> column + " COLLATE NOCASE";

    /** PostgreSQL: {@code lower()} folds every letter; ties are broken by the caller's next sort key. */
    Dialect POSTGRESQL = column -> "lower(" + column + ")";

    /** An ORDER BY term that sorts the text column ignoring case. */
    String caseInsensitive(String column);
}
