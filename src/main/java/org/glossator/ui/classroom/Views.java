package org.glossator.ui.classroom;

import java.net.URL;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleSummary;
import org.glossator.ui.common.Assets;
import org.glossator.ui.model.Mark;
import org.glossator.ui.model.PaneState;
import org.glossator.workspace.PackInfo;

/** Pieces the classroom windows share: their stage, the article picker, marks in a style of their own. */
final class Views {
    /** Widest a chart's bar is drawn: one or two people's bars are bars, not walls across the chart. */
    static final double MAX_BAR_WIDTH = 72;
    private static final double MIN_CATEGORY_GAP = 10;

    private Views() {
    }

    /**
     * Keeps a bar chart's bars at most {@link #MAX_BAR_WIDTH} wide as its window is resized, by
     * widening the gap between categories.
     * @param barGap the gap between the bars of one category
     * @param bars   bars side by side in a category (its series; 1 when they are stacked)
     */
    static void fitBars(javafx.scene.chart.Axis<String> axis, javafx.beans.property.DoubleProperty categoryGap,
                        double barGap, int categories, int bars) {
        double group = bars * MAX_BAR_WIDTH + (bars - 1) * barGap;
        Runnable fit = () -> categoryGap.set(categoryGap(axis.getWidth(), categories, group));
        axis.widthProperty().addListener(o -> fit.run());
        fit.run();
    }

    /** The gap between categories that keeps each category's bars at most {@code groupWidth} wide. */
    static double categoryGap(double axisWidth, int categories, double groupWidth) {
        return Math.max(MIN_CATEGORY_GAP, axisWidth / Math.max(1, categories) - groupWidth);
    }

    static Stage window(ClassroomHost host, String title, Parent root, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(host.stage());
        stage.setTitle(title);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight() - 30));
        scene.getStylesheets().add(Assets.stylesheet());
        URL css = Views.class.getResource("/assets/css/classroom.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        host.installScheme().accept(scene);
        stage.setScene(scene);
        return stage;
    }

    /** A choice of the pack's articles (those in this corpus), starting at {@code initial} when it is one of them. */
    static ComboBox<ArticleSummary> articlePicker(ClassroomHost host, PackInfo pack, Long initial,
                                                  Consumer<ArticleSummary> onChoice) {
        ComboBox<ArticleSummary> picker = new ComboBox<>();
        picker.setId("classroom-article");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(ArticleSummary a) {
                return a == null ? "" : a.title();
            }

            @Override
            public ArticleSummary fromString(String s) {
                return null;
            }
        });
        picker.valueProperty().addListener((obs, o, chosen) -> {
            if (chosen != null) {
                onChoice.accept(chosen);
            }
        });
        // A pack's articles in the pack's order; without a pack, the whole corpus.
        host.tasks().run(() -> pack == null ? host.workspace().corpus().summaries()
                : host.workspace().corpus().summaries().stream().filter(a -> pack.articleIds().contains(a.id()))
                .sorted(java.util.Comparator.comparingInt(a -> pack.articleIds().indexOf(a.id()))).toList(), list -> {
            picker.getItems().setAll(list);
            list.stream().filter(a -> initial != null && a.id() == initial).findFirst()
                    .or(() -> list.stream().findFirst()).ifPresent(picker::setValue);
        });
        return picker;
    }

    /** The annotation's place in the reader's text, drawn with {@code style} (hl-bg-STYLE) instead of its type. */
    static Mark mark(PaneState text, Annotation a, String style) {
        Mark m = text.markOf(a);
        return new Mark(m.id(), m.start(), m.end(), style);
    }

    static List<Annotation> drawable(PaneState text, List<Annotation> annotations) {
        return annotations.stream().filter(text::drawable).toList();
    }

    static Label chip(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("legend-chip", style);
        return l;
    }

    static Label badge(String annotator) {
        Label l = new Label(annotator == null || annotator.isEmpty() ? "(no name)" : annotator);
        l.getStyleClass().add("annotator-badge");
        return l;
    }
}
