package org.glossator.store.sqlite;

import org.glossator.store.jdbc.Jdbc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.store.sqlite.StoreFixtures.annotation;
import static org.glossator.store.sqlite.StoreFixtures.draft;

import java.nio.file.Path;
import java.util.List;

import org.glossator.domain.Verdict;
import org.glossator.store.SearchHit;
import org.glossator.store.SearchHit.Range;
import org.glossator.store.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FTS5 search on SQLite. Following text, title and delete edits and the syntax messages are
 * checked on both stores, word for word, by {@code StoreContractTest}.
 */
class SqliteCorpusSearchTest {
    @TempDir
    Path dir;

    private SqliteStore store;
    private long harbour;
    private long library;
    private long bridge;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
        harbour = store.articles().add(draft("Harbour lights",
                "🔦 The council lit the harbour at night.\nFishermen said the harbour lights were too bright.")).id();
        library = store.articles().add(draft("Library hours",
                "The library opens later; the licence for the café expired. Lighthouse keepers disagreed.")).id();
        bridge = store.articles().add(draft("Bridge repairs",
                "Repairs on the bridge start in May, the council said.")).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void ranksHitsAndReportsCodePointOffsetsOfEveryMatch() {
        List<SearchHit> hits = store.search().search(SearchQuery.of("harbour"));

        assertThat(hits).extracting(SearchHit::articleId).containsExactly(harbour);
        SearchHit hit = hits.get(0);
        String text = store.articles().find(harbour).orElseThrow().text();
        // The torch emoji is two chars but one code point: offsets count code points.
        assertThat(hit.matches()).containsExactly(new Range(22, 29), new Range(59, 66));
        assertThat(text.codePoints().skip(22).limit(7).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString()).isEqualTo("harbour");
        assertThat(hit.snippet()).contains("harbour");
        Range first = hit.snippetHighlights().get(0);
        assertThat(hit.snippet().substring(first.start(), first.end())).isEqualTo("harbour");
        assertThat(hit.score()).isPositive();
    }

    @Test
    void titleWordsRankAboveBodyWords() {
        List<SearchHit> hits = store.search().search(SearchQuery.of("council"));

        assertThat(hits).extracting(SearchHit::articleId).containsExactlyInAnyOrder(harbour, bridge);
        assertThat(store.search().search(SearchQuery.of("lights OR lighthouse")).get(0).articleId()).isEqualTo(harbour);
    }

    @Test
    void phraseAndPrefixQueries() {
        assertThat(store.search().search(SearchQuery.of("\"harbour lights\""))).extracting(SearchHit::articleId)
                .containsExactly(harbour);
        assertThat(store.search().search(SearchQuery.of("\"lights harbour\""))).isEmpty();
        assertThat(store.search().search(SearchQuery.of("light*"))).extracting(SearchHit::articleId)
                .containsExactlyInAnyOrder(harbour, library);
    }

    @Test
    void accentsAndPunctuationInWordsDoNotBreakTheQuery() {
        assertThat(store.search().search(SearchQuery.of("cafe"))).extracting(SearchHit::articleId)
                .containsExactly(library);
        assertThat(store.search().search(SearchQuery.of("later; the"))).extracting(SearchHit::articleId)
                .containsExactly(library);
        assertThat(store.search().search(SearchQuery.of("co-op:harbour"))).isEmpty();
    }

    @Test
    void filtersOnOneAnnotationsTypeTagAndVerdict() {
        store.annotations().save(annotation(library, "claim", 4, 11, "library").toBuilder()
                .verdict(Verdict.UNSUPPORTED).tags(List.of("licence")).build());
        store.annotations().save(annotation(bridge, "claim", 0, 7, "Repairs").toBuilder()
                .verdict(Verdict.ACCURATE).tags(List.of("licence")).build());
        store.annotations().save(annotation(harbour, "quote", 0, 3, "The").toBuilder()
                .tags(List.of("licence")).build());

        SearchQuery unsupportedLicence = new SearchQuery("the", "claim", "licence", Verdict.UNSUPPORTED, 10);
        SearchQuery quotes = new SearchQuery("the", "quote", null, null, 10);

        assertThat(store.search().search(unsupportedLicence)).extracting(SearchHit::articleId).containsExactly(library);
        assertThat(store.search().search(quotes)).extracting(SearchHit::articleId).containsExactly(harbour);
    }

    @Test
    void matchesInOneArticle() {
        assertThat(store.search().matchesIn(harbour, "harbour")).containsExactly(new Range(22, 29), new Range(59, 66));
        assertThat(store.search().matchesIn(bridge, "harbour")).isEmpty();
    }

    @Test
    void migrationIndexesArticlesAlreadyThere() {
        store.close();
        Path old = dir.resolve("old.db");
        try (SqliteStore v2 = SqliteStore.open(old, 2)) {
            v2.call(c -> Jdbc.update(c, "INSERT INTO article(title, text, sha256, word_count, imported_at)"
                    + " VALUES ('Old piece', 'Written before search existed.', 'x', 4, '2025-01-01T00:00:00Z')"));
        }
        store = SqliteStore.open(old);

        assertThat(store.search().search(SearchQuery.of("existed"))).hasSize(1);
        assertThat(store.articles().provenance(1).orElseThrow().encoding()).isNull();
    }
}
