package org.glossator.ui.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Verdict;

/**
 * The annotations of the active pane's article, with filters by type, tag, verdict,
 * annotator and text, the inline editor of the selected one, and its links.
 */
final class AnnotationPanel extends VBox {
    static final String ALL = "All";

    private final Label title = new Label("ANNOTATIONS");
    private final ComboBox<String> typeFilter = filterBox("filter-type");
    private final ComboBox<String> tagFilter = filterBox("filter-tag");
    private final ComboBox<String> verdictFilter = filterBox("filter-verdict");
    private final ComboBox<String> annotatorFilter = filterBox("filter-annotator");
    private final TextField textFilter = new TextField();
    private final ObservableList<Annotation> items = FXCollections.observableArrayList();
    private final FilteredList<Annotation> filtered = new FilteredList<>(items);
    private final ListView<Annotation> list = new ListView<>(filtered);
    private final Label count = new Label();
    final AnnotationEditor editor;
    final LinksView links;
    private List<AnnotationType> types = List.of();

    AnnotationPanel(AnnotationEditor editor, LinksView links, Function<String, AnnotationType> typeOf) {
        this.editor = editor;
        this.links = links;
        getStyleClass().add("annotation-panel");
        setId("annotation-panel");
        title.getStyleClass().add("section-title");
        title.setId("panel-title");
        title.setWrapText(true);
        textFilter.setId("filter-text");
        textFilter.setPromptText("Filter quotes, notes and tags");
        list.setId("annotation-list");
        list.setCellFactory(lv -> new AnnotationCell(typeOf));
        list.setFixedCellSize(62);
        list.setPlaceholder(new Label("No annotations here yet.\nSelect text in the reader and press 1, 2 or 3."));
        count.getStyleClass().add("meta");
        count.setId("annotation-count");
        typeFilter.setPromptText("Type");
        tagFilter.setPromptText("Tag");
        verdictFilter.setPromptText("Verdict");
        annotatorFilter.setPromptText("Annotator");
        for (ComboBox<String> box : List.of(typeFilter, tagFilter, verdictFilter, annotatorFilter)) {
            box.valueProperty().addListener((obs, o, n) -> applyFilter());
        }
        textFilter.textProperty().addListener((obs, o, n) -> applyFilter());
        HBox row1 = new HBox(4, typeFilter, verdictFilter);
        HBox row2 = new HBox(4, tagFilter, annotatorFilter);
        VBox editorBox = new VBox(6, editor, links);
        ScrollPane editorScroll = new ScrollPane(editorBox);
        editorScroll.setFitToWidth(true);
        editorScroll.setId("editor-scroll");
        // List and editor share the height; the user moves the divider (the editor with its
        // links needs room for a claim's verdict and evidence).
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(list, editorScroll);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        split.setId("panel-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(title, row1, row2, textFilter, count, split);
        setMinWidth(240);
    }

    private static ComboBox<String> filterBox(String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    ListView<Annotation> list() {
        return list;
    }

    void setTitle(String text) {
        title.setText(text);
    }

    /** Replaces the rows, keeping filters and (if still there) the selected row. */
    void setAnnotations(List<Annotation> annotations, List<AnnotationType> schemeTypes, List<String> annotators) {
        this.types = schemeTypes;
        items.setAll(annotations);
        refill(typeFilter, schemeTypes.stream().map(AnnotationType::label).toList());
        refill(tagFilter, annotations.stream().flatMap(a -> a.tags().stream()).distinct().sorted().toList());
        refill(verdictFilter, java.util.Arrays.stream(Verdict.values()).map(Verdict::label).toList());
        refill(annotatorFilter, annotators);
        applyFilter();
    }

    private static void refill(ComboBox<String> box, List<String> values) {
        String selected = box.getValue();
        ObservableList<String> all = FXCollections.observableArrayList();
        all.add(ALL);
        all.addAll(values);
        if (!all.equals(box.getItems())) {
            box.getItems().setAll(all);
            box.setValue(selected != null && all.contains(selected) ? selected : null);
        }
    }

    private void applyFilter() {
        filtered.setPredicate(predicate());
        int shown = filtered.size();
        int total = items.size();
        count.setText(shown == total ? total + (total == 1 ? " annotation" : " annotations")
                : shown + " of " + total + " annotations shown");
    }

    private Predicate<Annotation> predicate() {
        String type = chosen(typeFilter);
        String typeKey = type == null ? null : types.stream().filter(t -> t.label().equals(type))
                .map(AnnotationType::key).findFirst().orElse(type);
        String tag = chosen(tagFilter);
        String verdict = chosen(verdictFilter);
        String annotator = chosen(annotatorFilter);
        String text = textFilter.getText() == null ? "" : textFilter.getText().strip().toLowerCase(Locale.ROOT);
        return a -> (typeKey == null || a.typeKey().equals(typeKey))
                && (tag == null || a.tags().contains(tag))
                && (verdict == null || (a.verdict() != null && a.verdict().label().equals(verdict)))
                && (annotator == null || Objects.equals(a.creator(), annotator))
                && (text.isEmpty() || matchesText(a, text));
    }

    private static boolean matchesText(Annotation a, String needle) {
        return a.target().exact().toLowerCase(Locale.ROOT).contains(needle)
                || a.note().toLowerCase(Locale.ROOT).contains(needle)
                || a.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle))
                || (a.speaker() != null && a.speaker().toLowerCase(Locale.ROOT).contains(needle));
    }

    private static String chosen(ComboBox<String> box) {
        String v = box.getValue();
        return v == null || v.equals(ALL) ? null : v;
    }

    /** The visible rows in order (what N and P step through). */
    List<Annotation> visible() {
        return List.copyOf(filtered);
    }
}
