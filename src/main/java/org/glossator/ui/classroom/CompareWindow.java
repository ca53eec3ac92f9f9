package org.glossator.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.glossator.classroom.analysis.Comparison;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleSummary;
import org.glossator.ui.model.Mark;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.workspace.PackInfo;
import org.glossator.domain.Counts;

/**
 * Two annotators (or a student and the reference) on one article, side by side: marks both
 * made are green, marks only the left one made are orange (missed by the right), marks only
 * the right one made are blue (extra). N / P step through the differences in text order.
 * With a pack: its articles, its reference and its students. Without one (a research group on
 * a shared store, say): any article, and whoever annotated it.
 */
final class CompareWindow {
    static final String MATCHED = "cmp-matched";
    static final String MISSED = "cmp-missed";
    static final String EXTRA = "cmp-extra";

    private final ClassroomHost host;
    /** Null when comparing without a pack. */
    private final PackInfo pack;
    private final Long initialArticle;
    private final ReaderPane leftPane = new ReaderPane("Compare left");
    private final ReaderPane rightPane = new ReaderPane("Compare right");
    private final ComboBox<String> leftWho = new ComboBox<>();
    private final ComboBox<String> rightWho = new ComboBox<>();
    private final Label summary = new Label("Choose two annotators.");
    private final Label step = new Label("N / P: next / previous difference");
    private ComboBox<ArticleSummary> article;
    private List<Comparison.Difference> differences = List.of();
    private int position = -1;

    CompareWindow(ClassroomHost host, PackInfo pack, Long initialArticle) {
        this.host = host;
        this.pack = pack;
        this.initialArticle = initialArticle;
    }

    void show() {
        article = Views.articlePicker(host, pack, initialArticle, a -> loadAnnotators());
        leftWho.setId("compare-left-annotator");
        rightWho.setId("compare-right-annotator");
        leftWho.setOnAction(e -> compare());
        rightWho.setOnAction(e -> compare());
        summary.setId("compare-summary");
        step.setId("compare-step");
        HBox choices = new HBox(8, new Label("Article:"), article, new Label("Left:"), leftWho, new Label("Right:"),
                rightWho);
        HBox legend = new HBox(8, Views.chip("both marked", "legend-cmp-matched"),
                Views.chip("missed (only left)", "legend-cmp-missed"), Views.chip("extra (only right)",
                        "legend-cmp-extra"), summary);
        VBox top = new VBox(6, choices, legend);
        top.setPadding(new Insets(8));
        BorderPane root = new BorderPane(new SplitPane(leftPane, rightPane));
        root.setTop(top);
        step.getStyleClass().add("classroom-status");
        root.setBottom(step);
        root.setId("compare-window");
        Stage stage = Views.window(host, "Compare — " + (pack == null ? "annotators" : pack.title()), root, 1300,
                800);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.N) {
                stepBy(+1);
                e.consume();
            } else if (e.getCode() == KeyCode.P) {
                stepBy(-1);
                e.consume();
            }
        });
        stage.show();
        leftPane.textArea().requestFocus();
    }

    private void loadAnnotators() {
        String reference = pack == null ? null : pack.referenceAnnotator();
        long articleId = article.getValue().id();
        host.tasks().run(() -> pack == null ? host.workspace().classroom().views().annotatorsOf(articleId)
                : host.workspace().classroom().views().students(pack.packId()), students -> {
            List<String> names = new ArrayList<>();
            if (reference != null) {
                names.add(reference);
            }
            names.addAll(students);
            String left = leftWho.getValue();
            String right = rightWho.getValue();
            leftWho.getItems().setAll(names);
            rightWho.getItems().setAll(names);
            // Another article may have other annotators: keep a choice only if it is still one of them.
            leftWho.setValue(names.contains(left) ? left : names.isEmpty() ? null : names.get(0));
            rightWho.setValue(names.contains(right) ? right : names.size() > 1 ? names.get(1) : null);
            if (names.size() < 2) {
                clearComparison(names.isEmpty() ? "Nobody has annotated this article yet."
                        : "Only " + names.get(0) + " has annotated this article: there is nobody to compare with.");
                return;
            }
            compare();
        });
    }

    private void compare() {
        ArticleSummary chosen = article.getValue();
        String left = leftWho.getValue();
        String right = rightWho.getValue();
        if (chosen == null || left == null || right == null) {
            return;
        }
        host.tasks().run(() -> new Loaded(host.workspace().reading().read(chosen.id()).article(),
                host.workspace().classroom().views().compare(chosen.id(), left, right)), this::showComparison);
    }

    private record Loaded(Article article, Comparison comparison) {
    }

    private void showComparison(Loaded loaded) {
        PaneState text = new PaneState(loaded.article(), List.of(), List.of());
        Comparison c = loaded.comparison();
        List<Mark> leftMarks = new ArrayList<>();
        List<Mark> rightMarks = new ArrayList<>();
        for (Comparison.Match m : c.matched()) {
            if (text.drawable(m.left())) {
                leftMarks.add(Views.mark(text, m.left(), MATCHED));
            }
            if (text.drawable(m.right())) {
                rightMarks.add(Views.mark(text, m.right(), MATCHED));
            }
        }
        Views.drawable(text, c.missed()).forEach(a -> leftMarks.add(Views.mark(text, a, MISSED)));
        Views.drawable(text, c.extra()).forEach(a -> rightMarks.add(Views.mark(text, a, EXTRA)));
        leftPane.show(loaded.article(), leftMarks);
        rightPane.show(loaded.article(), rightMarks);
        differences = c.differences().stream().filter(d -> text.drawable(d.annotation())).toList();
        position = -1;
        summary.setText(c.matched().size() + " matched · " + c.missed().size() + " missed · " + c.extra().size()
                + " extra  (" + rightWho.getValue() + " against " + leftWho.getValue() + ")");
        step.setText(differences.isEmpty() ? "No differences: every mark has a match."
                : Counts.of(differences.size(), "difference", "differences")
                        + ". N / P: next / previous difference");
    }

    /** Nothing to compare on this article: empty panes, and the reason where the counts go. */
    private void clearComparison(String reason) {
        leftPane.clear();
        rightPane.clear();
        differences = List.of();
        position = -1;
        summary.setText(reason);
        step.setText("");
    }

    private void stepBy(int direction) {
        if (differences.isEmpty()) {
            return;
        }
        position = Math.floorMod(position + direction, differences.size());
        Comparison.Difference d = differences.get(position);
        ReaderPane pane = d.kind() == Comparison.Kind.MISSED ? leftPane : rightPane;
        pane.select(d.annotation().id());
        pane.reveal(d.annotation().id());
        String who = d.kind() == Comparison.Kind.MISSED ? leftWho.getValue() : rightWho.getValue();
        step.setText("Difference " + (position + 1) + " of " + differences.size() + ": "
                + (d.kind() == Comparison.Kind.MISSED ? "missed — only " + who + " marked it"
                : "extra — only " + who + " marked it") + ". "
                + ClassroomText.describe(host.session(), d.annotation()));
    }
}
