package org.glossator.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.glossator.store.PackRepository;

/** Reading packs and hand-ins in SQL both dialects share. */
public final class JdbcPackRepository implements PackRepository {
    private static final String COLUMNS =
            "pack_id, title, instructions, due, type_keys, verdicts, reference_annotator, revealed, opened_at";

    private final JdbcSession store;

    public JdbcPackRepository(JdbcSession store) {
        this.store = store;
    }

    @Override
    public void save(StoredPack pack) {
        store.call(c -> {
            boolean exists = Jdbc.count(c, "SELECT count(*) FROM reading_pack WHERE pack_id = ?", pack.packId()) > 0;
            if (exists) {
                Jdbc.update(c, "UPDATE reading_pack SET title = ?, instructions = ?, due = ?, type_keys = ?,"
                                + " verdicts = ?, reference_annotator = ?, revealed = ?, opened_at = ? WHERE pack_id = ?",
                        pack.title(), pack.instructions(), pack.due(), join(pack.typeKeys()), join(pack.verdicts()),
                        pack.referenceAnnotator(), pack.revealed(), pack.openedAt(), pack.packId());
            } else {
                Jdbc.update(c, "INSERT INTO reading_pack(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)",
                        pack.packId(), pack.title(), pack.instructions(), pack.due(), join(pack.typeKeys()),
                        join(pack.verdicts()), pack.referenceAnnotator(), pack.revealed(), pack.openedAt());
            }
            // Hand-ins stay; questions and articles are rewritten in pack order.
            Jdbc.update(c, "DELETE FROM reading_pack_question WHERE pack_id = ?", pack.packId());
            Jdbc.update(c, "DELETE FROM reading_pack_article WHERE pack_id = ?", pack.packId());
            for (int i = 0; i < pack.questions().size(); i++) {
                Jdbc.update(c, "INSERT INTO reading_pack_question(pack_id, position, text) VALUES (?,?,?)",
                        pack.packId(), i, pack.questions().get(i));
            }
            for (int i = 0; i < pack.articleIds().size(); i++) {
                Jdbc.update(c, "INSERT INTO reading_pack_article(pack_id, position, article_id) VALUES (?,?,?)",
                        pack.packId(), i, pack.articleIds().get(i));
            }
            return null;
        });
    }

    @Override
    public Optional<StoredPack> find(String packId) {
        return store.call(c -> {
            Optional<Row> row = Jdbc.one(c, "SELECT " + COLUMNS + " FROM reading_pack WHERE pack_id = ?",
                    JdbcPackRepository::row, packId);
            return row.isEmpty() ? Optional.empty() : Optional.of(complete(c, row.get()));
        });
    }

    @Override
    public List<StoredPack> all() {
        return store.call(c -> completeAll(c, Jdbc.list(c,
                "SELECT " + COLUMNS + " FROM reading_pack ORDER BY opened_at DESC, title", JdbcPackRepository::row)));
    }

    @Override
    public List<StoredPack> containing(long articleId) {
        return store.call(c -> completeAll(c, Jdbc.list(c, "SELECT " + COLUMNS + " FROM reading_pack WHERE pack_id IN"
                        + " (SELECT pack_id FROM reading_pack_article WHERE article_id = ?) ORDER BY opened_at DESC, title",
                JdbcPackRepository::row, articleId)));
    }

    @Override
    public void setRevealed(String packId, boolean revealed) {
        store.call(c -> Jdbc.update(c, "UPDATE reading_pack SET revealed = ? WHERE pack_id = ?", revealed, packId));
    }

    @Override
    public void saveHandIn(HandInRecord h) {
        store.call(c -> Jdbc.update(c, "INSERT INTO reading_pack_hand_in(pack_id, student_key, student,"
                        + " file_name, checksum, handed_in, collected_at, annotations) VALUES (?,?,?,?,?,?,?,?)"
                        + " ON CONFLICT (pack_id, student_key) DO UPDATE SET student = excluded.student,"
                        + " file_name = excluded.file_name, checksum = excluded.checksum,"
                        + " handed_in = excluded.handed_in, collected_at = excluded.collected_at,"
                        + " annotations = excluded.annotations",
                h.packId(), h.studentKey(), h.student(), h.fileName(), h.checksum(), h.handedIn(), h.collectedAt(),
                h.annotations()));
    }

    @Override
    public List<HandInRecord> handIns(String packId) {
        return store.call(c -> Jdbc.list(c, "SELECT pack_id, student_key, student, file_name, checksum, handed_in,"
                        + " collected_at, annotations FROM reading_pack_hand_in WHERE pack_id = ? ORDER BY "
                        + store.dialect().caseInsensitive("student") + ", student_key",
                rs -> new HandInRecord(rs.getString("pack_id"), rs.getString("student_key"), rs.getString("student"),
                        rs.getString("file_name"), rs.getString("checksum"), Jdbc.instant(rs, "handed_in"),
                        Jdbc.instant(rs, "collected_at"), rs.getInt("annotations")), packId));
    }

    @Override
    public boolean delete(String packId) {
        return store.call(c -> Jdbc.update(c, "DELETE FROM reading_pack WHERE pack_id = ?", packId) > 0);
    }

    /** The reading_pack columns, before questions and articles are read. */
    private record Row(String packId, String title, String instructions, String due, String typeKeys,
                       String verdicts, String referenceAnnotator, boolean revealed, Instant openedAt) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("pack_id"), rs.getString("title"), rs.getString("instructions"),
                rs.getString("due"), rs.getString("type_keys"), rs.getString("verdicts"),
                rs.getString("reference_annotator"), rs.getBoolean("revealed"), Jdbc.instant(rs, "opened_at"));
    }

    private static List<StoredPack> completeAll(Connection c, List<Row> rows) throws SQLException {
        List<StoredPack> packs = new ArrayList<>();
        for (Row row : rows) {
            packs.add(complete(c, row));
        }
        return packs;
    }

    private static StoredPack complete(Connection c, Row r) throws SQLException {
        List<String> questions = Jdbc.list(c, "SELECT text FROM reading_pack_question WHERE pack_id = ? ORDER BY position",
                rs -> rs.getString(1), r.packId());
        List<Long> articles = Jdbc.list(c, "SELECT article_id FROM reading_pack_article WHERE pack_id = ? ORDER BY position",
                rs -> rs.getLong(1), r.packId());
        return new StoredPack(r.packId(), r.title(), r.instructions(), r.due(), questions, split(r.typeKeys()),
                split(r.verdicts()), r.referenceAnnotator(), r.revealed(), articles, r.openedAt());
    }

    // Type and verdict keys are [a-z0-9-], so a comma never occurs inside one.
    private static String join(List<String> keys) {
        return String.join(",", keys);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
