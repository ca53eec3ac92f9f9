package org.glossator.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.glossator.store.PackRepository.HandInRecord;
import org.glossator.store.PackRepository.StoredPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlitePackRepositoryTest {
    @TempDir
    Path dir;

    private static StoredPack pack(String id, List<Long> articles, Instant opened) {
        return new StoredPack(id, "Pack " + id, "Read.", "2026-12-01", List.of("Q1", "Q2"), List.of("claim", "quote"),
                List.of("false", "accurate"), "Ms Reed", false, articles, opened);
    }

    @Test
    void savesFindsAndReplacesAPackWithItsQuestionsAndArticlesInOrder() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("p.db"))) {
            long a = store.articles().add(StoreFixtures.draft("A", "First text.")).id();
            long b = store.articles().add(StoreFixtures.draft("B", "Second text.")).id();
            store.packs().save(pack("p1", List.of(b, a), Instant.parse("2026-11-01T00:00:00Z")));
            store.packs().save(pack("p2", List.of(a), Instant.parse("2026-11-02T00:00:00Z")));

            StoredPack found = store.packs().find("p1").orElseThrow();
            assertThat(found.articleIds()).containsExactly(b, a);
            assertThat(found.questions()).containsExactly("Q1", "Q2");
            assertThat(found.typeKeys()).containsExactly("claim", "quote");
            assertThat(found.verdicts()).containsExactly("false", "accurate");
            assertThat(found.referenceAnnotator()).isEqualTo("Ms Reed");
            assertThat(store.packs().all()).extracting(StoredPack::packId).containsExactly("p2", "p1");
            assertThat(store.packs().containing(b)).extracting(StoredPack::packId).containsExactly("p1");

            store.packs().save(new StoredPack("p1", "Renamed", "", null, List.of(), List.of(), List.of(), null, false,
                    List.of(a), Instant.parse("2026-11-03T00:00:00Z")));
            StoredPack replaced = store.packs().find("p1").orElseThrow();
            assertThat(replaced.title()).isEqualTo("Renamed");
            assertThat(replaced.articleIds()).containsExactly(a);
            assertThat(replaced.questions()).isEmpty();
            assertThat(replaced.referenceAnnotator()).isNull();

            store.packs().setRevealed("p1", true);
            assertThat(store.packs().find("p1").orElseThrow().revealed()).isTrue();
        }
    }

    @Test
    void handInsAreOnePerStudentAndDeletingAnArticleLeavesThePack() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("h.db"))) {
            long a = store.articles().add(StoreFixtures.draft("A", "First text.")).id();
            long b = store.articles().add(StoreFixtures.draft("B", "Second text.")).id();
            store.packs().save(pack("p1", List.of(a, b), Instant.now()));
            Instant t = Instant.parse("2026-11-20T10:00:00Z");
            store.packs().saveHandIn(new HandInRecord("p1", "anna", "Anna", "a.json", "sha256:1", t, t, 3));
            store.packs().saveHandIn(new HandInRecord("p1", "ben", "Ben", "b.json", "sha256:2", null, t, 0));
            store.packs().saveHandIn(new HandInRecord("p1", "anna", "Anna", "a2.json", "sha256:3", t, t, 5));

            assertThat(store.packs().handIns("p1")).extracting(h -> h.student() + ":" + h.fileName() + ":" + h.annotations())
                    .containsExactly("Anna:a2.json:5", "Ben:b.json:0");

            store.articles().delete(a);
            assertThat(store.packs().find("p1").orElseThrow().articleIds()).containsExactly(b);

            assertThat(store.packs().delete("p1")).isTrue();
            assertThat(store.packs().find("p1")).isEmpty();
            assertThat(store.packs().handIns("p1")).isEmpty();
        }
    }
}
