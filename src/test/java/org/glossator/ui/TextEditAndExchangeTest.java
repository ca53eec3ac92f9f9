package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.exchange.ExportFormat;
import org.glossator.exchange.ExportRequest;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.glossator.ui.model.Side;

/** Editing an article's text with re-anchoring, orphans and undo; export and import from the GUI. */
class TextEditAndExchangeTest extends GuiTestBase {

    private void openLeft() throws Exception {
        launch();
        long id = fx(() -> corpusTable().getItems().get(0).id());
        interact(() -> window().openIn(left(), id));
        waitUntil(() -> left().article().isPresent());
    }

    private List<Annotation> stored() {
        try (SqliteStore store = SqliteStore.open(database())) {
            return store.annotations().all();
        }
    }

    private String storedText(long id) {
        try (SqliteStore store = SqliteStore.open(database())) {
            return store.articles().find(id).orElseThrow().text();
        }
    }

    private void closeDialog() {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("OK");
    }

    @Test
    void editingTheTextReanchorsOrphansWhatIsGoneAndUndoRestoresIt() throws Exception {
        openLeft();
        String text = fx(() -> left().textArea().getText());
        String[] paragraphs = text.split("\n");
        int third = text.indexOf(paragraphs[3]);
        int fifth = text.indexOf(paragraphs[5]);
        selectAndPress(left(), third, third + Math.min(30, paragraphs[3].length()), KeyCode.DIGIT1);
        selectAndPress(left(), fifth, fifth + Math.min(25, paragraphs[5].length()), KeyCode.DIGIT2);
        long articleId = left().article().get().id();

        // Cut the first paragraph (page clutter) and the fifth (the quoted passage).
        StringBuilder edited = new StringBuilder();
        for (int i = 1; i < paragraphs.length; i++) {
            if (i != 5) {
                edited.append(edited.length() == 0 ? "" : "\n").append(paragraphs[i]);
            }
        }
        interact(() -> left().textArea().requestFocus());
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#article-text-editor").tryQuery().isPresent());
        interact(() -> lookup("#article-text-editor").queryAs(TextArea.class).setText(edited.toString()));
        clickOn("OK");
        waitUntil(() -> storedText(articleId).equals(edited.toString()));
        closeDialog(); // "1 annotation is now an orphan"

        Annotation claim = stored().stream().filter(a -> a.typeKey().equals("claim")).findFirst().orElseThrow();
        Annotation quote = stored().stream().filter(a -> a.typeKey().equals("quote")).findFirst().orElseThrow();
        assertThat(claim.anchorState()).isEqualTo(AnchorState.ANCHORED);
        int newStart = edited.toString().indexOf(paragraphs[3]);
        assertThat(claim.target().start()).isEqualTo(edited.toString().codePointCount(0, newStart));
        assertThat(quote.anchorState()).isEqualTo(AnchorState.ORPHANED);
        waitUntil(() -> fx(() -> left().textArea().getText()).equals(edited.toString()));
        assertThat(fx(() -> left().stylesAt(newStart + 2))).contains("hl-bg-claim");
        ListView<?> list = lookup("#annotation-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(lookup(".orphan").queryAll().stream().anyMatch(javafx.scene.Node::isVisible)).isTrue();

        interact(() -> left().textArea().requestFocus());
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> storedText(articleId).equals(text));
        waitUntil(() -> stored().stream().allMatch(a -> a.anchorState() == AnchorState.ANCHORED));
        assertThat(stored().stream().filter(a -> a.typeKey().equals("quote")).findFirst().orElseThrow()
                .target().start()).isEqualTo(text.codePointCount(0, fifth));
        waitUntil(() -> fx(() -> left().textArea().getText()).equals(text));
    }

