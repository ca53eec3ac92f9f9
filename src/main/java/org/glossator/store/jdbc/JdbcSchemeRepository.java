package org.glossator.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.DefaultScheme;
import org.glossator.domain.TypeKind;
import org.glossator.store.SchemeRepository;
import org.glossator.store.SchemeRuleException;

/** The annotation scheme in SQL both dialects share. */
public final class JdbcSchemeRepository implements SchemeRepository {
    private static final String COLUMNS = "key, label, color, position, kind, built_in";

    private final JdbcSession store;

    /**
     * Writes the built-in types of {@link DefaultScheme} into a new database: the schema step
     * that creates the type table runs it on both stores, so they never disagree on the defaults.
     * Only the columns that step creates: it must keep working on a database of that version.
     */
    public static void seedDefaultTypes(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation_type(key, label, color, position, kind,"
                + " built_in) VALUES (?,?,?,?,?,?) ON CONFLICT (key) DO NOTHING")) {
            for (AnnotationType type : DefaultScheme.types()) {
                Jdbc.bind(ps, type.key(), type.label(), type.color(), type.position(), type.kind(), true);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public JdbcSchemeRepository(JdbcSession store) {
        this.store = store;
    }

    @Override
    public List<AnnotationType> types() {
        return store.call(c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM annotation_type ORDER BY position, key",
                JdbcSchemeRepository::map));
    }

    @Override
    public Optional<AnnotationType> find(String key) {
        return store.call(c -> Jdbc.one(c, "SELECT " + COLUMNS + " FROM annotation_type WHERE key = ?",
                JdbcSchemeRepository::map, key));
    }

    @Override
    public void save(AnnotationType type) {
        store.call(c -> {
            Optional<AnnotationType> existing = Jdbc.one(c, "SELECT " + COLUMNS + " FROM annotation_type WHERE key = ?",
                    JdbcSchemeRepository::map, type.key());
            if (existing.isPresent()) {
                if (existing.get().kind() != type.kind() && Jdbc.count(c,
                        "SELECT count(*) FROM annotation WHERE type_key = ?", type.key()) > 0) {
                    throw new SchemeRuleException("The type \"" + existing.get().label()
                            + "\" is in use; its kind cannot change.");
                }
                Jdbc.update(c, "UPDATE annotation_type SET label = ?, color = ?, position = ?, kind = ? WHERE key = ?",
                        type.label(), type.color(), type.position(), type.kind(), type.key());
            } else {
                Jdbc.update(c, "INSERT INTO annotation_type(" + COLUMNS + ") VALUES (?,?,?,?,?,?)",
                        type.key(), type.label(), type.color(), type.position(), type.kind(), type.builtIn());
            }
            return null;
        });
    }

    @Override
    public void reorder(List<String> keysInOrder) {
        store.call(c -> {
            for (int i = 0; i < keysInOrder.size(); i++) {
                Jdbc.update(c, "UPDATE annotation_type SET position = ? WHERE key = ?", i, keysInOrder.get(i));
            }
            return null;
        });
    }

    @Override
    public int usageCount(String key) {
        return store.call(c -> Jdbc.count(c, "SELECT count(*) FROM annotation WHERE type_key = ?", key));
    }

    @Override
    public void delete(String key) {
        store.call(c -> {
            AnnotationType type = Jdbc.one(c, "SELECT " + COLUMNS + " FROM annotation_type WHERE key = ?",
                    JdbcSchemeRepository::map, key)
                    .orElseThrow(() -> new SchemeRuleException("There is no annotation type \"" + key + "\"."));
            if (type.builtIn()) {
                throw new SchemeRuleException("\"" + type.label() + "\" is built in and cannot be deleted.");
            }
            int used = Jdbc.count(c, "SELECT count(*) FROM annotation WHERE type_key = ?", key);
            if (used > 0) {
                throw new SchemeRuleException("\"" + type.label() + "\" is used by " + used
                        + (used == 1 ? " annotation" : " annotations")
                        + "; change their type before deleting it.");
            }
            Jdbc.update(c, "DELETE FROM annotation_type WHERE key = ?", key);
            return null;
        });
    }

    private static AnnotationType map(ResultSet rs) throws SQLException {
        return new AnnotationType(rs.getString("key"), rs.getString("label"), rs.getString("color"),
                rs.getInt("position"), TypeKind.valueOf(rs.getString("kind")), rs.getBoolean("built_in"));
    }
}
