package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.ArticleSummary;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;

/** Importing and deleting articles from the window, and the annotation-type editor. */
class CorpusAndSchemeTest extends GuiTestBase {

    private SqliteStore store() {
        return SqliteStore.open(database());
    }

    @Test
    void importingFromTheWindowAddsGoodFilesAndReportsRefusedOnes() throws Exception {
        launch();
        int before = corpusTable().getItems().size();
        Path good = Files.writeString(dir.resolve("fresh.md"), "# Fresh article\n\nA *new* article about licences.\n");
        Path bad = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        choosers.answer(good, bad);
        menu("File", "Import articles…");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        String report = lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText();
        assertThat(report).contains("fresh.md").contains("latin1.txt").contains("UTF-8");
        String header = lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText();
        assertThat(header).contains("1 imported").contains("1 refused");
        clickOn("OK");
        waitUntil(() -> corpusTable().getItems().size() == before + 1);
        assertThat(corpusTable().getItems()).extracting(ArticleSummary::title).contains("Fresh article");
    }

    @Test
    void deletingAnArticleAsksFirstThenRemovesItWithItsAnnotations() throws Exception {
        launch();
        ArticleSummary victim = fx(() -> corpusTable().getItems().get(0));
        interact(() -> window().openIn(left(), victim.id()));
        waitUntil(() -> left().article().isPresent());
        int start = fx(() -> left().textArea().getText().indexOf(' ')) + 1;
        selectAndPress(left(), start, start + 20, KeyCode.DIGIT1);
        waitUntil(() -> corpusTable().getItems().get(0).annotationCount() == 1);

        contextClick(rowOf(victim.id()));
        clickOn("Delete article…");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("Cancel");
        try (SqliteStore store = store()) {
            assertThat(store.articles().find(victim.id())).isPresent();
        }

        contextClick(rowOf(victim.id()));
        clickOn("Delete article…");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("Delete");
        waitUntil(() -> corpusTable().getItems().stream().noneMatch(a -> a.id() == victim.id()));
        waitUntil(() -> left().article().isEmpty());
        try (SqliteStore store = store()) {
            assertThat(store.articles().find(victim.id())).isEmpty();
            assertThat(store.annotations().count()).isZero();
        }
    }

    @Test
    void articlesSelectedInTheCorpusListAreOfferedForExport() throws Exception {
        launch();
        clickOn("#corpus-table");
        interact(() -> {
            corpusTable().getSelectionModel().clearSelection();
            corpusTable().getSelectionModel().selectIndices(1, 2); // as Ctrl+click would
        });
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#export-selected").tryQuery().isPresent());
        javafx.scene.control.RadioButton selected = lookup("#export-selected").queryAs(
                javafx.scene.control.RadioButton.class);
        assertThat(selected.getText()).contains("(2)");
        assertThat(selected.isDisabled()).isFalse();
        assertThat(selected.isSelected()).isTrue();
        clickOn("Cancel");
    }

    @Test
    void theTypeEditorReordersAddsAndRefusesToDeleteBuiltInTypes() throws Exception {
        launch();
        menu("Edit", "Annotation types…");
        waitUntil(() -> lookup("#scheme-list").tryQuery().isPresent());
        ListView<?> list = lookup("#scheme-list").queryAs(ListView.class);
        clickOn(lookup("#scheme-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        clickOn("#scheme-down");
        waitUntil(() -> {
            try (SqliteStore s = store()) {
                return s.scheme().types().get(1).key().equals("claim");
            }
        });
        waitUntil(() -> lookup("#mark-quote").queryButton().getText().contains("[1]"));

        clickOn(lookup("#scheme-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        clickOn("#scheme-delete");
        waitUntil(() -> lookup("#scheme-message").queryAs(Label.class).getText().contains("built in"));

        clickOn("#scheme-add");
        waitUntil(() -> lookup("#new-type-name").tryQuery().isPresent());
        clickOn("#new-type-name").write("Loaded language");
        clickOn("OK");
        waitUntil(() -> list.getItems().size() == 4);
        try (SqliteStore s = store()) {
            AnnotationType added = s.scheme().find("loaded-language").orElseThrow();
            assertThat(added.label()).isEqualTo("Loaded language");
            assertThat(added.builtIn()).isFalse();
        }
        waitUntil(() -> lookup("#mark-loaded-language").tryQuery().isPresent());
    }
}
