package org.glossator.store;

import java.util.List;

/**
 * Full-text search over the corpus (SQLite FTS5 today; PostgreSQL full-text search
 * in a shared store later). Queries use a small, store-independent syntax: words
 * (all must occur), "a phrase", prefix*, OR, NOT, parentheses.
 */
public interface CorpusSearch {

    /**
     * Ranked hits, best first.
     * @throws SearchSyntaxException when the query cannot be understood, with a message for the user
     */
    List<SearchHit> search(SearchQuery query);

    /**
     * Where the query's words occur in one article's reading text (code points), for
     * highlighting them when a hit is opened; empty when the article does not match.
     */
    List<SearchHit.Range> matchesIn(long articleId, String query);
}
