package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.glossator.classroom.PackProgress;
import org.junit.jupiter.api.Test;

/** The reading pack panel counts the reader's annotations as they are made, without Refresh. */
class PackPanelCountsTest extends GuiTestBase {

    private void closeSummary() {
        waitUntil(() -> lookup(".dialog-pane .text-area").tryQuery().isPresent());
        clickOn("OK");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private ListView<PackProgress.ArticleProgress> packArticles() {
        return lookup("#pack-articles").queryAs(ListView.class);
    }

    private int countShownFor(long articleId) {
        return fx(() -> packArticles().getItems().stream().filter(a -> a.articleId() == articleId)
                .mapToInt(PackProgress.ArticleProgress::annotations).findFirst().orElse(-1));
    }

    private String progressText() {
        return fx(() -> lookup("#pack-progress").queryAs(Label.class).getText());
    }

    @Test
    void annotatingInTheReaderUpdatesThePacksCounts() throws Exception {
        launch();
        long article = fx(() -> corpusTable().getItems().get(0).id());
        openIn(left(), article);
        waitUntil(() -> left().article().isPresent());

        menu("Classroom", "Create reading pack…");
        waitUntil(() -> lookup("#pack-title").tryQuery().isPresent());
        clickOn("#pack-title").write("Week 4");
        choosers.answer(dir.resolve("week4.glossa"));
        clickOn("#pack-create");
        closeSummary();
        choosers.answer(dir.resolve("week4.glossa"));
        menu("Classroom", "Open reading pack…");
        closeSummary();
        waitUntil(() -> lookup("#pack-articles").tryQuery().isPresent() && countShownFor(article) >= 0);
        assertThat(countShownFor(article)).isZero();
        assertThat(progressText()).contains("annotated 0 of");

        selectAndPress(left(), 0, 12, KeyCode.DIGIT1);
        waitUntil(() -> countShownFor(article) == 1);
        waitUntil(() -> progressText().contains("annotated 1 of"));
        selectAndPress(left(), 40, 60, KeyCode.DIGIT2);
        waitUntil(() -> countShownFor(article) == 2);
        assertThat(fx(() -> lookup("#pack-articles .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                c.getItem() != null).queryAs(javafx.scene.control.ListCell.class).getText()))
                .contains("2 annotations by you");
    }
}
