package org.glossator.store.jdbc;

import java.util.ArrayList;
import java.util.List;

import org.glossator.domain.TextRepair;

/**
 * Stores an article's repairs as "KIND count" lines: readable in the database, no JSON needed.
 *
 * <p>Shared by both stores (SQLite and PostgreSQL).
 */
public final class RepairsCodec {
    private RepairsCodec() {
    }

    public static String encode(List<TextRepair> repairs) {
        StringBuilder out = new StringBuilder();
        for (TextRepair repair : repairs) {
            out.append(repair.kind().name()).append(' ').append(repair.count()).append('\n');
        }
        return out.toString();
    }

    /** Unknown kinds (written by a newer Glossator) are skipped rather than failing the article. */
    public static List<TextRepair> decode(String stored) {
        List<TextRepair> repairs = new ArrayList<>();
        if (stored == null) {
            return repairs;
        }
        for (String line : stored.split("\n")) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 2) {
                try {
                    repairs.add(new TextRepair(TextRepair.Kind.valueOf(parts[0]), Integer.parseInt(parts[1])));
                } catch (IllegalArgumentException unknown) {
                    // skip
                }
            }
        }
        return repairs;
    }
}
