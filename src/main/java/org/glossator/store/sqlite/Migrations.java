package org.glossator.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.glossator.store.jdbc.JdbcSchemeRepository;

/**
 * Forward-only schema migrations, tracked in {@code PRAGMA user_version}. Each step
 * runs in its own transaction; a database newer than this program is refused rather
 * than silently misread.
 */
final class Migrations {

    /** One schema step: the SQL (and seed data) that brings version n-1 to n. */
    interface Step {
        void apply(Connection connection) throws SQLException;
    }

    static final List<Step> STEPS = List.of(
            Migrations::v1Articles,
            Migrations::v2Annotations,
            Migrations::v3ModifiedByAndImportedSelectors,
            Migrations::v4ArticleProvenanceAndSearch,
            Migrations::v5ReadingPacks,
            Migrations::v6AnnotationVersions,
            Migrations::v7AnnotationDeletions);

    static final int LATEST = STEPS.size();

    private Migrations() {
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Migrates up to {@code target} (tests use a lower target to build old databases). */
    static void migrate(Connection connection, int target) throws SQLException {
        int version = currentVersion(connection);
        if (version > LATEST) {
            throw new SQLException("the database was written by a newer Glossator (schema " + version
                    + ", this one knows up to " + LATEST + ")");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int v = version; v < target; v++) {
                STEPS.get(v).apply(connection);
                try (Statement st = connection.createStatement()) {
                    // PRAGMA cannot take a bound parameter; v + 1 is our own integer.
                    st.execute("PRAGMA user_version = " + (v + 1));
                }
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private static void v1Articles(Connection c) throws SQLException {
        execute(c, """
                CREATE TABLE article (
                    id          INTEGER PRIMARY KEY,
                    title       TEXT NOT NULL,
                    author      TEXT,
                    published   TEXT,
                    source_url  TEXT,
                    file_name   TEXT,
                    text        TEXT NOT NULL,
                    sha256      TEXT NOT NULL UNIQUE,
                    word_count  INTEGER NOT NULL,
                    imported_at TEXT NOT NULL,
                    formatting  TEXT NOT NULL DEFAULT ''
                )""",
                "CREATE INDEX article_source_url ON article(source_url)");
    }

    private static void v2Annotations(Connection c) throws SQLException {
        execute(c, """
                CREATE TABLE annotation_type (
                    key      TEXT PRIMARY KEY,
                    label    TEXT NOT NULL,
                    color    TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    kind     TEXT NOT NULL,
                    built_in INTEGER NOT NULL
                )""", """
                CREATE TABLE annotation (
                    id                TEXT PRIMARY KEY,
                    article_id        INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    type_key          TEXT NOT NULL REFERENCES annotation_type(key),
                    start_cp          INTEGER NOT NULL,
                    end_cp            INTEGER NOT NULL,
                    exact             TEXT NOT NULL,
                    prefix            TEXT NOT NULL,
                    suffix            TEXT NOT NULL,
                    note              TEXT NOT NULL,
                    creator           TEXT NOT NULL,
                    created           TEXT NOT NULL,
                    modified          TEXT NOT NULL,
                    verdict           TEXT,
                    evidence          TEXT,
                    speaker           TEXT,
                    attribution_given INTEGER,
                    citation          TEXT,
                    url               TEXT,
                    anchor_state      TEXT NOT NULL DEFAULT 'ANCHORED',
                    CHECK (end_cp >= start_cp AND start_cp >= 0)
                )""",
                "CREATE INDEX annotation_article ON annotation(article_id, start_cp)",
                "CREATE INDEX annotation_type_key ON annotation(type_key)", """
                CREATE TABLE annotation_tag (
                    annotation_id TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
                    position      INTEGER NOT NULL,
                    tag           TEXT NOT NULL,
                    PRIMARY KEY (annotation_id, position)
                )""", """
                CREATE TABLE annotation_link (
                    id       TEXT PRIMARY KEY,
                    from_id  TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
                    to_id    TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
                    relation TEXT NOT NULL,
                    creator  TEXT NOT NULL,
                    created  TEXT NOT NULL
                )""",
                "CREATE INDEX annotation_link_from ON annotation_link(from_id)",
                "CREATE INDEX annotation_link_to ON annotation_link(to_id)");
        JdbcSchemeRepository.seedDefaultTypes(c);
    }

    /**
     * Who last changed an annotation (issue 12: the record named only the creator), and the
     * selectors of an imported orphan as its file wrote them, so export gives them back.
     */
    private static void v3ModifiedByAndImportedSelectors(Connection c) throws SQLException {
        execute(c,
                "ALTER TABLE annotation ADD COLUMN modified_by TEXT",
                "ALTER TABLE annotation ADD COLUMN imported_selectors TEXT",
                "UPDATE annotation SET modified_by = creator");
    }

    /** Reading packs opened into this store, their articles and questions, and collected hand-ins. */
    private static void v5ReadingPacks(Connection c) throws SQLException {
        execute(c, """
                CREATE TABLE reading_pack (
                    pack_id             TEXT PRIMARY KEY,
                    title               TEXT NOT NULL,
                    instructions        TEXT NOT NULL,
                    due                 TEXT,
                    type_keys           TEXT NOT NULL,
                    verdicts            TEXT NOT NULL,
                    reference_annotator TEXT,
                    revealed            INTEGER NOT NULL DEFAULT 0,
                    opened_at           TEXT NOT NULL
                )""", """
                CREATE TABLE reading_pack_question (
                    pack_id  TEXT NOT NULL REFERENCES reading_pack(pack_id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    text     TEXT NOT NULL,
                    PRIMARY KEY (pack_id, position)
                )""", """
                CREATE TABLE reading_pack_article (
                    pack_id    TEXT NOT NULL REFERENCES reading_pack(pack_id) ON DELETE CASCADE,
                    position   INTEGER NOT NULL,
                    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    PRIMARY KEY (pack_id, position)
                )""",
                "CREATE INDEX reading_pack_article_article ON reading_pack_article(article_id)", """
                CREATE TABLE reading_pack_hand_in (
                    pack_id      TEXT NOT NULL REFERENCES reading_pack(pack_id) ON DELETE CASCADE,
                    student_key  TEXT NOT NULL,
                    student      TEXT NOT NULL,
                    file_name    TEXT NOT NULL,
                    checksum     TEXT NOT NULL,
                    handed_in    TEXT,
                    collected_at TEXT NOT NULL,
                    annotations  INTEGER NOT NULL,
                    PRIMARY KEY (pack_id, student_key)
                )""");
    }

    /**
     * The encoding an article was read in, the repairs made on import and the text before
     * them, notes on the source; and corpus search: an FTS5 index over title and text that
     * reads from the article table itself (external content) and is kept in step by
     * triggers, filled here for the articles already there. Prefix indexes of 2 and 3
     * characters keep short prefix queries ("lic*") from scanning the whole vocabulary.
     */
    private static void v4ArticleProvenanceAndSearch(Connection c) throws SQLException {
        execute(c,
                "ALTER TABLE article ADD COLUMN encoding TEXT",
                "ALTER TABLE article ADD COLUMN repairs TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE article ADD COLUMN original_text TEXT",
                "ALTER TABLE article ADD COLUMN source_notes TEXT", """
                CREATE VIRTUAL TABLE article_fts USING fts5(
                    title, text,
                    content = 'article', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2',
                    prefix = '2 3'
                )""", """
                CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
                    INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
                END""", """
                CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
                    INSERT INTO article_fts(article_fts, rowid, title, text)
                        VALUES ('delete', old.id, old.title, old.text);
                END""", """
                CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
                    INSERT INTO article_fts(article_fts, rowid, title, text)
                        VALUES ('delete', old.id, old.title, old.text);
                    INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
                END""",
                "INSERT INTO article_fts(article_fts) VALUES ('rebuild')");
    }

    /**
     * A write counter per annotation (issue 17): an edit names the version it was made on and is
     * refused when the row has moved on, so two people editing at once never overwrite each other
     * unknowingly; open windows also compare versions to spot what others changed.
     */
    private static void v6AnnotationVersions(Connection c) throws SQLException {
        execute(c, "ALTER TABLE annotation ADD COLUMN version INTEGER NOT NULL DEFAULT 1");
    }

    /**
     * Deleted annotations remembered by id, with when (issue 17): push and pull carry a deletion
     * made offline to the other store, and an older copy elsewhere does not bring it back.
     */
    private static void v7AnnotationDeletions(Connection c) throws SQLException {
        execute(c, "CREATE TABLE annotation_deletion (id TEXT PRIMARY KEY, deleted TEXT NOT NULL) WITHOUT ROWID");
    }
}
