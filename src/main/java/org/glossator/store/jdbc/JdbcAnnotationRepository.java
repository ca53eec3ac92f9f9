package org.glossator.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.TextTarget;
import org.glossator.domain.Verdict;
import org.glossator.store.AnnotationRepository;
import org.glossator.store.AnnotationRow;
import org.glossator.store.AnnotationRow.RowVisitor;
import org.glossator.store.EditConflictException;

/**
 * Annotations, tags and links in SQL both dialects share. A save is an upsert
 * ({@code ON CONFLICT (id) DO UPDATE}) that keeps the row, so links to it survive, and bumps
 * its version; tags are rewritten in position order.
 */
public final class JdbcAnnotationRepository implements AnnotationRepository {
    static final String COLUMNS = "id, article_id, type_key, start_cp, end_cp, exact, prefix, suffix,"
            + " note, creator, created, modified, verdict, evidence, speaker, attribution_given, citation, url,"
            + " anchor_state, modified_by, imported_selectors";
    private static final String UPSERT = "INSERT INTO annotation(" + COLUMNS + ")"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET"
            + " article_id = excluded.article_id, type_key = excluded.type_key, start_cp = excluded.start_cp,"
            + " end_cp = excluded.end_cp, exact = excluded.exact, prefix = excluded.prefix,"
            + " suffix = excluded.suffix, note = excluded.note, creator = excluded.creator,"
            + " created = excluded.created, modified = excluded.modified, verdict = excluded.verdict,"
            + " evidence = excluded.evidence, speaker = excluded.speaker,"
            + " attribution_given = excluded.attribution_given, citation = excluded.citation, url = excluded.url,"
            + " anchor_state = excluded.anchor_state, modified_by = excluded.modified_by,"
            + " imported_selectors = excluded.imported_selectors, version = annotation.version + 1";
    /** What reads select: the written {@link #COLUMNS} and the version, which only the store sets. */
    private static final String READ_COLUMNS = COLUMNS + ", version";
    /** Position of the version after the 21 {@link #COLUMNS}. */
    private static final int VERSION_COLUMN = 22;
    /** Position of the tag after the {@link #READ_COLUMNS} in the streaming query. */
    private static final int TAG_COLUMN = 23;
    private static final String SET_COLUMNS = "article_id = ?, type_key = ?, start_cp = ?, end_cp = ?, exact = ?,"
            + " prefix = ?, suffix = ?, note = ?, creator = ?, created = ?, modified = ?, verdict = ?,"
            + " evidence = ?, speaker = ?, attribution_given = ?, citation = ?, url = ?, anchor_state = ?,"
            + " modified_by = ?, imported_selectors = ?, version = version + 1";
    /** Rows sent per batch by {@link #saveAll}. */
    private static final int WRITE_BATCH = 500;
    /** Ids per {@code IN (...)} lookup: well under SQLite's limit on bound parameters. */
    private static final int ID_CHUNK = 500;
    private static final String LINK_COLUMNS = "id, from_id, to_id, relation, creator, created";

    private final JdbcSession session;

