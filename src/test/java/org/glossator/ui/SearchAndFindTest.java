package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.ArticleSummary;
import org.glossator.workspace.SearchService.Hit;
import org.junit.jupiter.api.Test;

/** The corpus search window's queries and filters, and Ctrl+F inside an article. */
class SearchAndFindTest extends GuiTestBase {
    private long mills;
    private long prices;

    private void importTwo() throws Exception {
        launch();
        Path a = Files.writeString(dir.resolve("mills.md"), "# Tidal Mills\n\nThe tidal mill ground barley twice a"
                + " day. Barley from the tidal mill fed the parish.\n\nMillers kept the barley dry in lofts.\n");
        Path b = Files.writeString(dir.resolve("prices.md"), "# Grain Prices\n\nBarley prices rose in the dry year.\n");
        choosers.answer(a, b);
        menu("File", "Import articles…");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("OK");
        waitUntil(() -> corpusTable().getItems().stream().anyMatch(s -> s.title().equals("Grain Prices")));
        mills = idOf("Tidal Mills");
        prices = idOf("Grain Prices");
    }

    private long idOf(String title) {
        return fx(() -> corpusTable().getItems().stream().filter(s -> s.title().equals(title))
                .mapToLong(ArticleSummary::id).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private ListView<Hit> results() {
        return lookup("#search-results").queryAs(ListView.class);
    }

    private String message() {
        return fx(() -> lookup("#search-message").queryAs(Label.class).getText());
    }

    private void search(String query) {
        menu("Search", "Search corpus…");
        waitUntil(() -> lookup("#search-field").tryQuery().isPresent());
        interact(() -> lookup("#search-field").queryAs(javafx.scene.control.TextField.class).clear());
        clickOn("#search-field").write(query).push(KeyCode.ENTER);
        waitUntil(() -> !message().equals("Searching…") && !message().isEmpty());
    }

    @Test
    void prefixQueriesFindBothArticlesAndTheTypeFilterKeepsTheAnnotatedOne() throws Exception {
        importTwo();
        search("barl*");
        waitUntil(() -> results().getItems().size() >= 2);
        assertThat(fx(() -> results().getItems())).extracting(Hit::articleId).contains(mills, prices);
        // Relevance as a share of the best hit, not BM25's raw score ("relevance 4.27e-06" before).
        List<String> relevance = fx(() -> lookup(".search-hit-score").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList());
        assertThat(relevance).isNotEmpty().allMatch(t -> t.matches("relevance \\d{1,3}%")).contains("relevance 100%");
        push(KeyCode.ESCAPE); // closes the search window; keys go to the main window again
        waitUntil(() -> lookup("#search-field").tryQuery().map(n -> !n.getScene().getWindow().isShowing()).orElse(true));

        openIn(left(), mills);
        waitUntil(() -> left().article().map(a -> a.id() == mills).orElse(false));
        int start = fx(() -> left().textArea().getText().indexOf("tidal mill ground"));
        selectAndPress(left(), start, start + "tidal mill".length(), KeyCode.DIGIT1);
        AnnotationType first = fx(() -> app.session().types().get(0));

        search("barl*");
        @SuppressWarnings("unchecked")
        ComboBox<AnnotationType> type = lookup("#search-type").queryAs(ComboBox.class);
        interact(() -> type.setValue(first));
        clickOn("#search-button");
        waitUntil(() -> results().getItems().size() == 1);
        assertThat(fx(() -> results().getItems().get(0).articleId())).isEqualTo(mills);
        assertThat(message()).startsWith("1 article matches");
    }

    @Test
    void aQueryThatCannotBeUnderstoodIsSaidPlainlyInThePanel() throws Exception {
        importTwo();
        search("\"barley");
        assertThat(message()).contains("quotation mark is not closed");
        assertThat(fx(() -> results().getItems())).isEmpty();
        assertThat(lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void ctrlFMarksEveryOccurrenceAndEnterAndF3StepThroughThem() throws Exception {
        importTwo();
        openIn(left(), mills);
        waitUntil(() -> left().article().map(a -> a.id() == mills).orElse(false));
        String text = fx(() -> left().textArea().getText());
        int first = text.indexOf("barley");
        int second = text.indexOf("Barley");
        int third = text.indexOf("barley", second + 1);
        interact(() -> left().textArea().requestFocus());
        push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> lookup("#find-field").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        write("barley");
        waitUntil(() -> lookup("#find-count").queryAs(Label.class).getText().equals("1 of 3"));
        assertThat(fx(() -> left().textArea().getSelection().getStart())).isEqualTo(first);
        assertThat(fx(() -> left().findHits())).extracting(r -> r[0]).containsExactly(first, second, third);
        assertThat(fx(() -> left().stylesAt(third))).contains("find-hit");

        push(KeyCode.ENTER);
        waitUntil(() -> fx(() -> left().textArea().getSelection().getStart()) == second);
        push(KeyCode.F3);
        waitUntil(() -> fx(() -> left().textArea().getSelection().getStart()) == third);
        assertThat(fx(() -> lookup("#find-count").queryAs(Label.class).getText())).isEqualTo("3 of 3");
        push(KeyCode.SHIFT, KeyCode.ENTER);
        waitUntil(() -> fx(() -> left().textArea().getSelection().getStart()) == second);

        push(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> left().findHits()).isEmpty());
        assertThat(fx(() -> left().stylesAt(third))).doesNotContain("find-hit");
    }
}
