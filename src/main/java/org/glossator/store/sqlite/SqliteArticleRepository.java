package org.glossator.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDetails;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.ArticleSummary;
import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextHash;
import org.glossator.domain.TextProvenance;
import org.glossator.domain.WordCounter;
import org.glossator.store.ArticleRepository;

final class SqliteArticleRepository implements ArticleRepository {
    private static final String COLUMNS =
            "id, title, author, published, source_url, file_name, text, sha256, imported_at, formatting";

    private final SqliteStore store;

    SqliteArticleRepository(SqliteStore store) {
        this.store = store;
    }

    @Override
    public AddOutcome add(ArticleDraft draft) {
        String sha = TextHash.sha256(draft.text());
        return store.call(c -> {
            Optional<Long> existing = Sql.one(c, "SELECT id FROM article WHERE sha256 = ?", rs -> rs.getLong(1), sha);
            if (existing.isPresent()) {
                return new AddOutcome(existing.get(), false);
            }
            TextProvenance provenance = draft.provenance();
            Sql.update(c, "INSERT INTO article(title, author, published, source_url, file_name, text, sha256,"
                            + " word_count, imported_at, formatting, encoding, repairs, original_text)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    draft.title(), draft.author(), draft.published(), draft.sourceUrl(), draft.fileName(),
                    draft.text(), sha, WordCounter.count(draft.text()), Instant.now(),
                    FormattingCodec.encode(draft.formatting()), provenance.encoding(),
                    RepairsCodec.encode(provenance.repairs()), provenance.originalText());
            long id = Sql.one(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
            return new AddOutcome(id, true);
        });
    }

    @Override
    public Optional<Article> find(long id) {
        return store.call(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM article WHERE id = ?", this::map, id));
    }

    @Override
    public Optional<Article> findBySha256(String sha256) {
        return store.call(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM article WHERE sha256 = ?", this::map, sha256));
    }

    @Override
    public Optional<Article> findBySourceUrl(String url) {
        return store.call(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM article WHERE source_url = ? ORDER BY id",
                this::map, url));
    }

    @Override
    public List<ArticleSummary> summaries() {
        return store.call(c -> Sql.list(c, """
                SELECT a.id, a.title, a.author, a.published, a.word_count,
                       (SELECT count(*) FROM annotation n WHERE n.article_id = a.id) AS annotations
                FROM article a ORDER BY a.title COLLATE NOCASE, a.id""",
                rs -> new ArticleSummary(rs.getLong("id"), rs.getString("title"), rs.getString("author"),
                        rs.getString("published"), rs.getInt("word_count"), rs.getInt("annotations"))));
    }

    @Override
    public int count() {
        return store.call(c -> Sql.count(c, "SELECT count(*) FROM article"));
    }

    @Override
    public boolean delete(long id) {
        // Annotations, their tags and links go with the article via ON DELETE CASCADE.
        return store.call(c -> Sql.update(c, "DELETE FROM article WHERE id = ?", id) > 0);
    }

    @Override
    public void updateText(long id, String text, List<StyleSpan> formatting) {
        store.call(c -> Sql.update(c,
                "UPDATE article SET text = ?, sha256 = ?, word_count = ?, formatting = ? WHERE id = ?",
                text, TextHash.sha256(text), WordCounter.count(text), FormattingCodec.encode(formatting), id));
    }

    @Override
    public Optional<TextProvenance> provenance(long id) {
        return store.call(c -> Sql.one(c, "SELECT encoding, repairs, original_text FROM article WHERE id = ?",
                rs -> new TextProvenance(rs.getString(1), RepairsCodec.decode(rs.getString(2)), rs.getString(3)),
                id));
    }

    @Override
    public Optional<ArticleDetails> details(long id) {
        return store.call(c -> Sql.one(c,
                "SELECT title, author, published, source_url, source_notes FROM article WHERE id = ?",
                rs -> new ArticleDetails(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), id));
    }

    @Override
    public boolean updateDetails(long id, ArticleDetails details) {
        return store.call(c -> Sql.update(c, "UPDATE article SET title = ?, author = ?, published = ?,"
                        + " source_url = ?, source_notes = ? WHERE id = ?", details.title(), details.author(),
                details.published(), details.sourceUrl(), details.sourceNotes(), id) > 0);
    }

    private Article map(ResultSet rs) throws SQLException {
        return new Article(rs.getLong("id"), rs.getString("title"), rs.getString("author"),
                rs.getString("published"), rs.getString("source_url"), rs.getString("file_name"),
                rs.getString("text"), rs.getString("sha256"), Sql.instant(rs, "imported_at"),
                FormattingCodec.decode(rs.getString("formatting")));
    }
}