    @Test
    void anOrphanIsReattachedToTheSelectedTextWithR() throws Exception {
        openLeft();
        String text = fx(() -> left().textArea().getText());
        String[] paragraphs = text.split("\n");
        int second = text.indexOf(paragraphs[2]);
        selectAndPress(left(), second, second + 20, KeyCode.DIGIT2);
        StringBuilder edited = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            if (i != 2) {
                edited.append(edited.length() == 0 ? "" : "\n").append(paragraphs[i]);
            }
        }
        interact(() -> left().textArea().requestFocus());
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#article-text-editor").tryQuery().isPresent());
        interact(() -> lookup("#article-text-editor").queryAs(TextArea.class).setText(edited.toString()));
        clickOn("OK");
        closeDialog();
        waitUntil(() -> stored().get(0).isOrphan());
        String id = stored().get(0).id();

        interact(() -> app.session().select(Side.LEFT, id, false));
        interact(() -> {
            left().textArea().requestFocus();
            left().textArea().selectRange(10, 30);
        });
        type(KeyCode.R);
        waitUntil(() -> !stored().get(0).isOrphan());
        assertThat(stored().get(0).target().exact()).isEqualTo(edited.substring(10, 30));
        waitUntil(() -> fx(() -> left().stylesAt(15)).contains("hl-bg-quote"));
    }

    @Test
    void theExportDialogOffersEachFormatsOwnOptionTickedOnlyWhenThatFormatIsChosen() throws Exception {
        launch();
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#export-bom").tryQuery().isPresent());
        CheckBox bom = lookup("#export-bom").queryAs(CheckBox.class);
        CheckBox embed = lookup("#export-embed").queryAs(CheckBox.class);
        // W3C first: the byte-order mark is CSV's, so it is greyed out and not ticked.
        assertThat(fx(bom::isDisabled)).isTrue();
        assertThat(fx(bom::isSelected)).isFalse();
        clickOn(embed);
        assertThat(fx(embed::isSelected)).isTrue();

        clickOn("W3C Web Annotation (JSON-LD)").clickOn("CSV (spreadsheets, R, pandas)");
        assertThat(fx(bom::isDisabled)).isFalse();
        assertThat(fx(bom::isSelected)).isTrue(); // Excel's default
        assertThat(fx(embed::isDisabled)).isTrue();
        assertThat(fx(embed::isSelected)).isFalse();
        clickOn(bom);

        clickOn("CSV (spreadsheets, R, pandas)").clickOn("W3C Web Annotation (JSON-LD)");
        assertThat(fx(embed::isSelected)).isTrue(); // the user's choice comes back
        assertThat(fx(bom::isSelected)).isFalse();
        clickOn("W3C Web Annotation (JSON-LD)").clickOn("CSV (spreadsheets, R, pandas)");
        assertThat(fx(bom::isSelected)).isFalse(); // unticked by the user, and it stays so
        clickOn("Cancel");
    }

    @Test
    void exportThenImportFromTheFileMenuRestoresDeletedAnnotationsAndRefusesBadFiles() throws Exception {
        openLeft();
        String text = fx(() -> left().textArea().getText());
        int start = text.indexOf(' ', 120) + 1;
        selectAndPress(left(), start, start + 30, KeyCode.DIGIT1);
        Annotation original = stored().get(0);
        Path json = dir.resolve("out.jsonld");
        choosers.answer(json);
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("OK"); // the export dialog: the article in the active pane, W3C JSON-LD
        closeDialog();
        assertThat(Files.readString(json)).contains("http://www.w3.org/ns/anno.jsonld", "TextQuoteSelector",
                original.target().exact());

        interact(() -> left().textArea().requestFocus());
        type(KeyCode.DELETE);
        waitUntil(() -> stored().isEmpty());

        choosers.answer(json);
        menu("File", "Import annotations…");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        String summary = lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText();
        assertThat(summary).contains("1 anchored");
        clickOn("OK");
        waitUntil(() -> stored().size() == 1);
        assertThat(stored().get(0)).isEqualTo(original);
        waitUntil(() -> shownAnnotations(left()).size() == 1);

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"type\": \"Annotation\", \"target\": [");
        choosers.answer(broken);
        menu("File", "Import annotations…");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        String refusal = lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText();
        assertThat(refusal).contains("broken.json").contains("refused");
        clickOn("OK");
        assertThat(stored()).containsExactly(original);
    }
}
