package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.glossator.domain.ArticleSummary;
import org.junit.jupiter.api.Test;

/** Edit › Article details…: saved, shown in the reader header and the corpus list, undoable. */
class ArticleDetailsEditTest extends GuiTestBase {
    @Test
    void editedDetailsShowInTheHeaderAndListAndCtrlZPutsThemBack() throws Exception {
        launch();
        Path file = Files.writeString(dir.resolve("kilns.txt"), "Lime Kilns Of The Coast\nBy Petra Lund\n"
                + "The kilns along the coast burned shells into lime for the fields for two hundred years.\n");
        choosers.answer(file);
        menu("File", "Import articles…");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("OK");
        waitUntil(() -> corpusTable().getItems().stream().anyMatch(s -> s.title().startsWith("Lime Kilns")
                || s.title().equals("kilns")));
        long id = fx(() -> corpusTable().getItems().stream().mapToLong(ArticleSummary::id).max().orElseThrow());
        openIn(left(), id);
        waitUntil(() -> left().article().map(a -> a.id() == id).orElse(false));
        String before = fx(() -> lookup("#left-title").queryAs(Label.class).getText());

        menu("Edit", "Article details…");
        waitUntil(() -> lookup("#details-title").tryQuery().isPresent());
        assertThat(fx(() -> lookup("#details-provenance").queryAs(Label.class).getText())).contains("Read as");
        interact(() -> {
            lookup("#details-title").queryAs(TextField.class).setText("Shell Lime on the Coast");
            lookup("#details-author").queryAs(TextField.class).setText("P. Lund");
            lookup("#details-date").queryAs(TextField.class).setText("2023-05-02");
        });
        clickOn("Save");
        waitUntil(() -> fx(() -> lookup("#left-title").queryAs(Label.class).getText()).equals("Shell Lime on the Coast"));
        waitUntil(() -> corpusTable().getItems().stream().anyMatch(s -> s.id() == id
                && s.title().equals("Shell Lime on the Coast")));
        assertThat(fx(() -> left().article().orElseThrow().author())).isEqualTo("P. Lund");

        interact(() -> left().textArea().requestFocus());
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> fx(() -> lookup("#left-title").queryAs(Label.class).getText()).equals(before));
        waitUntil(() -> corpusTable().getItems().stream().anyMatch(s -> s.id() == id && s.title().equals(before)));
    }
}
