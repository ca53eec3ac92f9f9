package org.glossator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glossator.domain.ArticleDraft;
import org.glossator.store.postgres.PostgresStore;
import org.glossator.store.postgres.PostgresTarget;
import org.glossator.store.postgres.SharedPostgres;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two stores' search finds the same articles for plain word queries: the sample corpus
 * goes into both, and a seventh of its words (and a prefix of each) are searched in both.
 */
class SearchParityTest {
    @TempDir
    Path dir;

    @Test
    void everyWordOfTheSampleCorpusFindsTheSameArticlesInBothStores() throws IOException {
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of("sample-corpus"))) {
            texts = files.filter(f -> !f.getFileName().toString().equals("README.md")).sorted()
                    .map(SearchParityTest::read).toList();
        }
        Set<String> words = texts.stream()
                .flatMap(t -> Stream.of(t.split("[^\\p{L}\\p{N}]+")))
                .filter(w -> w.length() > 1).map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(words).hasSizeGreaterThan(500);

        try (Store sqlite = SqliteStore.open(dir.resolve("parity.db"));
             Store postgres = PostgresStore.open(PostgresTarget.parse(SharedPostgres.migratedDatabase("parity")),
                     null)) {
            for (int i = 0; i < texts.size(); i++) {
                ArticleDraft draft = new ArticleDraft("Article " + i, null, null, null, null, texts.get(i), List.of());
                sqlite.articles().add(draft);
                postgres.articles().add(draft);
            }
            int n = 0;
            for (String word : words) {
                if (n++ % 7 != 0) {
                    continue; // every seventh word (sorted): all kinds, and the suite stays fast
                }
                assertThat(titles(postgres, word)).as(word).isEqualTo(titles(sqlite, word));
                if (word.length() > 3) {
                    String prefix = word.substring(0, 3) + "*";
                    assertThat(titles(postgres, prefix)).as(prefix).isEqualTo(titles(sqlite, prefix));
                }
            }
        }
    }

    private static Set<String> titles(Store store, String query) {
        return store.search().search(new SearchQuery(query, null, null, null, 100)).stream()
                .map(SearchHit::title).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
