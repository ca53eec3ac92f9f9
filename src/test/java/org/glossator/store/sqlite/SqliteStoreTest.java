package org.glossator.store.sqlite;

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
        String journal = store.call(c -> Sql.one(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
        int fk = store.call(c -> Sql.count(c, "PRAGMA foreign_keys"));
        int busy = store.call(c -> Sql.count(c, "PRAGMA busy_timeout"));
        assertThat(journal).isEqualToIgnoringCase("wal");
        assertThat(fk).isEqualTo(1);
        assertThat(busy).isPositive();
        assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
    }

    @Test
    void addsArticleAndRecognisesTheSameTextByHash() {
        AddOutcome first = store.articles().add(draft("One", "Open weights are not open source."));
        AddOutcome again = store.articles().add(draft("Other title", "Open weights are not open source."));
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.articles().count()).isEqualTo(1);
        var article = store.articles().find(first.id()).orElseThrow();
        assertThat(article.sha256()).isEqualTo(TextHash.sha256("Open weights are not open source."));
        assertThat(article.title()).isEqualTo("One");
        assertThat(article.importedAt()).isNotNull();
    }

    @Test
    void summariesCountWordsAndAnnotations() {
        long id = store.articles().add(draft("B title", "one two three four")).id();
        store.articles().add(draft("A title", "five six"));
        store.annotations().save(annotation(id, "claim", 0, 3, "one"));
        var summaries = store.articles().summaries();
        assertThat(summaries).extracting(s -> s.title()).containsExactly("A title", "B title");
        assertThat(summaries.get(1).wordCount()).isEqualTo(4);
        assertThat(summaries.get(1).annotationCount()).isEqualTo(1);
        assertThat(summaries.get(0).annotationCount()).isZero();
    }

    @Test
    void savesAndReloadsEveryAnnotationField() {
        long id = store.articles().add(draft("T", "The model is fully open source, they said.")).id();
        Annotation a = annotation(id, "claim", 4, 31, "model is fully open source").toBuilder()
                .verdict(Verdict.MISLEADING).evidence("the licence text").tags(List.of("licence", "weights"))
                .build();
        store.annotations().save(a);
        assertThat(store.annotations().find(a.id())).contains(a.withVersion(1));

        Annotation edited = a.toBuilder().note("changed").tags(List.of("x")).verdict(Verdict.FALSE)
                .modified(Instant.parse("2025-06-02T00:00:00Z")).build();
        store.annotations().save(edited);
        assertThat(store.annotations().find(a.id())).contains(edited.withVersion(2));
        assertThat(store.annotations().count()).isEqualTo(1);
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
    void linksJoinAnnotationsAcrossArticlesAndCascadeWithArticleDelete() {
        long a1 = store.articles().add(draft("First", "Models are open source.")).id();
        long a2 = store.articles().add(draft("Second", "They repeat: models are open source.")).id();
        Annotation claim = annotation(a1, "claim", 0, 22, "Models are open source");
        Annotation repeat = annotation(a2, "claim", 13, 35, "models are open source");
        Annotation other = annotation(a2, "quote", 0, 4, "They");
        store.annotations().saveAll(List.of(claim, repeat, other));
        AnnotationLink same = link(claim, repeat);
        store.annotations().saveLink(same);
        store.annotations().saveLink(link(repeat, other));

        assertThat(store.annotations().linksForArticle(a1)).containsExactly(same);
        assertThat(store.annotations().linksOf(repeat.id())).hasSize(2);

        assertThat(store.articles().delete(a1)).isTrue();
        assertThat(store.annotations().find(claim.id())).isEmpty();
        assertThat(store.annotations().linksOf(repeat.id())).hasSize(1);
        assertThat(store.annotations().count()).isEqualTo(2);
        int tags = store.call(c -> Sql.count(c, "SELECT count(*) FROM annotation_tag WHERE annotation_id = ?",
                claim.id()));
        assertThat(tags).isZero();
    }

    @Test
    void linkToMissingAnnotationIsRefusedByForeignKey() {
        long id = store.articles().add(draft("T", "text")).id();
        Annotation a = annotation(id, "claim", 0, 4, "text");
        store.annotations().save(a);
        AnnotationLink dangling = new AnnotationLink("l1", a.id(), "missing", LinkRelation.RELATED, "", Instant.now());
        assertThatThrownBy(() -> store.annotations().saveLink(dangling)).isInstanceOf(StoreException.class);
        assertThat(store.annotations().allLinks()).isEmpty();
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.articles().add(draft("Half", "half imported"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store.articles().count()).isZero();
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
