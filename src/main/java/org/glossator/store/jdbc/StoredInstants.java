package org.glossator.store.jdbc;

import java.time.Instant;
import org.glossator.domain.IsoInstants;

/**
 * Parses the instants the store writes ({@link Instant#toString()}: {@code
 * 2024-05-01T12:30:00Z}, with 0-9 fraction digits) without the general formatter, which
 * costs more than the rest of reading an annotation row on a large export. Anything else
 * goes to {@link Instant#parse}.
 *
 * <p>Shared by both stores (SQLite and PostgreSQL).
 */
public final class StoredInstants {
    private StoredInstants() {
    }

    public static Instant parse(String text) {
        Instant utc = IsoInstants.parseUtc(text);
        return utc != null ? utc : Instant.parse(text);
    }
}
