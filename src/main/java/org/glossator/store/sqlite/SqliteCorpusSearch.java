package org.glossator.store.sqlite;

import java.sql.SQLException;
import java.util.List;

import org.glossator.store.jdbc.Jdbc;
import org.glossator.store.jdbc.SearchErrors;
import org.glossator.store.jdbc.MarkedText;
import org.glossator.store.CorpusSearch;
import org.glossator.store.SearchHit;
import org.glossator.store.SearchQuery;

/**
 * Search over the FTS5 index {@code article_fts}. Ranking is BM25 with title words
 * weighing four times body words; {@code ORDER BY rank} lets FTS5 sort and stop at the
 * limit, so snippets and highlights are only built for the hits returned.
 */
final class SqliteCorpusSearch implements CorpusSearch {
    private static final int SNIPPET_TOKENS = 24;
    private static final String RANKING = "bm25(4.0, 1.0)";
    private static final String SAME_ANNOTATION_FILTER = """
             AND EXISTS (SELECT 1 FROM annotation n WHERE n.article_id = article_fts.rowid
                 AND (?1 IS NULL OR n.type_key = ?1)
                 AND (?2 IS NULL OR n.verdict = ?2)
                 AND (?3 IS NULL OR EXISTS (SELECT 1 FROM annotation_tag t
                                            WHERE t.annotation_id = n.id AND t.tag = ?3 COLLATE NOCASE)))""";

    private final SqliteStore store;

    SqliteCorpusSearch(SqliteStore store) {
        this.store = store;
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        String match = Fts5Query.translate(query.text());
        String filter = query.filtersAnnotations() ? SAME_ANNOTATION_FILTER : "";
        String sql = "SELECT rowid, title, -rank,"
                + " snippet(article_fts, 1, char(1), char(2), '…', " + SNIPPET_TOKENS + "),"
                + " highlight(article_fts, 1, char(1), char(2))"
                + " FROM article_fts WHERE article_fts MATCH ?4 AND rank MATCH '" + RANKING + "'" + filter
                + " ORDER BY rank LIMIT ?5";
        String verdict = query.verdict() == null ? null : query.verdict().name();
        return store.call(c -> SearchErrors.translated(SqliteCorpusSearch::isSyntaxError, () -> Jdbc.list(c, sql, rs -> {
            MarkedText snippet = MarkedText.parse(rs.getString(4), false);
            MarkedText text = MarkedText.parse(rs.getString(5), true);
            return new SearchHit(rs.getLong(1), rs.getString(2), snippet.text(), snippet.ranges(), rs.getDouble(3),
                    text.ranges());
        }, query.typeKey(), verdict, query.tag(), match, query.limit())));
    }

    @Override
    public List<SearchHit.Range> matchesIn(long articleId, String query) {
        String match = Fts5Query.translate(query);
        return store.call(c -> SearchErrors.translated(SqliteCorpusSearch::isSyntaxError, () -> Jdbc.one(c, "SELECT highlight(article_fts, 1, char(1), char(2))"
                        + " FROM article_fts WHERE article_fts MATCH ? AND rowid = ?",
                rs -> MarkedText.parse(rs.getString(1), true).ranges(), match, articleId).orElse(List.of())));
    }

    /** How FTS5 reports a query it cannot parse. */
    private static boolean isSyntaxError(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("fts5") || message.contains("syntax error") || message.contains("malformed MATCH");
    }
}
