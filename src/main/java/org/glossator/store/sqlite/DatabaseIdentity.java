package org.glossator.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.glossator.store.jdbc.Jdbc;
import org.glossator.store.StoreException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Decides whether a file is a Glossator database <em>before anything is written to it</em>.
 * The header is read as plain bytes, then the file is opened with SQLite's read-only flag
 * for {@code application_id}, {@code user_version}, {@code quick_check} and the table list.
 * A file that is not ours is refused with a message naming it, and is left byte-for-byte
 * as it was (a read-only connection cannot change the file; see IdentityTest).
 */
final class DatabaseIdentity {
    /** Glossator's {@code PRAGMA application_id}: the ASCII bytes "GLSR" (documented in docs/database-file.md). */
    static final int APPLICATION_ID = 0x474C5352;

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 100;
    private static final Set<String> V1_TABLES = Set.of("article");
    private static final Set<String> V2_TABLES = Set.of("article", "annotation_type", "annotation", "annotation_tag",
            "annotation_link");

    enum Kind {
        /** No file, an empty file or an empty SQLite database: Glossator may create its tables. */
        NEW,
        /** A Glossator database this program can read and write (maybe after migrating up). */
        OURS,
        /** Written by a newer Glossator: open read-only, never migrate down. */
        NEWER
    }

    record Verdict(Kind kind, int applicationId, int userVersion) {
        boolean stamped() {
            return applicationId == APPLICATION_ID;
        }
    }

    private DatabaseIdentity() {
    }

    /** Inspects {@code file} without writing to it; throws a {@link StoreException} when it must be refused. */
    static Verdict inspect(Path file, int latestVersion) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return new Verdict(Kind.NEW, 0, 0);
            }
            checkHeader(file);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try (Connection c = openForInspection(file)) {
            String check = quickCheck(c);
            if (!"ok".equals(check)) {
                throw refused(file, "it is damaged (SQLite's quick check says: " + abbreviate(check) + ")");
            }
            int applicationId = Jdbc.count(c, "PRAGMA application_id");
            int userVersion = Jdbc.count(c, "PRAGMA user_version");
            Set<String> tables = new TreeSet<>(Jdbc.list(c,
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                    rs -> rs.getString(1)));
            return classify(file, applicationId, userVersion, tables, latestVersion);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw refused(file, "SQLite cannot read it (" + e.getMessage() + ")");
        }
    }

    static Verdict classify(Path file, int applicationId, int userVersion, Set<String> tables, int latestVersion) {
        if (applicationId == APPLICATION_ID) {
            return new Verdict(userVersion > latestVersion ? Kind.NEWER : Kind.OURS, applicationId, userVersion);
        }
        if (applicationId != 0) {
            throw refused(file, "it belongs to another program (its SQLite application id is 0x"
                    + Integer.toHexString(applicationId) + ", Glossator's is 0x" + Integer.toHexString(APPLICATION_ID) + ")");
        }
        if (tables.isEmpty() && userVersion == 0) {
            return new Verdict(Kind.NEW, 0, 0);
        }
        // Made before Glossator stamped its files: recognised by the tables its version must have.
        Set<String> expected = userVersion >= 2 ? V2_TABLES : userVersion == 1 ? V1_TABLES : null;
        if (expected != null && tables.containsAll(expected)) {
            return new Verdict(userVersion > latestVersion ? Kind.NEWER : Kind.OURS, 0, userVersion);
        }
        throw refused(file, tables.isEmpty()
                ? "it is an SQLite database of another program (schema version " + userVersion + ", no tables)"
                : "it is an SQLite database of another program (its tables: " + abbreviate(String.join(", ", tables))
                        + ")");
    }

    /** Bytes only: the SQLite magic string and, when no WAL could complete it, the promised length. */
    private static void checkHeader(Path file) throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER_BYTES);
        }
        if (header.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw refused(file, "it is not an SQLite database");
        }
        if (header.length < HEADER_BYTES) {
            throw refused(file, "it is truncated (" + header.length + " bytes, shorter than an SQLite header)");
        }
        long pageSize = u16(header, 16) == 1 ? 65_536 : u16(header, 16);
        long pageCount = u32(header, 28);
        boolean pageCountValid = u32(header, 24) == u32(header, 92);
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        boolean walMayComplete = Files.exists(wal) && Files.size(wal) > 0;
        long size = Files.size(file);
        if (!walMayComplete && pageCountValid && pageCount > 0 && size < pageSize * pageCount) {
            throw refused(file, "it is truncated (" + size + " bytes where its header promises "
                    + pageSize * pageCount + ")");
        }
    }

    static Connection openReadOnly(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file, readOnlyConfig().toProperties());
    }

    /**
     * A WAL-mode file read through SQLite leaves -wal and -shm files beside it. When no -wal
     * file exists there is nothing in one to read, so the file is opened as immutable: no
     * locks, no side files, nothing created next to someone else's file.
     */
    private static Connection openForInspection(Path file) throws SQLException, IOException {
        if (Files.exists(file.resolveSibling(file.getFileName() + "-wal"))) {
            return openReadOnly(file);
        }
        SQLiteConfig config = readOnlyConfig();
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1", config.toProperties());
    }

    private static SQLiteConfig readOnlyConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(5000);
        return config;
    }

    private static String quickCheck(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>(Jdbc.list(c, "PRAGMA quick_check(5)", rs -> rs.getString(1)));
        return lines.isEmpty() ? "no answer" : String.join("; ", lines);
    }

    static StoreException refused(Path file, String why) {
        return new StoreException("The file " + file + " is not a Glossator database or is damaged: " + why
                + ". Nothing was changed; open another file with --db, or move this one aside.");
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
