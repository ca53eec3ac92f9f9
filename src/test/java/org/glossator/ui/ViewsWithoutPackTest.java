package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.chart.BarChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.glossator.classroom.analysis.AgreementReport;
import org.glossator.domain.ArticleSummary;
import org.glossator.ui.reader.ReaderPane;
import org.junit.jupiter.api.Test;

/**
 * Two people who annotated one article, compared, heat-mapped, discussed, shown as layers and
 * measured for agreement without a reading pack (a research group or a class on a shared store,
 * say). Before, these Classroom views only said "No reading pack is open".
 */
class ViewsWithoutPackTest extends ClassroomGuiTestBase {

    /** Tess marks a claim (0-12) and a quote (40-60) on the first article, Ben two claims (0-12, 300-330). */
    private long tessAndBenOnTheFirstArticle() throws Exception {
        launch();
        long id = markFirstArticle();
        switchTo("teacher.db", "Ben");
        openIn(left(), id);
        waitUntil(() -> left().article().map(a -> a.id() == id).orElse(false));
        selectAndPress(left(), 0, 12, KeyCode.DIGIT1);
        selectAndPress(left(), 300, 330, KeyCode.DIGIT1);
        return id;
    }

    private static boolean highlighted(ReaderPane reader, int at) {
        return fx(() -> reader.stylesAt(at)).stream().anyMatch(s -> s.startsWith("hl-bg"));
    }

    @Test
    void theActiveArticlesAnnotatorsAreComparedHeatMappedAndDiscussed() throws Exception {
        long id = tessAndBenOnTheFirstArticle();

        // Whoever annotated the article, in name order: Ben on the left, Tess on the right.
        assertThat(compareThroughMenus()).startsWith("1 matched · 1 missed · 1 extra").contains("Tess against Ben");
        assertComparedAt(5, 310, 50);
        ReaderPane compareLeft = readerPane("Compare left");

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

    @Test
    void theActiveArticlesAnnotatorsAreLayersToToggleAndTheirAgreementIsMeasured() throws Exception {
        tessAndBenOnTheFirstArticle();

        menu("Classroom", "Layers per student…");
        waitUntil(() -> lookup("#layer-tess").tryQuery().isPresent());
        assertThat(lookup("#layer-ben").queryAs(CheckBox.class).getText()).isEqualTo("Ben (2)");
        assertThat(lookup("#layer-tess").queryAs(CheckBox.class).getText()).isEqualTo("Tess (2)");
        assertThat(lookup("#layers-blind").queryAs(Label.class).getText())
                .isEqualTo("Everyone who annotated this article; no reading pack is open.");
        ReaderPane layers = readerPane("Layers");
        waitUntil(() -> highlighted(layers, 50) && highlighted(layers, 310));
        clickOn("#layer-tess");
        waitUntil(() -> !highlighted(layers, 50)); // Tess's quote is hidden with her layer
        assertThat(highlighted(layers, 310)).isTrue();
        closeWindowOf("#layers-blind");

        menu("Classroom", "Agreement…");
        waitUntil(() -> lookup("#agreement-status").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("2 annotators · αu over everything")).orElse(false));
        @SuppressWarnings("unchecked")
        TableView<AgreementReport.Row> table = lookup("#agreement-table").queryAs(TableView.class);
        assertThat(fx(() -> table.getColumns().stream().map(TableColumn::getText).toList())).contains("Annotators");
        AgreementReport.Row all = fx(() -> table.getItems().stream()
                .filter(r -> r.typeKey() == null).findFirst().orElseThrow());
        assertThat(all.raters()).isEqualTo(2);
        assertThat(all.kappaMeasure()).isEqualTo("cohen");
        assertThat(all.alphaU()).isNotNull().isLessThan(1.0); // they agree on one claim of three marks
        // Nobody marked a source: no kappa to name, just a dash.
        int source = fx(() -> table.getItems().stream().map(AgreementReport.Row::typeKey).toList().indexOf("source"));
        assertThat(fx(() -> table.getColumns().get(5).getCellObservableValue(source).getValue())).isEqualTo("—");
        // Three types, two bars each: bars, not walls across the chart.
        clickOn("Chart per type");
        @SuppressWarnings("unchecked")
        BarChart<String, Number> perType = lookup("#agreement-chart-types").queryAs(BarChart.class);
        waitUntil(() -> fx(() -> perType.getData().get(0).getData().get(0).getNode().getBoundsInParent().getWidth())
                > 0);
        assertThat(fx(() -> perType.getData().get(0).getData().get(0).getNode().getBoundsInParent().getWidth()))
                .isBetween(60.0, 73.0);
        @SuppressWarnings("unchecked")
        TableView<AgreementReport.StudentScore> scores = lookup("#agreement-students").queryAs(TableView.class);
        assertThat(fx(() -> scores.getItems())).isEmpty();
        assertThat(((Label) fx(() -> scores.getPlaceholder())).getText())
                .isEqualTo("Without a reading pack there is no reference to score annotators against.");
    }
}
