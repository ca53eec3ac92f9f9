package org.glossator.ui.classroom;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.glossator.classroom.analysis.AnnotationCounts;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Verdict;
import org.glossator.ui.model.PaneState;

/**
 * Statistics of the article in the active pane: per annotator, how many marks of each type
 * and each verdict (stacked bar charts), and the tags they used (a table).
 */
final class StatisticsWindow {
    private final ClassroomHost host;
    private final PaneState pane;
    private final StackedBarChart<String, Number> types = chart("Marks per annotator, by type", "stats-types");
    private final StackedBarChart<String, Number> verdicts = chart("Claims per annotator, by verdict",
            "stats-verdicts");
    private final TableView<Map.Entry<String, AnnotationCounts>> tags = new TableView<>();

    StatisticsWindow(ClassroomHost host, PaneState pane) {
        this.host = host;
        this.pane = pane;
    }

    private static StackedBarChart<String, Number> chart(String title, String id) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setId(id);
        return chart;
    }

    void show() {
        tags.setId("stats-tags");
        tags.getColumns().setAll(List.of(
                column("Annotator", e -> e.getKey().isBlank() ? "(no name)" : e.getKey()),
                column("Marks", e -> Integer.toString(e.getValue().total())),
                column("Tags used", e -> e.getValue().byTag().entrySet().stream()
                        .map(t -> t.getKey() + " ×" + t.getValue()).collect(Collectors.joining(", ")))));
        tags.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TabPane tabs = new TabPane(new Tab("By type", types), new Tab("By verdict", verdicts), new Tab("Tags", tags));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label heading = new Label(pane.article().title());
        heading.getStyleClass().add("section-title");
        BorderPane root = new BorderPane(tabs);
        root.setTop(heading);
        BorderPane.setMargin(heading, new Insets(8));
        root.setId("statistics-window");
        Views.window(host, "Statistics — " + pane.article().title(), root, 900, 600).show();
        long articleId = pane.article().id();
        host.tasks().run(() -> host.workspace().classroom().views().countsPerAnnotator(articleId), this::fill);
    }

    private void fill(Map<String, AnnotationCounts> counts) {
        types.getData().setAll(series(counts, c -> c.byType(), key -> ClassroomText.typeLabel(host.session(), key)));
        colourByType(counts);
        verdicts.getData().setAll(series(counts, c -> c.byVerdict(), StatisticsWindow::verdictLabel));
        countAxis(types, counts.values().stream().mapToInt(AnnotationCounts::total).max().orElse(0));
        countAxis(verdicts, counts.values().stream()
                .mapToInt(c -> c.byVerdict().values().stream().mapToInt(Integer::intValue).sum()).max().orElse(0));
        tags.getItems().setAll(List.copyOf(counts.entrySet()));
        Views.fitBars(types.getXAxis(), types.categoryGapProperty(), 0, counts.size(), 1);
        Views.fitBars(verdicts.getXAxis(), verdicts.categoryGapProperty(), 0, counts.size(), 1);
    }

    /**
     * Each type's bars, and its legend entry, in the type's own colour as in the reader: a
     * stylesheet for the chart, since the chart makes its bar and legend nodes when it likes.
     */
    private void colourByType(Map<String, AnnotationCounts> counts) {
        List<String> keys = List.copyOf(categories(counts, AnnotationCounts::byType));
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            AnnotationType type = host.session().typeOf(keys.get(i));
            if (type != null) {
                css.append(".chart-bar.series").append(i).append(" { -fx-bar-fill: ").append(type.color())
                        .append("; }\n");
            }
        }
        types.getStylesheets().setAll("data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Counts are whole numbers: ticks at 0, 1, 2… (0, 2, 4… or 0, 5, 10… for larger counts),
     * never at 0.25.
     * @param max the tallest stacked bar
     */
    static void countAxis(StackedBarChart<String, Number> chart, int max) {
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        int unit = tickUnit(max);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.max(unit, (max + unit - 1) / unit * unit));
        axis.setTickUnit(unit);
        axis.setMinorTickVisible(false);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50… that needs at most ten ticks up to {@code max}. */
    static int tickUnit(int max) {
        for (int scale = 1; ; scale *= 10) {
            for (int step : new int[] {1, 2, 5}) {
                if (max <= step * scale * 10) {
                    return step * scale;
                }
            }
        }
    }

    private static java.util.SortedSet<String> categories(Map<String, AnnotationCounts> counts,
            java.util.function.Function<AnnotationCounts, Map<String, Integer>> by) {
        java.util.SortedSet<String> categories = new java.util.TreeSet<>();
        counts.values().forEach(c -> categories.addAll(by.apply(c).keySet()));
        return categories;
    }

    /** One series per category (type or verdict), one bar per annotator. */
    private static List<XYChart.Series<String, Number>> series(Map<String, AnnotationCounts> counts,
            java.util.function.Function<AnnotationCounts, Map<String, Integer>> by,
            java.util.function.Function<String, String> label) {
        List<XYChart.Series<String, Number>> all = new java.util.ArrayList<>();
        for (String category : categories(counts, by)) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(label.apply(category));
            counts.forEach((annotator, c) -> s.getData().add(new XYChart.Data<>(
                    annotator.isBlank() ? "(no name)" : annotator, by.apply(c).getOrDefault(category, 0))));
            all.add(s);
        }
        return all;
    }

    private static String verdictLabel(String key) {
        if (AnnotationCounts.NO_VERDICT.equals(key)) {
            return "no verdict";
        }
        try {
            return Verdict.fromKey(key).label();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
