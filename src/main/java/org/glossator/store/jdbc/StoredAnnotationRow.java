package org.glossator.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Verdict;
import org.glossator.store.AnnotationRow;

/**
 * An {@link AnnotationRow} read by position from a row of {@link JdbcAnnotationRepository#COLUMNS}:
 * text columns are taken as the bytes the driver received (UTF-8 on both engines), normalised as
 * the {@link org.glossator.domain.Annotation} constructor normalises them.
 */
final class StoredAnnotationRow implements AnnotationRow {
    private static final byte[] EMPTY = new byte[0];

    private final byte[] idBytes;
    private final String id;
    private final String typeKey;
    private final int start;
    private final int end;
    private final byte[] exact;
    private final byte[] prefix;
    private final byte[] suffix;
    private final byte[] note;
    private final byte[] creator;
    private final byte[] created;
    private final byte[] modified;
    private final Verdict verdict;
    private final byte[] evidence;
    private final byte[] speaker;
    private final Boolean attributionGiven;
    private final byte[] citation;
    private final byte[] url;
    private final boolean orphan;
    private final byte[] modifiedBy;
    private final String importedSelectors;
    private final List<byte[]> tags = new ArrayList<>(2);

    private StoredAnnotationRow(ResultSet rs, byte[] idBytes, RepeatedWords words) throws SQLException {
        this.idBytes = idBytes;
        this.id = new String(idBytes, StandardCharsets.UTF_8);
        typeKey = words.of(rs.getBytes(3));
        start = rs.getInt(4);
        end = rs.getInt(5);
        exact = text(rs, 6);
        prefix = text(rs, 7);
        suffix = text(rs, 8);
        note = text(rs, 9);
        creator = text(rs, 10);
        created = instantText(rs.getBytes(11));
        modified = instantText(rs.getBytes(12));
        String verdictName = words.of(rs.getBytes(13));
        verdict = verdictName == null ? null : Verdict.valueOf(verdictName);
        evidence = rs.getBytes(14);
        speaker = rs.getBytes(15);
        boolean given = rs.getBoolean(16);
        attributionGiven = rs.wasNull() ? null : given;
        citation = rs.getBytes(17);
        url = rs.getBytes(18);
        orphan = AnchorState.valueOf(words.of(rs.getBytes(19))) == AnchorState.ORPHANED;
        byte[] by = rs.getBytes(20);
        modifiedBy = by == null || by.length == 0 ? creator : by;
        String selectors = orphan ? rs.getString(21) : null;
        importedSelectors = selectors == null || selectors.isBlank() ? null : selectors;
    }

    /**
     * Reads the annotation columns of the current row, whose id column held {@code idBytes};
     * tags are added with {@link #addTag}. {@code words} is shared by the rows of one read.
     */
    static StoredAnnotationRow read(ResultSet rs, byte[] idBytes, RepeatedWords words) throws SQLException {
        return new StoredAnnotationRow(rs, idBytes, words);
    }

    /** Whether a row whose id column held {@code otherId} belongs to this annotation (one row per tag). */
    boolean hasId(byte[] otherId) {
        return Arrays.equals(idBytes, otherId);
    }

    void addTag(byte[] tag) {
        tags.add(tag);
    }

    /**
     * A stored time as {@link java.time.Instant#toString()} writes it. The store writes that form,
     * so the bytes are passed on as they are; a time in any other form (a file edited by another
     * program) is read and written again, as the export did before it kept the bytes.
     */
    static byte[] instantText(byte[] stored) {
        if (stored == null || isInstantString(stored)) {
            return stored;
        }
        return StoredInstants.parse(new String(stored, StandardCharsets.UTF_8)).toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ}, or with 3, 6 or 9 fraction digits whose last three are not all zero. */
    private static boolean isInstantString(byte[] b) {
        int n = b.length;
        if (!(n == 20 || n == 24 || n == 27 || n == 30) || b[n - 1] != 'Z' || (n > 20 && b[19] != '.')) {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            byte expected = switch (i) {
                case 4, 7 -> '-';
                case 10 -> 'T';
                case 13, 16 -> ':';
                case 19 -> '.';
                default -> 0;
            };
            if (expected != 0 ? b[i] != expected : b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return n == 20 || b[n - 2] != '0' || b[n - 3] != '0' || b[n - 4] != '0';
    }

    /** A NOT NULL text column; an empty string may come back as null from some drivers. */
    private static byte[] text(ResultSet rs, int column) throws SQLException {
        byte[] value = rs.getBytes(column);
        return value == null ? EMPTY : value;
    }

    @Override public String id() { return id; }
    @Override public String typeKey() { return typeKey; }
    @Override public int start() { return start; }
    @Override public int end() { return end; }
    @Override public byte[] exact() { return exact; }
    @Override public byte[] prefix() { return prefix; }
    @Override public byte[] suffix() { return suffix; }
    @Override public byte[] note() { return note; }
    @Override public List<byte[]> tags() { return tags; }
    @Override public byte[] creator() { return creator; }
    @Override public byte[] created() { return created; }
    @Override public byte[] modified() { return modified; }
    @Override public Verdict verdict() { return verdict; }
    @Override public byte[] evidence() { return evidence; }
    @Override public byte[] speaker() { return speaker; }
    @Override public Boolean attributionGiven() { return attributionGiven; }
    @Override public byte[] citation() { return citation; }
    @Override public byte[] url() { return url; }
    @Override public boolean orphan() { return orphan; }
    @Override public byte[] modifiedBy() { return modifiedBy; }
    @Override public String importedSelectors() { return importedSelectors; }

    @Override
    public String toString() {
        return "row " + id + " [" + start + ", " + end + ") " + new String(exact, StandardCharsets.UTF_8);
    }
}
