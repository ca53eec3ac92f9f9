package org.glossator.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.glossator.store.CorpusSearch;
import org.glossator.store.SearchHit;
import org.glossator.store.SearchQuery;
import org.glossator.store.SearchSyntaxException;

/**
 * Search over the FTS5 index {@code article_fts}. Ranking is BM25 with title words
 * weighing four times body words; {@code ORDER BY rank} lets FTS5 sort and stop at the
 * limit, so snippets and highlights are only built for the hits returned.
 */
final class SqliteCorpusSearch implements CorpusSearch {
    private static final char START = '\u0001';
    private static final char END = '\u0002';
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
        return store.call(c -> run(c, () -> Sql.list(c, sql, rs -> {
            Marked snippet = Marked.parse(rs.getString(4), false);
            Marked text = Marked.parse(rs.getString(5), true);
            return new SearchHit(rs.getLong(1), rs.getString(2), snippet.text, snippet.ranges, rs.getDouble(3),
                    text.ranges);
        }, query.typeKey(), verdict, query.tag(), match, query.limit())));
    }

    @Override
    public List<SearchHit.Range> matchesIn(long articleId, String query) {
        String match = Fts5Query.translate(query);
        return store.call(c -> run(c, () -> Sql.one(c, "SELECT highlight(article_fts, 1, char(1), char(2))"
                        + " FROM article_fts WHERE article_fts MATCH ? AND rowid = ?",
                rs -> Marked.parse(rs.getString(1), true).ranges, match, articleId).orElse(List.of())));
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    /** FTS5 reports a query it cannot parse as an SQL error; the user gets a sentence instead. */
    private static <T> T run(Connection c, Query<T> query) throws SQLException {
        try {
            return query.run();
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("fts5") || message.contains("syntax error") || message.contains("malformed MATCH")) {
                throw new SearchSyntaxException("The search could not be understood. Use words, \"a phrase\","
                        + " prefix*, OR, NOT and parentheses.", e);
            }
            throw e;
        }
    }

    /** Text with START/END marks around matches, turned into plain text and ranges. */
    private record Marked(String text, List<SearchHit.Range> ranges) {
        /** @param codePoints ranges in code points (reading text) or in chars (snippets for display) */
        static Marked parse(String marked, boolean codePoints) {
            if (marked == null) {
                return new Marked("", List.of());
            }
            StringBuilder plain = new StringBuilder(marked.length());
            List<SearchHit.Range> ranges = new ArrayList<>();
            int position = 0;
            int start = -1;
            for (int i = 0; i < marked.length(); ) {
                int cp = marked.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == START) {
                    start = position;
                } else if (cp == END) {
                    if (start >= 0) {
                        ranges.add(new SearchHit.Range(start, position));
                    }
                    start = -1;
                } else {
                    plain.appendCodePoint(cp);
                    position += codePoints ? 1 : Character.charCount(cp);
                }
            }
            return new Marked(plain.toString(), ranges);
        }
    }
}
