package org.glossator.store.jdbc;

import java.sql.SQLException;
import java.util.function.Predicate;
import org.glossator.store.SearchSyntaxException;

/**
 * A search the engine cannot parse reaches the user as one sentence in their terms, never as an
 * SQL error. Each store says how its engine reports such a query.
 */
public final class SearchErrors {
    private SearchErrors() {
    }

    /** A query against the search index. */
    @FunctionalInterface
    public interface Query<T> {
        T run() throws SQLException;
    }

    public static <T> T translated(Predicate<SQLException> isSyntaxError, Query<T> query) throws SQLException {
        try {
            return query.run();
        } catch (SQLException e) {
            if (isSyntaxError.test(e)) {
                throw new SearchSyntaxException("The search could not be understood. Use words, \"a phrase\","
                        + " prefix*, OR, NOT and parentheses.", e);
            }
            throw e;
        }
    }
}
