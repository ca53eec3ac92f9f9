package org.glossator.store.sqlite;

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

final class SqliteAnnotationRepository implements AnnotationRepository {
    private static final String COLUMNS = "id, article_id, type_key, start_cp, end_cp, exact, prefix, suffix,"
            + " note, creator, created, modified, verdict, evidence, speaker, attribution_given, citation, url,"
            + " anchor_state, modified_by, imported_selectors";
    private static final String UPSERT = "INSERT OR REPLACE INTO annotation(" + COLUMNS + ")"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
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
    /** Rows sent to SQLite per batch by {@link #saveAll}. */
    private static final int WRITE_BATCH = 500;
    /** Ids per {@code IN (...)} lookup: well under SQLite's limit on bound parameters. */
    private static final int ID_CHUNK = 500;
    private static final String LINK_COLUMNS = "id, from_id, to_id, relation, creator, created";

    private final SqliteStore store;

    SqliteAnnotationRepository(SqliteStore store) {
        this.store = store;
    }

    @Override
    public void save(Annotation annotation) {
        saveAll(List.of(annotation));
    }

    @Override
    public void saveAll(Collection<Annotation> annotations) {
        store.call(c -> {
            // Later copies of one id win, as if saved one after the other.
            Map<String, Annotation> byId = new LinkedHashMap<>();
            for (Annotation a : annotations) {
                byId.remove(a.id());
                byId.put(a.id(), a);
            }
            Set<String> stored = modifiedTimes(c, byId.keySet()).keySet();
            try (PreparedStatement insert = c.prepareStatement(UPSERT);
                 PreparedStatement clearTags = c.prepareStatement("DELETE FROM annotation_tag WHERE annotation_id = ?");
                 PreparedStatement addTag = c.prepareStatement(
                         "INSERT INTO annotation_tag(annotation_id, position, tag) VALUES (?,?,?)")) {
                // Statements are prepared once per call and new rows sent in batches: on a large
                // import, preparing and looking up per annotation cost more than the inserts.
                int pending = 0;
                for (Annotation a : byId.values()) {
                    if (stored.contains(a.id())) {
                        // INSERT OR REPLACE deletes the old row first, which would cascade to
                        // its links; an UPDATE keeps them.
                        update(c, a);
                        clearTags.setString(1, a.id());
                        clearTags.executeUpdate();
                    } else {
                        Sql.bind(insert, values(a));
                        insert.addBatch();
                    }
                    for (int i = 0; i < a.tags().size(); i++) {
                        Sql.bind(addTag, a.id(), i, a.tags().get(i));
                        addTag.addBatch();
                    }
                    if (++pending == WRITE_BATCH) {
                        insert.executeBatch(); // before the tags: they refer to the rows
                        addTag.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
                addTag.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Map<String, Instant> modifiedTimes(Collection<String> ids) {
        return store.call(c -> modifiedTimes(c, ids));
    }

    /** One query per {@value #ID_CHUNK} ids, with bound parameters. */
    private static Map<String, Instant> modifiedTimes(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Instant> found = new HashMap<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += ID_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + ID_CHUNK));
            String sql = "SELECT id, modified FROM annotation WHERE id IN (" + "?,".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), StoredInstants.parse(rs.getString(2)));
                    }
                }
            }
        }
        return found;
    }

    private static void update(Connection c, Annotation a) throws SQLException {
        Sql.update(c, "UPDATE annotation SET " + SET_COLUMNS + " WHERE id = ?", updateParams(a));
    }

    /** The {@link #SET_COLUMNS} values followed by the id (and {@code extra}, for further conditions). */
    private static Object[] updateParams(Annotation a, Object... extra) {
        Object[] v = values(a);
        Object[] params = new Object[v.length + extra.length];
        System.arraycopy(v, 1, params, 0, v.length - 1);
        params[v.length - 1] = a.id();
        System.arraycopy(extra, 0, params, v.length, extra.length);
        return params;
    }

    @Override
    public Annotation update(Annotation edited) {
        return store.call(c -> {
            // The version check and the write are one statement: no one can slip in between.
            int rows = Sql.update(c, "UPDATE annotation SET " + SET_COLUMNS + " WHERE id = ? AND version = ?",
                    updateParams(edited, edited.version()));
            if (rows == 0) {
                throw new org.glossator.store.EditConflictException(edited, find(edited.id()).orElse(null));
            }
            try (PreparedStatement clearTags = c.prepareStatement("DELETE FROM annotation_tag WHERE annotation_id = ?");
                 PreparedStatement addTag = c.prepareStatement(
                         "INSERT INTO annotation_tag(annotation_id, position, tag) VALUES (?,?,?)")) {
                clearTags.setString(1, edited.id());
                clearTags.executeUpdate();
                for (int i = 0; i < edited.tags().size(); i++) {
                    Sql.bind(addTag, edited.id(), i, edited.tags().get(i));
                    addTag.executeUpdate();
                }
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
    public Optional<Annotation> find(String id) {
        return store.call(c -> {
            List<Annotation> rows = withTags(c, Sql.list(c, "SELECT " + READ_COLUMNS + " FROM annotation WHERE id = ?",
                    SqliteAnnotationRepository::map, id), "SELECT annotation_id, tag FROM annotation_tag"
                    + " WHERE annotation_id = ? ORDER BY position", id);
            return rows.stream().findFirst();
        });
    }

    @Override
    public List<Annotation> forArticle(long articleId) {
        return store.call(c -> withTags(c,
                Sql.list(c, "SELECT " + READ_COLUMNS + " FROM annotation WHERE article_id = ? ORDER BY start_cp, end_cp, id",
                        SqliteAnnotationRepository::map, articleId),
                "SELECT t.annotation_id, t.tag FROM annotation_tag t JOIN annotation a ON a.id = t.annotation_id"
                        + " WHERE a.article_id = ? ORDER BY t.annotation_id, t.position", articleId));
    }

    @Override
    public <E extends Exception> void forEachOfArticle(long articleId, String creator, AnnotationVisitor<E> visitor)
            throws E {
        // Tags come on the same rows (LEFT JOIN, in position order), so one query reads everything.
        String sql = "SELECT " + READ_COLUMNS + ", t.tag FROM annotation a LEFT JOIN annotation_tag t"
                + " ON t.annotation_id = a.id WHERE a.article_id = ?" + (creator == null ? "" : " AND a.creator = ?")
                + " ORDER BY a.start_cp, a.end_cp, a.id, t.position";
        Object[] params = creator == null ? new Object[] {articleId} : new Object[] {articleId, creator};
        try {
            store.call(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    Sql.bind(ps, params);
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
    private static <E extends Exception> void streamGrouped(ResultSet rs, AnnotationVisitor<E> visitor)
            throws SQLException {
        Annotation.Builder current = null;
        String currentId = null;
        List<String> tags = new ArrayList<>();
        while (rs.next()) {
            String id = rs.getString(1);
            if (current == null || !currentId.equals(id)) {
                deliver(current, tags, visitor);
                current = builder(rs);
                currentId = id;
                tags = new ArrayList<>();
            }
            String tag = rs.getString(TAG_COLUMN);
            if (tag != null) {
                tags.add(tag);
            }
        }
        deliver(current, tags, visitor);
    }

    private static <E extends Exception> void deliver(Annotation.Builder annotation, List<String> tags,
                                                      AnnotationVisitor<E> visitor) {
        if (annotation == null) {
            return;
        }
        try {
            visitor.visit((tags.isEmpty() ? annotation : annotation.tags(tags)).build());
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
        return store.call(c -> withTags(c,
                Sql.list(c, "SELECT " + READ_COLUMNS + " FROM annotation ORDER BY article_id, start_cp, end_cp, id",
                        SqliteAnnotationRepository::map),
                "SELECT annotation_id, tag FROM annotation_tag ORDER BY annotation_id, position"));
    }

    /** Loads tags with one query and attaches them, instead of one query per annotation. */
    private static List<Annotation> withTags(Connection c, List<Annotation> rows, String tagSql, Object... params)
            throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<String>> tags = new HashMap<>();
        for (String[] pair : Sql.list(c, tagSql, rs -> new String[] {rs.getString(1), rs.getString(2)}, params)) {
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

    /** Reads a row of {@link #READ_COLUMNS} by position: name lookups cost more than the mapping itself on big exports. */
    private static Annotation map(ResultSet rs) throws SQLException {
        return builder(rs).build();
    }

    private static Annotation.Builder builder(ResultSet rs) throws SQLException {
        String verdict = rs.getString(13);
        int attribution = rs.getInt(16);
        Boolean attributionGiven = rs.wasNull() ? null : attribution != 0;
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
        return store.call(c -> Sql.count(c, "SELECT count(*) FROM annotation"));
    }

    @Override
    public boolean delete(String id) {
        // Tags and links cascade.
        return store.call(c -> Sql.update(c, "DELETE FROM annotation WHERE id = ?", id) > 0);
    }

    @Override
    public void saveLink(AnnotationLink link) {
        store.call(c -> Sql.update(c, "INSERT OR REPLACE INTO annotation_link(" + LINK_COLUMNS + ") VALUES (?,?,?,?,?,?)",
                link.id(), link.fromId(), link.toId(), link.relation(), link.creator(), link.created()));
    }

    @Override
    public boolean deleteLink(String linkId) {
        return store.call(c -> Sql.update(c, "DELETE FROM annotation_link WHERE id = ?", linkId) > 0);
    }

    @Override
    public List<AnnotationLink> linksOf(String annotationId) {
        return store.call(c -> Sql.list(c, "SELECT " + LINK_COLUMNS + " FROM annotation_link"
                + " WHERE from_id = ? OR to_id = ? ORDER BY created, id", SqliteAnnotationRepository::mapLink,
                annotationId, annotationId));
    }

    @Override
    public List<AnnotationLink> linksForArticle(long articleId) {
        return store.call(c -> Sql.list(c, "SELECT " + LINK_COLUMNS + " FROM annotation_link l WHERE"
                + " l.from_id IN (SELECT id FROM annotation WHERE article_id = ?)"
                + " OR l.to_id IN (SELECT id FROM annotation WHERE article_id = ?) ORDER BY created, id",
                SqliteAnnotationRepository::mapLink, articleId, articleId));
    }

    @Override
    public List<AnnotationLink> allLinks() {
        return store.call(c -> Sql.list(c, "SELECT " + LINK_COLUMNS + " FROM annotation_link ORDER BY created, id",
                SqliteAnnotationRepository::mapLink));
    }

    @Override
    public List<String> creators() {
        return store.call(c -> Sql.list(c, "SELECT DISTINCT creator FROM annotation ORDER BY creator",
                rs -> rs.getString(1)));
    }

    private static AnnotationLink mapLink(ResultSet rs) throws SQLException {
        return new AnnotationLink(rs.getString("id"), rs.getString("from_id"), rs.getString("to_id"),
                LinkRelation.valueOf(rs.getString("relation")), rs.getString("creator"), Sql.instant(rs, "created"));
    }
}
