package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Issue 14: statistics of an article per annotator (counts by type and verdict) as charts. */
class ArticleStatisticsTest extends GuiTestBase {

    @Test
    void theStatisticsWindowCountsEachAnnotatorsMarksByType() throws Exception {
        launch();
        long id = fx(() -> corpusTable().getItems().get(0).id());
        openIn(left(), id);
        waitUntil(() -> left().article().isPresent());
        int a = fx(() -> left().textArea().getText().indexOf(' ', 40)) + 1;
        int b = fx(() -> left().textArea().getText().indexOf(' ', 200)) + 1;
        int c = fx(() -> left().textArea().getText().indexOf(' ', 400)) + 1;
        selectAndPress(left(), a, a + 15, KeyCode.DIGIT1);
        selectAndPress(left(), b, b + 15, KeyCode.DIGIT1);
        selectAndPress(left(), c, c + 15, KeyCode.DIGIT2);

        menu("Classroom", "Statistics of this article…");
        waitUntil(() -> lookup("#stats-types").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> chart = lookup("#stats-types").queryAs(StackedBarChart.class);
        waitUntil(() -> !chart.getData().isEmpty());
        Map<String, Number> tess = fx(() -> chart.getData().stream().collect(Collectors.toMap(
                XYChart.Series::getName,
                s -> s.getData().stream().filter(d -> d.getXValue().equals("Tess")).findFirst().orElseThrow()
                        .getYValue())));
        assertThat(tess).containsEntry("Dubious claim", 2).containsEntry("Quote", 1);
    }
}
