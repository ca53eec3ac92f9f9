package org.glossator.store.sqlite;

import org.glossator.store.jdbc.Jdbc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossator.store.sqlite.StoreFixtures.annotation;
import static org.glossator.store.sqlite.StoreFixtures.draft;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.TextHash;
import org.glossator.domain.Verdict;
import org.glossator.store.ArticleRepository.AddOutcome;
import org.glossator.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
    @TempDir
    Path dir;
    SqliteStore store;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void opensInWalModeWithForeignKeysOn() {
        String journal = store.call(c -> Jdbc.one(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
        int fk = store.call(c -> Jdbc.count(c, "PRAGMA foreign_keys"));
        int busy = store.call(c -> Jdbc.count(c, "PRAGMA busy_timeout"));
        assertThat(journal).isEqualToIgnoringCase("wal");
        assertThat(fk).isEqualTo(1);
        assertThat(busy).isPositive();
        assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
    }

    @Test
    void overlappingAndNestedSpansAreKeptApart() {
        long id = store.articles().add(draft("T", "abcdefghijklmnopqrstuvwxyz")).id();
        Annotation outer = annotation(id, "claim", 0, 20, "abcdefghijklmnopqrst");
        Annotation inner = annotation(id, "quote", 5, 10, "fghij");
        Annotation crossing = annotation(id, "source", 15, 25, "pqrstuvwxy");
        store.annotations().saveAll(List.of(crossing, inner, outer));
        assertThat(store.annotations().forArticle(id)).extracting(Annotation::id)
                .containsExactly(outer.id(), inner.id(), crossing.id());
    }

    @Test
    void editingAnAnnotationKeepsItsLinks() {
        long id = store.articles().add(draft("T", "claim text and source text")).id();
        Annotation claim = annotation(id, "claim", 0, 10, "claim text");
        Annotation source = annotation(id, "source", 15, 26, "source text");
        store.annotations().saveAll(List.of(claim, source));
        store.annotations().saveLink(link(claim, source));
        store.annotations().save(claim.toBuilder().note("edited").build());
        assertThat(store.annotations().linksOf(claim.id())).hasSize(1);
    }

    @Test
    void refusesAFileThatIsNotADatabaseAndLeavesItAlone() throws Exception {
        Path junk = dir.resolve("junk.db");
        byte[] bytes = "this is not sqlite, just some text that is long enough to look like a header"
                .repeat(100).getBytes();
        Files.write(junk, bytes);
        assertThatThrownBy(() -> SqliteStore.open(junk))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Glossator database");
        assertThat(Files.readAllBytes(junk)).isEqualTo(bytes);
    }

    @Test
    void dataSurvivesReopening() {
        long id = store.articles().add(draft("T", "persisted text")).id();
        Annotation a = annotation(id, "quote", 0, 9, "persisted");
        store.annotations().save(a);
        store.close();
        store = SqliteStore.open(dir.resolve("g.db"));
        assertThat(store.annotations().find(a.id())).contains(a.withVersion(1));
        assertThat(store.integrityCheck()).isEqualTo("ok");
    }

    private static AnnotationLink link(Annotation from, Annotation to) {
        return new AnnotationLink(java.util.UUID.randomUUID().toString(), from.id(), to.id(),
                LinkRelation.SAME_AS, "Ada", Instant.parse("2025-06-01T00:00:00Z"));
    }
}