    public JdbcAnnotationRepository(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void save(Annotation annotation) {
        saveAll(List.of(annotation));
    }

    /**
     * Batches of rows, old tags and new tags: a few round trips per {@value #WRITE_BATCH}
     * annotations on a server, and on a large import the time goes to the inserts themselves.
     */
    @Override
    public void saveAll(Collection<Annotation> annotations) {
        if (annotations.isEmpty()) {
            return;
        }
        session.call(c -> {
            // Later copies of one id win, as if saved one after the other.
            Map<String, Annotation> byId = new LinkedHashMap<>();
            for (Annotation a : annotations) {
                byId.remove(a.id());
                byId.put(a.id(), a);
            }
            // Only rows already stored can have tags to clear; new ones cost their inserts alone.
            Set<String> stored = modifiedTimes(c, byId.keySet()).keySet();
            try (PreparedStatement upsert = c.prepareStatement(UPSERT);
                 PreparedStatement clearTags = c.prepareStatement("DELETE FROM annotation_tag WHERE annotation_id = ?");
                 PreparedStatement addTag = c.prepareStatement(
                         "INSERT INTO annotation_tag(annotation_id, position, tag) VALUES (?,?,?)")) {
                int pending = 0;
                for (Annotation a : byId.values()) {
                    Jdbc.bind(upsert, values(a));
                    upsert.addBatch();
                    if (stored.contains(a.id())) {
                        clearTags.setString(1, a.id());
                        clearTags.addBatch();
                    }
                    for (int i = 0; i < a.tags().size(); i++) {
                        Jdbc.bind(addTag, a.id(), i, a.tags().get(i));
                        addTag.addBatch();
                    }
                    if (++pending == WRITE_BATCH) {
                        executeInOrder(upsert, clearTags, addTag);
                        pending = 0;
                    }
                }
                executeInOrder(upsert, clearTags, addTag);
            }
            // A new row may be a deleted one coming back (undo): it is no longer deleted.
            // One statement per chunk of ids, not one per row: imports add rows by the hundred thousand.
            Set<String> added = new LinkedHashSet<>(byId.keySet());
            added.removeAll(stored);
            inChunks(added, (chunk, list) -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotation_deletion WHERE id IN (" + list + ")")) {
                    Jdbc.bind(ps, chunk.toArray());
                    ps.executeUpdate();
                }
            });
            return null;
        });
    }

    /** Rows first: the tags refer to them. */
    private static void executeInOrder(PreparedStatement... batches) throws SQLException {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
    }

    /**
     * The version check and the write are one statement ({@code WHERE id = ? AND version = ?}):
     * of two people saving an edit of the same version, exactly one succeeds.
     */
    @Override
    public Annotation update(Annotation edited) {
        return session.call(c -> {
            Object[] v = values(edited);
            Object[] params = new Object[v.length + 1];
            System.arraycopy(v, 1, params, 0, v.length - 1);
            params[v.length - 1] = edited.id();
            params[v.length] = edited.version();
            int rows = Jdbc.update(c, "UPDATE annotation SET " + SET_COLUMNS + " WHERE id = ? AND version = ?", params);
            if (rows == 0) {
                throw new EditConflictException(edited, find(edited.id()).orElse(null));
            }
            Jdbc.update(c, "DELETE FROM annotation_tag WHERE annotation_id = ?", edited.id());
            try (PreparedStatement addTag = c.prepareStatement(
                    "INSERT INTO annotation_tag(annotation_id, position, tag) VALUES (?,?,?)")) {
                for (int i = 0; i < edited.tags().size(); i++) {
                    Jdbc.bind(addTag, edited.id(), i, edited.tags().get(i));
                    addTag.addBatch();
                }
                addTag.executeBatch();
            }
            return edited.withVersion(edited.version() + 1);
        });
    }

    private static Object[] values(Annotation a) {
        TextTarget t = a.target();
        return new Object[] {a.id(), a.articleId(), a.typeKey(), t.start(), t.end(), t.exact(), t.prefix(),
                t.suffix(), a.note(), a.creator(), a.created(), a.modified(), a.verdict(), a.evidence(),
                a.speaker(), a.attributionGiven(), a.citation(), a.url(), a.anchorState(), a.modifiedBy(),
                a.importedSelectors()};
    }

    @Override
    public Map<String, Instant> modifiedTimes(Collection<String> ids) {
        return session.call(c -> modifiedTimes(c, ids));
    }

    /** One query per {@value #ID_CHUNK} ids, with bound parameters. */
    private static Map<String, Instant> modifiedTimes(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Instant> found = new HashMap<>();
        inChunks(new LinkedHashSet<>(ids), (chunk, list) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, modified FROM annotation WHERE id IN (" + list + ")")) {
                Jdbc.bind(ps, chunk.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), StoredInstants.parse(rs.getString(2)));
                    }
                }
            }
        });
        return found;
    }

    /** Work on a list of ids, {@value #ID_CHUNK} at a time, with the placeholders "?,?,…" for their IN list. */
    @FunctionalInterface
    private interface ChunkWork {
        void run(List<String> chunk, String placeholders) throws SQLException;
    }

    private static void inChunks(Collection<String> ids, ChunkWork work) throws SQLException {
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += ID_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + ID_CHUNK));
            work.run(chunk, "?,".repeat(chunk.size() - 1) + "?");
        }
    }

    @Override
    public Optional<Annotation> find(String id) {
        return session.call(c -> withTags(c, Jdbc.list(c, "SELECT " + READ_COLUMNS + " FROM annotation WHERE id = ?",
                JdbcAnnotationRepository::map, id), "SELECT annotation_id, tag FROM annotation_tag"
                + " WHERE annotation_id = ? ORDER BY position", id).stream().findFirst());
    }

    @Override
    public List<Annotation> forArticle(long articleId) {
        return session.call(c -> withTags(c,
                Jdbc.list(c, "SELECT " + READ_COLUMNS + " FROM annotation WHERE article_id = ? ORDER BY start_cp, end_cp, id",
                        JdbcAnnotationRepository::map, articleId),
                "SELECT t.annotation_id, t.tag FROM annotation_tag t JOIN annotation a ON a.id = t.annotation_id"
                        + " WHERE a.article_id = ? ORDER BY t.annotation_id, t.position", articleId));
    }

    @Override
    public <E extends Exception> void forEachRowOfArticle(long articleId, String creator, RowVisitor<E> visitor)
            throws E {
        // Tags come on the same rows (LEFT JOIN, in position order), so one query reads everything.
        // The tag table shares no column name with annotation, so the columns need no prefix.
        String sql = "SELECT " + READ_COLUMNS + ", t.tag"
                + " FROM annotation a LEFT JOIN annotation_tag t ON t.annotation_id = a.id WHERE a.article_id = ?"
                + (creator == null ? "" : " AND a.creator = ?") + " ORDER BY a.start_cp, a.end_cp, a.id, t.position";
        Object[] params = creator == null ? new Object[] {articleId} : new Object[] {articleId, creator};
        try {
            session.call(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    // Inside the transaction a server sends rows in pages of this size: constant memory.
                    ps.setFetchSize(500);
                    Jdbc.bind(ps, params);
                    try (ResultSet rs = ps.executeQuery()) {
                        streamGrouped(rs, visitor);
                    }
                }
                return null;
            });
        } catch (VisitorFailure failure) {
            @SuppressWarnings("unchecked")
            E cause = (E) failure.getCause();
            throw cause;
        }
    }

    /** Groups consecutive rows of one annotation (one per tag) and hands each annotation on. */
    private static <E extends Exception> void streamGrouped(ResultSet rs, RowVisitor<E> visitor)
            throws SQLException {
        StoredAnnotationRow current = null;
        RepeatedWords words = new RepeatedWords();
        while (rs.next()) {
            byte[] id = rs.getBytes(1);
            if (current == null || !current.hasId(id)) {
                deliver(current, visitor);
                current = StoredAnnotationRow.read(rs, id, words);
            }
            byte[] tag = rs.getBytes(TAG_COLUMN);
            if (tag != null) {
                current.addTag(tag);
            }
        }
        deliver(current, visitor);
    }

    private static <E extends Exception> void deliver(AnnotationRow row, RowVisitor<E> visitor) {
        if (row == null) {
            return;
        }
        try {
            visitor.visit(row);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new VisitorFailure(e);
        }
    }

    /** Carries a visitor's checked exception out through the store's transaction wrapper. */
    private static final class VisitorFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        VisitorFailure(Exception cause) {
            super(cause);
        }
    }

    @Override
    public List<Annotation> all() {
        return session.call(c -> withTags(c,
                Jdbc.list(c, "SELECT " + READ_COLUMNS + " FROM annotation ORDER BY article_id, start_cp, end_cp, id",
                        JdbcAnnotationRepository::map),
                "SELECT annotation_id, tag FROM annotation_tag ORDER BY annotation_id, position"));
    }

    /** Loads tags with one query and attaches them, instead of one query per annotation. */
    private static List<Annotation> withTags(Connection c, List<Annotation> rows, String tagSql, Object... params)
            throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<String>> tags = new HashMap<>();
        for (String[] pair : Jdbc.list(c, tagSql, rs -> new String[] {rs.getString(1), rs.getString(2)}, params)) {
            tags.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
        }
        if (tags.isEmpty()) {
            return rows;
        }
        List<Annotation> result = new ArrayList<>(rows.size());
        for (Annotation a : rows) {
            List<String> t = tags.get(a.id());
            result.add(t == null ? a : a.toBuilder().tags(t).build());
        }
        return result;
    }

    /** Reads a row of {@link #COLUMNS} by position: name lookups cost more than the mapping itself on big exports. */
    static Annotation map(ResultSet rs) throws SQLException {
        return builder(rs).build();
    }

    private static Annotation.Builder builder(ResultSet rs) throws SQLException {
        String verdict = rs.getString(13);
        boolean attribution = rs.getBoolean(16);
        Boolean attributionGiven = rs.wasNull() ? null : attribution;
        return Annotation.builder()
                .id(rs.getString(1))
                .articleId(rs.getLong(2))
                .typeKey(rs.getString(3))
                .target(new TextTarget(rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .note(rs.getString(9))
                .creator(rs.getString(10))
                .created(StoredInstants.parse(rs.getString(11)))
                .modified(StoredInstants.parse(rs.getString(12)))
                .verdict(verdict == null ? null : Verdict.valueOf(verdict))
                .evidence(rs.getString(14))
                .speaker(rs.getString(15))
                .attributionGiven(attributionGiven)
                .citation(rs.getString(17))
                .url(rs.getString(18))
                .anchorState(AnchorState.valueOf(rs.getString(19)))
                .modifiedBy(rs.getString(20))
                .importedSelectors(rs.getString(21))
                .version(rs.getLong(VERSION_COLUMN));
    }

    @Override
    public int count() {
        return session.call(c -> Jdbc.count(c, "SELECT count(*) FROM annotation"));
    }

    @Override
    public boolean delete(String id) {
        // Tags and links cascade; the deletion is remembered in the same transaction.
        return session.call(c -> {
            if (Jdbc.update(c, "DELETE FROM annotation WHERE id = ?", id) == 0) {
                return false;
            }
            Jdbc.update(c, "INSERT INTO annotation_deletion(id, deleted) VALUES (?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET deleted = excluded.deleted", id, Instant.now());
            return true;
        });
    }

    @Override
    public Map<String, Instant> deletions() {
        return session.call(c -> {
            Map<String, Instant> deleted = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, deleted FROM annotation_deletion");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    deleted.put(rs.getString(1), StoredInstants.parse(rs.getString(2)));
                }
            }
            return deleted;
        });
    }

    @Override
    public void saveLink(AnnotationLink link) {
        session.call(c -> Jdbc.update(c, "INSERT INTO annotation_link(" + LINK_COLUMNS + ") VALUES (?,?,?,?,?,?)"
                        + " ON CONFLICT (id) DO UPDATE SET from_id = excluded.from_id, to_id = excluded.to_id,"
                        + " relation = excluded.relation, creator = excluded.creator, created = excluded.created",
                link.id(), link.fromId(), link.toId(), link.relation(), link.creator(), link.created()));
    }

    @Override
    public boolean deleteLink(String linkId) {
        return session.call(c -> Jdbc.update(c, "DELETE FROM annotation_link WHERE id = ?", linkId) > 0);
    }

    @Override
    public List<AnnotationLink> linksOf(String annotationId) {
        return session.call(c -> Jdbc.list(c, "SELECT " + LINK_COLUMNS + " FROM annotation_link"
                        + " WHERE from_id = ? OR to_id = ? ORDER BY created, id", JdbcAnnotationRepository::mapLink,
                annotationId, annotationId));
    }

    @Override
    public List<AnnotationLink> linksForArticle(long articleId) {
        return session.call(c -> Jdbc.list(c, "SELECT " + LINK_COLUMNS + " FROM annotation_link l WHERE"
                        + " l.from_id IN (SELECT id FROM annotation WHERE article_id = ?)"
                        + " OR l.to_id IN (SELECT id FROM annotation WHERE article_id = ?) ORDER BY created, id",
                JdbcAnnotationRepository::mapLink, articleId, articleId));
    }

    @Override
    public List<AnnotationLink> allLinks() {
        return session.call(c -> Jdbc.list(c, "SELECT " + LINK_COLUMNS + " FROM annotation_link ORDER BY created, id",
                JdbcAnnotationRepository::mapLink));
    }

    @Override
    public List<String> creators() {
        return session.call(c -> Jdbc.list(c, "SELECT DISTINCT creator FROM annotation ORDER BY creator",
                rs -> rs.getString(1)));
    }

    private static AnnotationLink mapLink(ResultSet rs) throws SQLException {
        return new AnnotationLink(rs.getString("id"), rs.getString("from_id"), rs.getString("to_id"),
                LinkRelation.valueOf(rs.getString("relation")), rs.getString("creator"), Jdbc.instant(rs, "created"));
    }
}
