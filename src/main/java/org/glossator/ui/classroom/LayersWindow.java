package org.glossator.ui.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.glossator.domain.Annotation;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleSummary;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.workspace.PackInfo;

/**
 * Each student's layer (and the reference) on one article, shown or hidden one by one. The
 * type stays the colour; the annotator is a badge in the list. Blind first: a student sees
 * only their own layer until the teacher reveals the pack. Without a pack, one layer per
 * annotator of the article, all visible.
 */
final class LayersWindow {
    static final String REFERENCE = "Reference";
    private final ClassroomHost host;
    private final PackInfo pack;
    private final Long initialArticle;
    private final ReaderPane reader = new ReaderPane("Layers");
    private final VBox checks = new VBox(4);
    private final ListView<Annotation> list = new ListView<>();
    private final Label blind = new Label();
    private final Set<String> hidden = new TreeSet<>();
    private Loaded loaded;

    LayersWindow(ClassroomHost host, PackInfo pack, Long initialArticle) {
        this.host = host;
        this.pack = pack;
        this.initialArticle = initialArticle;
    }

    void show() {
        ComboBox<ArticleSummary> article = Views.articlePicker(host, pack, initialArticle, this::load);
        checks.setId("layer-checks");
        list.setId("layer-annotations");
        list.setCellFactory(l -> new StudentNoteCell(host.session()));
        blind.setId("layers-blind");
        blind.setWrapText(true);
        reader.setOnMarkClicked(m -> list.getItems().stream().filter(a -> a.id().equals(m.id())).findFirst()
                .ifPresent(a -> list.getSelectionModel().select(a)));
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, a) -> {
            if (a != null && reader.findMark(a.id()).isPresent()) {
                reader.select(a.id());
                reader.reveal(a.id());
            }
        });
        VBox side = new VBox(8, new Label("Layers"), checks, blind, list);
        side.setPadding(new Insets(8));
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(reader, side);
        split.setDividerPositions(0.66);
        BorderPane root = new BorderPane(split);
        HBox top = new HBox(8, new Label("Article:"), article);
        top.setPadding(new Insets(8));
        root.setTop(top);
        root.setId("layers-window");
        Views.window(host, pack == null ? "Layers — everyone who annotated" : "Layers — " + pack.title(), root, 1200,
                800).show();
    }

    private record Loaded(Article article, Map<String, List<Annotation>> layers, boolean teacher, boolean revealed) {
    }

    private void load(ArticleSummary chosen) {
        String viewer = host.session().annotator().orElse("");
        host.tasks().run(() -> {
            var views = host.workspace().classroom().views();
            if (pack == null) {
                return new Loaded(host.workspace().reading().read(chosen.id()).article(),
                        views.annotatorLayers(chosen.id()), true, true);
            }
            List<String> students = views.students(pack.packId());
            boolean revealed = host.workspace().classroom().opened(pack.packId()).map(PackInfo::revealed)
                    .orElse(false);
            // Whoever is not one of the collected students runs the session: the teacher sees every layer.
            boolean teacher = students.stream().noneMatch(s -> s.equalsIgnoreCase(viewer.strip()));
            Map<String, List<Annotation>> layers = new LinkedHashMap<>();
            if (teacher && pack.referenceAnnotator() != null) {
                layers.put(REFERENCE, views.referenceLayer(pack.packId(), chosen.id()));
            }
            layers.putAll(teacher ? views.studentLayers(pack.packId(), chosen.id())
                    : views.visibleLayers(pack.packId(), chosen.id(), viewer));
            return new Loaded(host.workspace().reading().read(chosen.id()).article(), layers, teacher, revealed);
        }, result -> {
            loaded = result;
            checks.getChildren().clear();
            for (Map.Entry<String, List<Annotation>> layer : result.layers().entrySet()) {
                CheckBox box = new CheckBox(layer.getKey() + " (" + layer.getValue().size() + ")");
                box.setId("layer-" + ClassroomUi.slug(layer.getKey()));
                box.setSelected(!hidden.contains(layer.getKey()));
                box.selectedProperty().addListener((obs, o, shown) -> {
                    if (shown) {
                        hidden.remove(layer.getKey());
                    } else {
                        hidden.add(layer.getKey());
                    }
                    draw();
                });
                checks.getChildren().add(box);
            }
            blind.setText(pack == null ? "Everyone who annotated this article; no reading pack is open."
                    : result.teacher() ? (result.revealed() ? "Students can see each other's layers."
                    : "Blind first: each student sees only their own layer until you reveal them"
                            + " (Classroom › Reveal every student's layer).")
                    : result.revealed() ? "Your teacher has revealed everyone's layers."
                    : "Blind first: you see only your own layer until your teacher reveals the others.");
            draw();
        });
    }

    private void draw() {
        if (loaded == null) {
            return;
        }
        PaneState text = new PaneState(loaded.article(), List.of(), List.of());
        List<Annotation> shown = new ArrayList<>();
        loaded.layers().forEach((name, layer) -> {
            if (!hidden.contains(name)) {
                shown.addAll(layer);
            }
        });
        shown.sort(java.util.Comparator.comparingInt((Annotation a) -> a.target().start())
                .thenComparing(Annotation::creator));
        reader.show(loaded.article(), Views.drawable(text, shown).stream().map(text::markOf).toList());
        list.getItems().setAll(shown);
    }
}
