package org.glossator.store.postgres;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.glossator.store.CorpusSearch;
import org.glossator.store.SearchHit;
import org.glossator.store.SearchQuery;
import org.glossator.store.jdbc.Jdbc;
import org.glossator.store.jdbc.SearchErrors;
import org.glossator.store.jdbc.MarkedText;

/**
 * Search over the generated {@code article.search_vector} (GIN index). Ranking is
 * {@code ts_rank} with title words (weight A) counting four times body words (B), as the
 * SQLite store's BM25 weights do; the best hits are chosen first, so the snippets
 * ({@code ts_headline}) and the highlights of the whole text are built only for those returned.
 */
final class PostgresCorpusSearch implements CorpusSearch {
    private static final String WEIGHTS = "'{0.1, 0.2, 0.25, 1.0}'";
    private static final String MARKS = "'StartSel=' || chr(1) || ', StopSel=' || chr(2)";
    private static final String ALL_OPTIONS = MARKS + " || ', HighlightAll=true'";
    private static final String SAME_ANNOTATION_FILTER = """
             AND EXISTS (SELECT 1 FROM annotation n WHERE n.article_id = a.id
                 AND (CAST(? AS TEXT) IS NULL OR n.type_key = ?)
                 AND (CAST(? AS TEXT) IS NULL OR n.verdict = ?)
                 AND (CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM annotation_tag t
                                            WHERE t.annotation_id = n.id AND lower(t.tag) = lower(?))))""";

    private final PostgresStore store;

    PostgresCorpusSearch(PostgresStore store) {
        this.store = store;
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        String tsquery = TsQuery.translate(query.text());
        boolean filtered = query.filtersAnnotations();
        String sql = "WITH q AS (SELECT to_tsquery('glossator', ?) AS query),"
                + " best AS (SELECT a.id, a.title, a.text, ts_rank(" + WEIGHTS + ", a.search_vector, q.query, 1) AS score"
                + " FROM article a, q WHERE a.search_vector @@ q.query" + (filtered ? " " + SAME_ANNOTATION_FILTER : "")
                + " ORDER BY score DESC, a.id LIMIT ?)"
                + " SELECT best.id, best.title, best.score, best.text,"
                + " ts_headline('glossator', glossator_words(best.text), q.query, " + ALL_OPTIONS + ")"
                + " FROM best, q ORDER BY best.score DESC, best.id";
        List<Object> params = new ArrayList<>();
        params.add(tsquery);
        if (filtered) {
            String verdict = query.verdict() == null ? null : query.verdict().name();
            for (String value : new String[] {query.typeKey(), verdict, query.tag()}) {
                params.add(value);
                params.add(value);
            }
        }
        params.add(query.limit());
        return store.call(c -> SearchErrors.translated(PostgresCorpusSearch::isSyntaxError, () -> Jdbc.list(c, sql, rs -> {
            List<SearchHit.Range> matches = MarkedText.parse(rs.getString(5), true).ranges();
            Snippet snippet = Snippet.around(rs.getString(4), matches);
            return new SearchHit(rs.getLong(1), rs.getString(2), snippet.text(), snippet.highlights(),
                    rs.getDouble(3), matches);
        }, params.toArray())));
    }

    @Override
    public List<SearchHit.Range> matchesIn(long articleId, String query) {
        String tsquery = TsQuery.translate(query);
        return store.call(c -> SearchErrors.translated(PostgresCorpusSearch::isSyntaxError, () -> Jdbc.one(c, "WITH q AS (SELECT to_tsquery('glossator', ?) AS query)"
                        + " SELECT ts_headline('glossator', glossator_words(a.text), q.query, " + ALL_OPTIONS + ")"
                        + " FROM article a, q WHERE a.id = ? AND a.search_vector @@ q.query",
                rs -> MarkedText.parse(rs.getString(1), true).ranges(), tsquery, articleId).orElse(List.of())));
    }

    /** How PostgreSQL reports a tsquery it cannot parse: SQLSTATE 42601, syntax error. */
    private static boolean isSyntaxError(SQLException e) {
        return "42601".equals(e.getSQLState());
    }
}
