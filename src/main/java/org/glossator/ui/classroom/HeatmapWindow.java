package org.glossator.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.glossator.anchoring.CodePointIndex;
import org.glossator.classroom.analysis.HeatSegment;
import org.glossator.classroom.analysis.Heatmap;
import org.glossator.classroom.analysis.HotPassage;
import org.glossator.domain.Annotation;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleSummary;
import org.glossator.ui.model.Mark;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.workspace.PackInfo;
import org.glossator.domain.Counts;

/**
 * The class heatmap: the darker the background, the more students marked the passage (with
 * any type, or with the type chosen). Click a passage to see every student's note on it.
 */
final class HeatmapWindow {
    static final String ALL_TYPES = "All types";
    private final ClassroomHost host;
    /** Null without a pack: then everyone who annotated the article counts, not a class. */
    private final PackInfo pack;
    private final Long initialArticle;
    private final ReaderPane reader = new ReaderPane("Heatmap");
    private final ComboBox<String> type = new ComboBox<>();
    private final Label summary = new Label();
    private final Label passageTitle = new Label();
    private final ListView<Annotation> notes = new ListView<>();
    private ComboBox<ArticleSummary> article;
    private Loaded loaded;

    HeatmapWindow(ClassroomHost host, PackInfo pack, Long initialArticle) {
        this.host = host;
        this.pack = pack;
        this.initialArticle = initialArticle;
    }

    void show() {
        article = Views.articlePicker(host, pack, initialArticle, this::load);
        type.setId("heatmap-type");
        type.getItems().add(ALL_TYPES);
        host.session().types().forEach(t -> type.getItems().add(t.label()));
        type.setValue(ALL_TYPES);
        type.setOnAction(e -> draw());
        summary.setId("heatmap-summary");
        passageTitle.setText("Click a marked passage to see " + (pack == null ? "everyone's" : "the students'")
                + " notes on it.");
        passageTitle.setId("heatmap-passage");
        passageTitle.setWrapText(true);
        notes.setId("heatmap-notes");
        notes.setCellFactory(list -> new StudentNoteCell(host.session()));
        notes.setPlaceholder(new Label("No passage chosen."));
        reader.setOnMarkClicked(this::showPassage);
        HBox legend = new HBox(6, new Label(pack == null ? "Annotators who marked it:" : "Students who marked it:"),
                Views.chip("few", "legend-heat-1"),
                Views.chip("some", "legend-heat-3"), Views.chip("most", "legend-heat-5"), summary);
        VBox top = new VBox(6, new HBox(8, new Label("Article:"), article, new Label("Type:"), type), legend);
        top.setPadding(new Insets(8));
        VBox side = new VBox(6, passageTitle, notes);
        side.setPadding(new Insets(8));
        VBox.setVgrow(notes, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(reader, side);
        split.setDividerPositions(0.65);
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        root.setId("heatmap-window");
        Views.window(host, pack == null ? "Heatmap — everyone who annotated" : "Class heatmap — " + pack.title(),
                root, 1200, 800).show();
    }

    /** {@code people}: the students of the pack, or everyone who annotated the article. */
    private record Loaded(Article article, Heatmap heatmap, List<HotPassage> passages, int people) {
    }

    private void load(ArticleSummary chosen) {
        host.tasks().run(() -> {
            var view = host.workspace().classroom().views().heatmapView(pack == null ? null : pack.packId(),
                    chosen.id());
            return new Loaded(host.workspace().reading().read(chosen.id()).article(), view.heatmap(), view.passages(),
                    view.layers());
        }, result -> {
            loaded = result;
            draw();
        });
    }

    private String typeKey() {
        String label = type.getValue();
        return host.session().types().stream().filter(t -> t.label().equals(label)).map(t -> t.key()).findFirst()
                .orElse(null);
    }

    /** Heat level 1–5 of a count against the class size, so colours mean the same on every article. */
    static int level(int count, int students) {
        if (count <= 0) {
            return 0;
        }
        return Math.max(1, Math.min(5, (int) Math.ceil(5.0 * count / Math.max(1, students))));
    }

    private void draw() {
        if (loaded == null) {
            return;
        }
        String key = typeKey();
        CodePointIndex index = new CodePointIndex(loaded.article().text());
        List<Mark> marks = new ArrayList<>();
        int hottest = 0;
        for (HeatSegment s : loaded.heatmap().segments()) {
            int count = key == null ? s.count() : s.count(key);
            hottest = Math.max(hottest, count);
            int level = level(count, loaded.people());
            if (level > 0) {
                marks.add(new Mark("heat-" + s.start(), index.toCharIndex(s.start()), index.toCharIndex(s.end()),
                        "heat-" + level));
            }
        }
        reader.show(loaded.article(), marks);
        summary.setText(ClassroomText.people(pack, loaded.people()) + " · "
                + Counts.of(loaded.passages().size(), "marked passage", "marked passages")
                + " · at most " + hottest + " on one passage");
    }

    private void showPassage(Mark mark) {
        if (loaded == null) {
            return;
        }
        int cp = Integer.parseInt(mark.id().substring("heat-".length()));
        for (HotPassage p : loaded.passages()) {
            if (p.start() <= cp && cp < p.end()) {
                CodePointIndex index = new CodePointIndex(loaded.article().text());
                String text = loaded.article().text().substring(index.toCharIndex(p.start()), index.toCharIndex(p.end()));
                passageTitle.setText("“" + abbreviate(text, 160) + "”\nMarked by "
                        + ClassroomText.people(pack, p.peak()) + " at its hottest ("
                        + ClassroomText.countsByType(host.session(), p.peakByType()) + ").");
                notes.getItems().setAll(p.annotations());
                return;
            }
        }
    }

    static String abbreviate(String text, int max) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
