package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
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

        // Whole-number ticks up to the tallest bar (they were 0.25, 0.5…), and each type in its reader colour.
        NumberAxis counts = (NumberAxis) chart.getYAxis();
        assertThat(fx(counts::getTickUnit)).isEqualTo(1.0);
        assertThat(fx(counts::getUpperBound)).isEqualTo(3.0);
        String claimColour = fx(() -> app.session().typeOf("claim").color());
        XYChart.Series<String, Number> claims = fx(() -> chart.getData().stream()
                .filter(s -> s.getName().equals("Dubious claim")).findFirst().orElseThrow());
        int index = fx(() -> chart.getData().indexOf(claims));
        Color expected = Color.web(claimColour);
        waitUntil(() -> close(colour(claims.getData().get(0).getNode()), expected));
        List<Color> legend = fx(() -> chart.lookupAll(".bar-legend-symbol.series" + index).stream()
                .map(this::colour).toList());
        assertThat(legend).hasSize(1).allMatch(symbol -> close(symbol, expected));
        // One annotator's bar is a bar, not a wall across the window.
        assertThat(fx(() -> claims.getData().get(0).getNode().getBoundsInParent().getWidth()))
                .isBetween(60.0, 73.0);
    }

    /** A bar's colour: modena shades it as a gradient around the bar fill, whose middle is the fill. */
    private Color colour(Node node) {
        Background background = ((Region) node).getBackground();
        if (background == null || background.getFills().isEmpty()) {
            return Color.TRANSPARENT;
        }
        Paint fill = background.getFills().get(0).getFill();
        if (fill instanceof LinearGradient gradient) {
            return gradient.getStops().get(gradient.getStops().size() / 2).getColor();
        }
        return fill instanceof Color c ? c : Color.TRANSPARENT;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.03 && Math.abs(a.getGreen() - b.getGreen()) < 0.03
                && Math.abs(a.getBlue() - b.getBlue()) < 0.03;
    }
}
