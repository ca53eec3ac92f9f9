package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.glossator.anchoring.Reanchorer;
import org.glossator.domain.Annotation;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.DefaultScheme;
import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextStyle;
import org.glossator.store.StoreException;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTextEditServiceTest {
    private static final String TEXT = "Menu Home About Share\n"
            + "Heading about licences\n"
            + "The company says the model is “fully open source”, which nobody has checked.\n"
            + "A second paragraph quotes a spokesperson who said weights are enough.\n"
            + "Subscribe to our newsletter";

    @TempDir
    Path dir;
    SqliteStore store;
    UndoHistory history;
    ArticleTextEditService edits;
    AnnotationService annotations;
    Article article;

    @BeforeEach
    void setUp() {
        store = SqliteStore.open(dir.resolve("e.db"));
        history = new UndoHistory();
        edits = new ArticleTextEditService(store, history, new Reanchorer(), Clock.systemUTC());
        annotations = new AnnotationService(store, history, Clock.systemUTC());
        int heading = TEXT.indexOf("Heading");
        long id = store.articles().add(new ArticleDraft("T", null, null, null, null, TEXT,
                List.of(new StyleSpan(heading, heading + "Heading about licences".length(), TextStyle.HEADING_2))))
                .id();
        article = store.articles().find(id).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Annotation mark(String passage, int type) {
        int start = TEXT.indexOf(passage);
        return annotations.create(article, start, start + passage.length(), DefaultScheme.types().get(type), "Ada");
    }

    @Test
    void cuttingClutterMovesAnnotationsAndFormattingAndOrphansDeletedPassages() {
        Annotation claim = mark("“fully open source”", 0);
        Annotation quote = mark("weights are enough", 1);
        String edited = "Heading about licences\n"
                + "The company says the model is “fully open source”, which nobody has checked.";

        ArticleTextEditService.Outcome outcome = edits.edit(article.id(), edited);

        assertThat(outcome.orphaned()).isEqualTo(1);
        assertThat(outcome.reanchored()).isEqualTo(1);
        Annotation movedClaim = store.annotations().find(claim.id()).orElseThrow();
        assertThat(movedClaim.isOrphan()).isFalse();
        assertThat(edited.substring(edited.indexOf("“fully"), edited.indexOf("”,") + 1))
                .isEqualTo(movedClaim.target().exact());
        assertThat(movedClaim.target().start()).isEqualTo(edited.indexOf("“fully"));
        Annotation orphan = store.annotations().find(quote.id()).orElseThrow();
        assertThat(orphan.isOrphan()).isTrue();
        assertThat(orphan.target()).isEqualTo(quote.target());
        Article after = store.articles().find(article.id()).orElseThrow();
        assertThat(after.formatting()).containsExactly(new StyleSpan(0, "Heading about licences".length(),
                TextStyle.HEADING_2));
    }

    @Test
    void undoRestoresTextFormattingAndEveryAnnotationAndRedoReappliesTheEdit() {
        Annotation claim = mark("“fully open source”", 0);
        Annotation quote = mark("weights are enough", 1);
        String edited = TEXT.substring(TEXT.indexOf('\n') + 1);
        edits.edit(article.id(), edited);

        history.undo();
        assertThat(store.articles().find(article.id()).orElseThrow().text()).isEqualTo(TEXT);
        assertThat(store.articles().find(article.id()).orElseThrow().formatting()).isEqualTo(article.formatting());
        // Same content; the versions moved on with each write.
        assertThat(store.annotations().forArticle(article.id())).map(a -> a.withVersion(0))
                .containsExactlyInAnyOrder(claim.withVersion(0), quote.withVersion(0));

        history.redo();
        assertThat(store.articles().find(article.id()).orElseThrow().text()).isEqualTo(edited);
        assertThat(store.annotations().find(quote.id()).orElseThrow().target().start())
                .isEqualTo(edited.indexOf("weights are enough"));
    }

    @Test
    void anEditThatWouldDuplicateAnotherArticleIsRefusedAndChangesNothing() {
        store.articles().add(new ArticleDraft("Other", null, null, null, null, "Same words.", null));
        Annotation claim = mark("“fully open source”", 0);
        assertThatThrownBy(() -> edits.edit(article.id(), "Same words."))
                .isInstanceOf(StoreException.class).hasMessageContaining("already has exactly this text");
        assertThat(store.articles().find(article.id()).orElseThrow().text()).isEqualTo(TEXT);
        assertThat(store.annotations().find(claim.id())).contains(claim);
        assertThatThrownBy(() -> edits.edit(article.id(), "  \n ")).isInstanceOf(IllegalArgumentException.class);
    }
}
