package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.DefaultScheme;
import org.glossator.domain.LinkRelation;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationServiceTest {
    @TempDir
    Path dir;
    SqliteStore store;
    AnnotationService service;
    Article first;
    Article second;
    final AnnotationType claim = DefaultScheme.types().get(0);
    final AnnotationType source = DefaultScheme.types().get(2);

    @BeforeEach
    void setUp() {
        store = SqliteStore.open(dir.resolve("s.db"));
        service = new AnnotationService(store, new UndoHistory(),
                Clock.fixed(Instant.parse("2025-05-05T12:00:00.123456Z"), ZoneOffset.UTC));
        first = add("First", "🔓 Open models e\u0301verywhere, a writer claimed.");
        second = add("Second", "The licence says otherwise, according to the text.");
    }

    private Article add(String title, String text) {
        long id = store.articles().add(new ArticleDraft(title, null, null, null, null, text, null)).id();
        return store.articles().find(id).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void createTakesCodePointOffsetsAndQuoteFromTheReaderSelection() {
        // "🔓 " is 3 UTF-16 chars but 2 code points; "Open models" starts at char 3.
        Annotation a = service.create(first, 3, 14, claim, "Ada");
        assertThat(a.target().start()).isEqualTo(2);
        assertThat(a.target().end()).isEqualTo(13);
        assertThat(a.target().exact()).isEqualTo("Open models");
        assertThat(a.target().prefix()).isEqualTo("🔓 ");
        assertThat(a.created()).isEqualTo(Instant.parse("2025-05-05T12:00:00.123Z"));
        assertThat(store.annotations().find(a.id())).contains(a);
    }

    @Test
    void linksTwoAnnotationsOfTheSameArticleAndUndoesIt() {
        // Found by the crash harness: the edit's article set was built with Set.of(a, a), which throws.
        Annotation c = service.create(first, 3, 14, claim, "Ada");
        Annotation s = service.create(first, 20, 28, source, "Ada");
        service.link(c, s, LinkRelation.SUPPORTED_BY, "Ada");
        assertThat(store.annotations().linksOf(c.id())).hasSize(1);
        Edit undone = service.history().undo().orElseThrow();
        assertThat(undone.articleIds()).containsExactly(first.id());
        assertThat(store.annotations().allLinks()).isEmpty();
    }

    @Test
    void undoOfADeleteRestoresTheAnnotationAndItsLinksAcrossArticles() {
        Annotation c = service.create(first, 3, 14, claim, "Ada");
        Annotation s = service.create(second, 4, 11, source, "Ada");
        service.link(c, s, LinkRelation.SUPPORTED_BY, "Ada");
        service.delete(c);
        assertThat(store.annotations().allLinks()).isEmpty();

        Edit undone = service.history().undo().orElseThrow();
        assertThat(undone.articleIds()).contains(first.id(), second.id());
        assertThat(store.annotations().find(c.id())).contains(c);
        assertThat(store.annotations().linksOf(s.id())).hasSize(1);

        service.history().redo();
        assertThat(store.annotations().find(c.id())).isEmpty();
        assertThat(store.annotations().allLinks()).isEmpty();
    }

    @Test
    void undoAndRedoWalkBackThroughCreateEditAndLink() {
        Annotation c = service.create(first, 3, 14, claim, "Ada");
        Annotation edited = service.update(c, c.toBuilder().note("needs a source").build(), "Ada");
        Annotation s = service.create(second, 4, 11, source, "Ada");
        service.link(edited, s, LinkRelation.CONTRADICTED_BY, "Ada");

        assertThat(service.history().nextUndoLabel()).contains("Link annotations");
        service.history().undo();
        assertThat(store.annotations().allLinks()).isEmpty();
        service.history().undo();
        assertThat(store.annotations().find(s.id())).isEmpty();
        service.history().undo();
        assertThat(store.annotations().find(c.id()).orElseThrow().note()).isEmpty();
        service.history().undo();
        assertThat(store.annotations().count()).isZero();
        assertThat(service.history().undo()).isEmpty();

        service.history().redo();
        service.history().redo();
        assertThat(store.annotations().find(c.id()).orElseThrow().note()).isEqualTo("needs a source");
    }

    @Test
    void deletingAnArticleTakesItsAnnotationsAndLinksButNotTheOtherArticles() {
        Annotation c = service.create(first, 3, 14, claim, "Ada");
        Annotation s = service.create(second, 4, 11, source, "Ada");
        service.link(c, s, LinkRelation.SUPPORTED_BY, "Ada");
        store.articles().delete(first.id());
        service.history().forgetArticle(first.id());
        assertThat(store.annotations().all()).containsExactly(s);
        assertThat(store.annotations().allLinks()).isEmpty();
        assertThat(service.history().nextUndoLabel()).contains("Create source");
    }

    @Test
    void anUpdateRecordsWhoModifiedItAndUndoRestoresThePreviousModifier() {
        Annotation c = service.create(first, 3, 14, claim, "Ada");
        assertThat(c.modifiedBy()).isEqualTo("Ada");
        assertThat(c.isOwnedBy("Ada")).isTrue();
        assertThat(c.isOwnedBy("Grace")).isFalse();

        Annotation edited = service.update(c, c.toBuilder().note("checked").build(), "Grace");
        Annotation stored = store.annotations().find(c.id()).orElseThrow();
        assertThat(stored.modifiedBy()).isEqualTo("Grace");
        assertThat(stored.creator()).isEqualTo("Ada");
        assertThat(stored).isEqualTo(edited);

        service.history().undo();
        assertThat(store.annotations().find(c.id()).orElseThrow().modifiedBy()).isEqualTo("Ada");
    }

    @Test
    void reattachingAnImportedOrphanAnchorsItAndDropsTheSelectorsItWasImportedWith() {
        Annotation c = service.create(first, 3, 14, claim, "Ada");
        Annotation orphan = c.toBuilder().anchorState(org.glossator.domain.AnchorState.ORPHANED)
                .importedSelectors("[{\"type\":\"FragmentSelector\",\"value\":\"p=2\"}]").build();
        store.annotations().save(orphan);
        assertThat(store.annotations().find(c.id()).orElseThrow().importedSelectors()).isNotNull();

        Annotation placed = service.reattach(store.annotations().find(c.id()).orElseThrow(), first, 14, 27, "Grace");
        assertThat(placed.isOrphan()).isFalse();
        assertThat(placed.importedSelectors()).isNull();
        assertThat(placed.target().exact()).isEqualTo("e\u0301verywhere,"); // the space before is trimmed
        assertThat(placed.modifiedBy()).isEqualTo("Grace");
        // Anchoring by any other way drops them too: they no longer describe the annotation.
        assertThat(orphan.toBuilder().anchorState(org.glossator.domain.AnchorState.ANCHORED).build()
                .importedSelectors()).isNull();
    }
}
