package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.glossator.domain.ArticleSummary;
import org.glossator.workspace.SearchService.Hit;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.model.Side;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 end to end, as a user meets it: a text dump whose UTF-8 was once read as
 * Windows-1252, with a news page's menus and prompts around the article.
 */
class DamagedImportFlowTest extends GuiTestBase {
    /** Written for this test; the curly apostrophes, the é and the dash are what the mojibake breaks. */
    static final String PAGE = """
            Skip to main content
            Open Navigation Menu
            Save this story
            The Orchard Keeper’s Ledger
            By Wendell Arkwright
            Fresh pages from a café ledger — kept by the orchard keeper for thirty winters.
            Each autumn the keeper wrote down how many crates of quinces left the hill, and who carried them.
            The ledger shows that the quince harvest doubled after the terraces were rebuilt by hand.
            Sign up for our weekly newsletter
            """;

    /** The page as a browser would have saved it after decoding its UTF-8 as Windows-1252. */
    static Path writeMojibake(Path dir) throws Exception {
        String mojibake = new String(PAGE.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(mojibake).contains("â€™").contains("Ã©");
        return Files.writeString(dir.resolve("orchard-ledger.txt"), mojibake, StandardCharsets.UTF_8);
    }

    private String leftText() {
        return fx(() -> app.session().pane(Side.LEFT).map(p -> p.article().text()).orElse(""));
    }

    @Test
    void importRepairRestoreCleanUpSearchAndOpenAHit() throws Exception {
        launch();
        int before = fx(() -> corpusTable().getItems().size());
        choosers.answer(writeMojibake(dir));
        menu("File", "Import articles…");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        String header = lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText();
        String report = lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText();
        assertThat(header).contains("1 imported").containsPattern("Repaired \\d+ broken characters? \\(");
        assertThat(report).contains("orchard-ledger.txt").contains("Restore original text");
        clickOn("OK");
        waitUntil(() -> corpusTable().getItems().size() == before + 1);
        long id = fx(() -> corpusTable().getItems().stream().mapToLong(ArticleSummary::id).max().orElseThrow());

        openIn(left(), id);
        waitUntil(() -> leftText().contains("Orchard Keeper’s Ledger"));
        assertThat(leftText()).contains("café ledger — kept").doesNotContain("â€");

        // Restore original text: the mojibake comes back, and Ctrl+Z returns to the repaired text.
        menu("Edit", "Restore original text");
        waitUntil(() -> leftText().contains("Keeperâ€™s"));
        interact(() -> left().textArea().requestFocus());
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> leftText().contains("Keeper’s Ledger"));

        // Clutter proposals: all struck through; keep the newsletter line, remove the rest.
        menu("Edit", "Clean up page clutter…");
        waitUntil(() -> lookup("#clutter-list").tryQuery().isPresent());
        assertThat(lookup("#clutter-list .check-box").queryAllAs(javafx.scene.control.CheckBox.class))
                .extracting(javafx.scene.control.CheckBox::getText)
                .contains("Open Navigation Menu", "Save this story", "Sign up for our weekly newsletter")
                .noneMatch(t -> t.contains("quince"));
        clickOn(lookup("#clutter-list .check-box").match((javafx.scene.control.CheckBox c) ->
                c.getText().equals("Sign up for our weekly newsletter")).queryAs(javafx.scene.control.CheckBox.class));
        clickOn("Remove struck lines");
        waitUntil(() -> !leftText().contains("Save this story"));
        assertThat(leftText()).doesNotContain("Skip to main content").doesNotContain("Open Navigation Menu")
                .contains("Sign up for our weekly newsletter").contains("quince harvest doubled");

        // Search the corpus (Ctrl+Shift+F) and open the hit in the active pane (the right one).
        interact(() -> window().activate(right()));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> lookup("#search-field").tryQuery().isPresent());
        clickOn("#search-field").write("\"quince harvest\"").push(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<Hit> results = lookup("#search-results").queryAs(ListView.class);
        waitUntil(() -> results.getItems().stream().anyMatch(h -> h.articleId() == id));
        Hit hit = fx(() -> results.getItems().stream().filter(h -> h.articleId() == id).findFirst().orElseThrow());
        assertThat(hit.snippet().substring(hit.snippetHighlights().get(0).start(),
                hit.snippetHighlights().get(0).end())).isEqualToIgnoringCase("quince harvest");
        doubleClickOn(lookup("#search-results .list-cell").match((javafx.scene.control.ListCell<Hit> c) ->
                c.getItem() != null && c.getItem().articleId() == id).queryAs(javafx.scene.control.ListCell.class));
        waitUntil(() -> right().article().map(a -> a.id() == id).orElse(false)
                && !fx(() -> right().textArea().getSelectedText()).isEmpty());
        String text = fx(() -> right().textArea().getText());
        int expected = text.indexOf("quince harvest");
        assertThat(fx(() -> right().textArea().getSelection().getStart())).isEqualTo(expected);
        assertThat(fx(() -> right().textArea().getSelectedText())).isEqualTo("quince harvest");
        assertThat(fx(() -> right().findHits())).extracting(r -> text.substring(r[0], r[1]))
                .containsExactly("quince harvest");
        assertThat(fx(() -> right().stylesAt(expected))).contains("find-hit");
        assertThat(fx(() -> app.session().pane(Side.RIGHT).map(PaneState::article).orElseThrow().id())).isEqualTo(id);
    }
}
