package org.glossator.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.LinkRelation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository calls large imports use: stored ids looked up many at a time, rows saved in batches. */
class AnnotationBatchesTest {
    @TempDir
    Path dir;
    SqliteStore store;
    long article;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
        article = store.articles().add(StoreFixtures.draft("Jobs", "The minister said unemployment fell.")).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void modifiedTimesNamesOnlyStoredIdsAcrossManyLookups() {
        List<Annotation> stored = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            Annotation a = StoreFixtures.annotation(article, "claim", 4, 12, "minister");
            stored.add(a.toBuilder().modified(Instant.parse("2025-06-01T10:15:30Z").plusSeconds(i)).build());
        }
        store.annotations().saveAll(stored);
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < stored.size(); i += 2) {
            asked.add(stored.get(i).id());
            asked.add("not-stored-" + i);
        }
        asked.add(stored.get(0).id()); // asked twice

        Map<String, Instant> found = store.annotations().modifiedTimes(asked);

        assertThat(found).hasSize(617);
        for (int i = 0; i < stored.size(); i += 2) {
            assertThat(found).containsEntry(stored.get(i).id(), stored.get(i).modified());
        }
        assertThat(found.keySet()).noneMatch(id -> id.startsWith("not-stored"));
        assertThat(store.annotations().modifiedTimes(List.of())).isEmpty();
    }

    @Test
    void saveAllMixesNewAndStoredAnnotationsKeepingLinksAndReplacingTags() {
        Annotation kept = StoreFixtures.annotation(article, "claim", 4, 12, "minister");
        Annotation other = StoreFixtures.annotation(article, "claim", 18, 30, "unemployment");
        store.annotations().saveAll(List.of(kept, other));
        store.annotations().saveLink(new AnnotationLink("l1", kept.id(), other.id(), LinkRelation.SUPPORTED_BY, "Ada",
                Instant.parse("2025-06-02T00:00:00Z")));

        List<Annotation> batch = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) { // more than one write batch
            batch.add(StoreFixtures.annotation(article, "quote", 0, 3, "The"));
        }
        Annotation edited = kept.toBuilder().note("edited").tags(List.of("c")).build();
        batch.add(550, edited);
        store.annotations().saveAll(batch);

        assertThat(store.annotations().count()).isEqualTo(1_102);
        assertThat(store.annotations().find(kept.id()).orElseThrow().note()).isEqualTo("edited");
        assertThat(store.annotations().find(kept.id()).orElseThrow().tags()).containsExactly("c");
        assertThat(store.annotations().linksOf(kept.id())).extracting(AnnotationLink::id).containsExactly("l1");
        assertThat(store.annotations().find(batch.get(1_000).id()).orElseThrow().tags()).containsExactly("a", "b");
    }

    @Test
    void theLastCopyOfAnIdInOneCallWins() {
        Annotation first = StoreFixtures.annotation(article, "claim", 4, 12, "minister");
        Annotation second = first.toBuilder().note("second").tags(List.of("x")).build();

        store.annotations().saveAll(List.of(first, second));

        assertThat(store.annotations().count()).isEqualTo(1);
        Annotation read = store.annotations().find(first.id()).orElseThrow();
        assertThat(read.note()).isEqualTo("second");
        assertThat(read.tags()).containsExactly("x");
    }
}
