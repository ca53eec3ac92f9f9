package org.glossator.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextTarget;
import org.glossator.store.PackRepository.StoredPack;
import org.glossator.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database itself enforces who may write what (group-roles.sql): an annotator writes only
 * their own annotations, a reader nothing, and in a class corpus a student sees only their own
 * layer until the owner reveals the pack. Each person connects as their own login.
 */
class GroupRightsTest {
    private static String url;
    private static PostgresStore teacher;
    private static PostgresStore ada;
    private static PostgresStore ben;
    private static PostgresStore reader;
    private static long article;

    @BeforeAll
    static void classWithRoles() {
        url = SharedPostgres.migratedDatabase("rights");
        try (PostgresStore admin = PostgresStore.open(PostgresTarget.parse(url), null)) {
            admin.installGroupRights();
            admin.installGroupRights(); // idempotent: run again after an upgrade
        }
        SharedPostgres.exec("CREATE ROLE tess LOGIN IN ROLE glossator_owner");
        SharedPostgres.exec("CREATE ROLE ada LOGIN IN ROLE glossator_annotator");
        SharedPostgres.exec("CREATE ROLE ben LOGIN IN ROLE glossator_annotator");
        SharedPostgres.exec("CREATE ROLE rita LOGIN IN ROLE glossator_reader");
        teacher = as("tess");
        ada = as("ada");
        ben = as("ben");
        reader = as("rita");
        article = teacher.articles().add(new ArticleDraft("Set reading", null, null, null, null,
                "alpha beta gamma delta", List.of())).id();
        teacher.packs().save(new StoredPack("week-1", "Week 1", "", null, List.of(), List.of("claim"), List.of(),
                null, false, List.of(article), Instant.parse("2026-11-24T09:00:00Z")));
    }

    private static PostgresStore as(String user) {
        return PostgresStore.open(PostgresTarget.parse(url.replace("user=postgres", "user=" + user)), null);
    }

    @AfterAll
    static void close() {
        for (PostgresStore s : new PostgresStore[] {reader, ben, ada, teacher}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static Annotation by(String creator, int start) {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        return Annotation.builder().id(UUID.randomUUID().toString()).articleId(article).typeKey("claim")
                .target(new TextTarget(start, start + 5, "alpha", "", "")).creator(creator).tags(List.of("t"))
                .created(now).modified(now).build();
    }

    @Test
    void anAnnotatorWritesOnlyTheirOwnAndAReaderNothing() {
        assertThat(ada.databaseUser()).isEqualTo("ada");
        Annotation adas = by("ada", 0);
        ada.annotations().save(adas);
        Annotation adasStored = ada.annotations().find(adas.id()).orElseThrow();
        ada.annotations().update(adasStored.toBuilder().note("mine to change").build());

        assertThatThrownBy(() -> ada.annotations().save(by("ben", 6)))
                .isInstanceOf(StoreException.class).hasMessageContaining("does not allow");
        assertThatThrownBy(() -> ben.annotations().save(adas.toBuilder().note("overwritten by ben").build()))
                .isInstanceOf(StoreException.class);
        assertThat(ben.annotations().delete(adas.id())).isFalse();
        assertThatThrownBy(() -> reader.annotations().save(by("rita", 12)))
                .isInstanceOf(StoreException.class).hasMessageContaining("does not allow");
        assertThatThrownBy(() -> reader.articles().add(new ArticleDraft("Mine", null, null, null, null, "text",
                List.of()))).isInstanceOf(StoreException.class);

        Annotation stored = teacher.annotations().find(adas.id()).orElseThrow();
        assertThat(stored.note()).isEqualTo("mine to change");
        assertThat(stored.tags()).containsExactly("t");

        // Deleting one's own annotation records the deletion (for push and pull) under the same rights.
        Annotation another = by("ada", 3);
        ada.annotations().save(another);
        assertThat(ada.annotations().delete(another.id())).isTrue();
        assertThat(teacher.annotations().deletions()).containsKey(another.id());
        assertThatThrownBy(() -> reader.annotations().delete(adas.id())).isInstanceOf(StoreException.class);
    }

    @Test
    void aStudentSeesOnlyTheirOwnLayerUntilTheTeacherReveals() {
        Annotation adas = by("ada", 0);
        Annotation bens = by("ben", 6);
        ada.annotations().save(adas);
        ben.annotations().save(bens);

        assertThat(ben.annotations().forArticle(article)).extracting(Annotation::creator).containsOnly("ben");
        assertThat(ada.annotations().find(bens.id())).isEmpty();
        assertThat(teacher.annotations().forArticle(article)).extracting(Annotation::id).contains(adas.id(), bens.id());

        teacher.packs().setRevealed("week-1", true);
        try {
            assertThat(ben.annotations().forArticle(article)).extracting(Annotation::id).contains(adas.id(), bens.id());
            assertThat(reader.annotations().find(adas.id())).isPresent();
        } finally {
            teacher.packs().setRevealed("week-1", false);
        }
    }
}
