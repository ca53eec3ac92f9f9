package org.glossator.store.jdbc;

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
import org.glossator.domain.TitleOrder;
import org.glossator.domain.WordCounter;
import org.glossator.store.ArticleRepository;

/** The corpus in SQL both dialects share (the PostgreSQL store uses it; SQLite can move to it). */
public final class JdbcArticleRepository implements ArticleRepository {
    private static final String COLUMNS =
            "id, title, author, published, source_url, file_name, text, sha256, imported_at, formatting";

    private final JdbcSession session;

    public JdbcArticleRepository(JdbcSession session) {
        this.session = session;
    }

    /**
     * {@code ON CONFLICT (sha256) DO NOTHING}: two clients adding the same text at once end up
     * with one article, the second one told it was there already.
     */
    @Override
    public AddOutcome add(ArticleDraft draft) {
        String sha = TextHash.sha256(draft.text());
        return session.call(c -> {
            TextProvenance provenance = draft.provenance();
            Optional<Long> inserted = Jdbc.one(c, "INSERT INTO article(title, author, published, source_url,"
                            + " file_name, text, sha256, word_count, imported_at, formatting, encoding, repairs,"
                            + " original_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
                            + " ON CONFLICT (sha256) DO NOTHING RETURNING id", rs -> rs.getLong(1),
                    draft.title(), draft.author(), draft.published(), draft.sourceUrl(), draft.fileName(),
                    draft.text(), sha, WordCounter.count(draft.text()), Instant.now(),
                    FormattingCodec.encode(draft.formatting()), provenance.encoding(),
                    RepairsCodec.encode(provenance.repairs()), provenance.originalText());
            if (inserted.isPresent()) {
                return new AddOutcome(inserted.get(), true);
            }
            long existing = Jdbc.one(c, "SELECT id FROM article WHERE sha256 = ?", rs -> rs.getLong(1), sha)
                    .orElseThrow();
            return new AddOutcome(existing, false);
        });
    }

    @Override
    public Optional<Article> find(long id) {
        return session.call(c -> Jdbc.one(c, "SELECT " + COLUMNS + " FROM article WHERE id = ?", this::map, id));
    }

    @Override
    public Optional<Article> findBySha256(String sha256) {
        return session.call(c -> Jdbc.one(c, "SELECT " + COLUMNS + " FROM article WHERE sha256 = ?", this::map,
                sha256));
    }

    @Override
    public Optional<Article> findBySourceUrl(String url) {
        return session.call(c -> Jdbc.one(c, "SELECT " + COLUMNS + " FROM article WHERE source_url = ? ORDER BY id",
                this::map, url));
    }

    @Override
    public List<ArticleSummary> summaries() {
        // Ordered here, not in SQL: neither engine's case-insensitive order knows accents or numbers.
        return TitleOrder.sorted(session.call(c -> Jdbc.list(c, """
                SELECT a.id, a.title, a.author, a.published, a.word_count,
                       (SELECT count(*) FROM annotation n WHERE n.article_id = a.id) AS annotations
                FROM article a""",
                rs -> new ArticleSummary(rs.getLong("id"), rs.getString("title"), rs.getString("author"),
                        rs.getString("published"), rs.getInt("word_count"), rs.getInt("annotations")))));
    }

    @Override
    public int count() {
        return session.call(c -> Jdbc.count(c, "SELECT count(*) FROM article"));
    }

    @Override
    public boolean delete(long id) {
        // Annotations, their tags and links go with the article via ON DELETE CASCADE.
        return session.call(c -> Jdbc.update(c, "DELETE FROM article WHERE id = ?", id) > 0);
    }

    @Override
    public void updateText(long id, String text, List<StyleSpan> formatting) {
        session.call(c -> Jdbc.update(c,
                "UPDATE article SET text = ?, sha256 = ?, word_count = ?, formatting = ? WHERE id = ?",
                text, TextHash.sha256(text), WordCounter.count(text), FormattingCodec.encode(formatting), id));
    }

    @Override
    public Optional<TextProvenance> provenance(long id) {
        return session.call(c -> Jdbc.one(c, "SELECT encoding, repairs, original_text FROM article WHERE id = ?",
                rs -> new TextProvenance(rs.getString(1), RepairsCodec.decode(rs.getString(2)), rs.getString(3)),
                id));
    }

    @Override
    public Optional<ArticleDetails> details(long id) {
        return session.call(c -> Jdbc.one(c,
                "SELECT title, author, published, source_url, source_notes FROM article WHERE id = ?",
                rs -> new ArticleDetails(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), id));
    }

    @Override
    public boolean updateDetails(long id, ArticleDetails details) {
        return session.call(c -> Jdbc.update(c, "UPDATE article SET title = ?, author = ?, published = ?,"
                        + " source_url = ?, source_notes = ? WHERE id = ?", details.title(), details.author(),
                details.published(), details.sourceUrl(), details.sourceNotes(), id) > 0);
    }

    private Article map(ResultSet rs) throws SQLException {
        return new Article(rs.getLong("id"), rs.getString("title"), rs.getString("author"),
                rs.getString("published"), rs.getString("source_url"), rs.getString("file_name"),
                rs.getString("text"), rs.getString("sha256"), Jdbc.instant(rs, "imported_at"),
                FormattingCodec.decode(rs.getString("formatting")));
    }
}
