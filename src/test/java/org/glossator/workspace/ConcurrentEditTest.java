package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.glossator.domain.Annotation;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.DefaultScheme;
import org.glossator.store.EditConflictException;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: two people (two stores on one database) editing the same annotation. */
class ConcurrentEditTest {
    @TempDir
    Path dir;
    SqliteStore adaStore;
    SqliteStore benStore;
    AnnotationService ada;
    AnnotationService ben;
    Article article;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2025-05-05T12:00:00Z"), ZoneOffset.UTC);
        adaStore = SqliteStore.open(dir.resolve("shared.db"));
        benStore = SqliteStore.open(dir.resolve("shared.db"));
        ada = new AnnotationService(adaStore, new UndoHistory(), clock);
        ben = new AnnotationService(benStore, new UndoHistory(), clock);
        long id = adaStore.articles().add(new ArticleDraft("One", null, null, null, null,
                "Open weights are not open source, the licence says.", null)).id();
        article = adaStore.articles().find(id).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        benStore.close();
        adaStore.close();
    }

    @Test
    void theSecondEditOnTheSameVersionIsRefusedAndTheFirstStays() {
        Annotation created = ada.create(article, 0, 12, DefaultScheme.types().get(0), "Ada");
        Annotation bensCopy = benStore.annotations().find(created.id()).orElseThrow();

        ada.update(created, created.toBuilder().note("Ada's note").build(), "Ada");

        assertThatThrownBy(() -> ben.update(bensCopy, bensCopy.toBuilder().note("Ben's note").build(), "Ben"))
                .isInstanceOf(EditConflictException.class);
        assertThat(benStore.annotations().find(created.id()).orElseThrow().note()).isEqualTo("Ada's note");
        assertThat(ben.history().nextUndoLabel()).isEmpty();
    }

    @Test
    void keepingMineAfterAConflictOverwritesDeliberatelyAndUndoes() {
        Annotation created = ada.create(article, 0, 12, DefaultScheme.types().get(0), "Ada");
        Annotation bensCopy = benStore.annotations().find(created.id()).orElseThrow();
        ada.update(created, created.toBuilder().note("Ada's note").build(), "Ada");

        Annotation mine = bensCopy.toBuilder().note("Ben's note").build();
        Annotation kept = ben.resolveConflict(mine, "Ben");

        assertThat(kept.note()).isEqualTo("Ben's note");
        assertThat(kept.modifiedBy()).isEqualTo("Ben");
        assertThat(adaStore.annotations().find(created.id())).contains(kept);
        ben.history().undo();
        assertThat(adaStore.annotations().find(created.id()).orElseThrow().note()).isEqualTo("Ada's note");
    }

    @Test
    void undoDoesNotOverwriteWhatSomeoneElseChangedSinceAndStaysUndoable() {
        Annotation created = ada.create(article, 0, 12, DefaultScheme.types().get(0), "Ada");
        ada.update(created, created.toBuilder().note("first thought").build(), "Ada");
        Annotation bensCopy = benStore.annotations().find(created.id()).orElseThrow();
        ben.update(bensCopy, bensCopy.toBuilder().note("Ben corrected it").build(), "Ben");

        assertThatThrownBy(() -> ada.history().undo()).isInstanceOf(EditConflictException.class);

        assertThat(adaStore.annotations().find(created.id()).orElseThrow().note()).isEqualTo("Ben corrected it");
        assertThat(ada.history().nextUndoLabel()).contains("Edit annotation");
    }

    @Test
    void anAnnotationDeletedMeanwhileCanBeBroughtBackWithMyChanges() {
        Annotation created = ada.create(article, 0, 12, DefaultScheme.types().get(0), "Ada");
        Annotation bensCopy = benStore.annotations().find(created.id()).orElseThrow();
        ada.delete(created);

        Annotation mine = bensCopy.toBuilder().note("Ben's note").build();
        assertThatThrownBy(() -> ben.update(bensCopy, mine, "Ben"))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.current()).isEmpty());
        Annotation back = ben.resolveConflict(mine, "Ben");

        assertThat(adaStore.annotations().find(created.id())).contains(back);
        assertThat(back.note()).isEqualTo("Ben's note");
        ben.history().undo();
        assertThat(adaStore.annotations().find(created.id())).isEmpty();
    }

    @Test
    void aSecondEditOnTheVersionBeforeMyOwnFirstEditIsNoConflict() {
        Annotation created = ada.create(article, 0, 12, DefaultScheme.types().get(0), "Ada");
        ada.update(created, created.toBuilder().note("first").build(), "Ada");
        // The window had not yet received the first save's result when the second was made.
        Annotation second = ada.update(created, created.toBuilder().note("first, then more").build(), "Ada");

        assertThat(second.version()).isEqualTo(3);
        assertThat(benStore.annotations().find(created.id()).orElseThrow().note()).isEqualTo("first, then more");
    }
}
