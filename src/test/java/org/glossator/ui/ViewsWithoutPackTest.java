package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.glossator.domain.ArticleSummary;
import org.glossator.ui.reader.ReaderPane;
import org.junit.jupiter.api.Test;

/**
 * Two people who annotated one article, compared, heat-mapped and discussed without a reading pack
 * (a research group or a class on a shared store, say). Before, Classroom › Compare two annotators…,
 * Class heatmap… and Discussion mode only said "No reading pack is open".
 */
class ViewsWithoutPackTest extends ClassroomGuiTestBase {

    @Test
    void theActiveArticlesAnnotatorsAreComparedHeatMappedAndDiscussed() throws Exception {
        launch();
        long id = markFirstArticle(); // Tess: a claim and a quote

        switchTo("teacher.db", "Ben");
        openIn(left(), id);
        waitUntil(() -> left().article().map(a -> a.id() == id).orElse(false));
        selectAndPress(left(), 0, 12, KeyCode.DIGIT1);
        selectAndPress(left(), 300, 330, KeyCode.DIGIT1);

        // Whoever annotated the article, in name order: Ben on the left, Tess on the right.
        assertThat(compareThroughMenus()).startsWith("1 matched · 1 missed · 1 extra").contains("Tess against Ben");
        ReaderPane compareLeft = readerPane("Compare left");
        ReaderPane compareRight = readerPane("Compare right");
        assertThat(fx(() -> compareLeft.stylesAt(5))).contains("hl-bg-cmp-matched");
        assertThat(fx(() -> compareLeft.stylesAt(310))).contains("hl-bg-cmp-missed");
        assertThat(fx(() -> compareRight.stylesAt(50))).contains("hl-bg-cmp-extra");

        // Any article of the corpus can be chosen; one nobody annotated says so and shows nothing.
        @SuppressWarnings("unchecked")
        ComboBox<ArticleSummary> picker = lookup("#classroom-article").queryAs(ComboBox.class);
        assertThat(fx(() -> picker.getItems().size())).isEqualTo(fx(() -> corpusTable().getItems().size()));
        ArticleSummary other = fx(() -> picker.getItems().stream().filter(a -> a.id() != id).findFirst().orElseThrow());
        interact(() -> picker.setValue(other));
        waitUntil(() -> lookup("#compare-summary").queryAs(Label.class).getText()
                .equals("Nobody has annotated this article yet."));
        assertThat(fx(() -> compareLeft.article())).isEmpty();
        closeWindowOf("#compare-summary");

        menu("Classroom", "Class heatmap…");
        waitUntil(() -> lookup("#heatmap-summary").tryQuery().map(n -> ((Label) n).getText().startsWith("2 annotators"))
                .orElse(false));
        assertThat(lookup("#heatmap-passage").queryAs(Label.class).getText()).contains("everyone's notes");
        ReaderPane heat = readerPane("Heatmap");
        assertThat(fx(() -> heat.stylesAt(5))).contains("hl-bg-heat-5");   // both marked it
        assertThat(fx(() -> heat.stylesAt(50))).contains("hl-bg-heat-3");  // Tess alone
        assertThat(fx(() -> heat.stylesAt(310))).contains("hl-bg-heat-3"); // Ben alone
        assertThat(fx(() -> heat.stylesAt(200))).noneMatch(s -> s.startsWith("hl-bg-heat"));
        closeWindowOf("#heatmap-summary");

        // Discussion: the passage both marked first, counted in annotators.
        menu("Classroom", "Discussion mode");
        waitUntil(() -> lookup("#discussion-rank").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Passage 1 of")).orElse(false));
        assertThat(lookup("#discussion-count").queryAs(Label.class).getText()).startsWith("Marked by 2 annotators");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#discussion-window").tryQuery().isEmpty());
    }
}
