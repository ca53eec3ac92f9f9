package org.glossator.ui.annotate;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
import org.glossator.ui.model.AnnotationFilter;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.model.ReadingSession;
import org.glossator.ui.model.ReadingSessionListener;
import org.glossator.ui.model.Side;

/**
 * The annotations of the active pane's article, with filters by type, tag, verdict,
 * annotator and text, the inline editor of the selected one, and its links. It shows
 * what the {@link ReadingSession} holds and tells it what the user picks.
 */
final class AnnotationPanel extends VBox implements ReadingSessionListener {
    static final String ALL = "All";

    private final ReadingSession session;
    private final Label title = new Label("ANNOTATIONS");
    private final Label articleTitle = new Label();
    private final ComboBox<String> typeFilter = filterBox("filter-type", "Show only annotations of this type");
    private final ComboBox<String> tagFilter = filterBox("filter-tag", "Show only annotations with this tag");
    private final ComboBox<String> verdictFilter = filterBox("filter-verdict", "Show only claims with this verdict");
    private final ComboBox<String> annotatorFilter = filterBox("filter-annotator", "Show only this annotator's annotations");
    private final TextField textFilter = new TextField();
    private final ObservableList<Annotation> items = FXCollections.observableArrayList();
    private final ListView<Annotation> list = new ListView<>(items);
    private final Label count = new Label();
    final AnnotationEditor editor;
    final LinksView links;
    /** Set while the list follows the session, so its selection events are not echoed back. */
    private boolean syncing;

    AnnotationPanel(ReadingSession session, AnnotationEditor editor, LinksView links) {
        this.session = session;
        this.editor = editor;
        this.links = links;
        getStyleClass().add("annotation-panel");
        setId("annotation-panel");
        title.getStyleClass().add("section-title");
        title.setId("panel-title");
        articleTitle.setId("panel-article");
        articleTitle.getStyleClass().add("meta");
        articleTitle.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        textFilter.setId("filter-text");
        textFilter.setPromptText("Filter quotes, notes and tags");
        list.setId("annotation-list");
        list.setCellFactory(lv -> new AnnotationCell(session::typeOf));
        list.setFixedCellSize(62);
        Label placeholder = new Label("No annotations here yet. Select text in the reader and press 1, 2 or 3.");
        placeholder.setWrapText(true);
        placeholder.setPadding(new javafx.geometry.Insets(8));
        list.setPlaceholder(placeholder);
        count.getStyleClass().add("meta");
        count.setId("annotation-count");
        typeFilter.setPromptText("Type");
        tagFilter.setPromptText("Tag");
        verdictFilter.setPromptText("Verdict");
        annotatorFilter.setPromptText("Annotator");
        for (ComboBox<String> box : List.of(typeFilter, tagFilter, verdictFilter, annotatorFilter)) {
            box.valueProperty().addListener((obs, o, n) -> pushFilter());
        }
        textFilter.textProperty().addListener((obs, o, n) -> pushFilter());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, a) -> {
            if (!syncing && a != null) {
                session.select(session.active(), a.id(), true);
            }
        });
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
        getChildren().addAll(title, articleTitle, row1, row2, textFilter, count, split);
        setMinWidth(200);
        session.addListener(this);
        listChanged();
    }

    /** The tooltip says what the box filters by when a narrow panel cuts its prompt to "Ann…". */
    private static ComboBox<String> filterBox(String id, String tooltip) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(60);
        // One preferred width for all: the row's two boxes then share it half and half, not in
        // proportion to their longest entry (a long tag squeezed Annotator to "An…").
        box.setPrefWidth(80);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    ListView<Annotation> list() {
        return list;
    }

    /** The active pane's rows, filters and selection, as the session has them now. */
    @Override
    public void listChanged() {
        Side side = session.active();
        Optional<PaneState> state = session.pane(side);
        title.setText("ANNOTATIONS · " + side.word().toUpperCase(java.util.Locale.ROOT));
        String shownTitle = state.map(s -> s.article().title()).orElse("No article open");
        articleTitle.setText(shownTitle);
        articleTitle.setTooltip(new javafx.scene.control.Tooltip(shownTitle));
        List<Annotation> all = session.allInActive();
        refill(typeFilter, session.types().stream().map(AnnotationType::label).toList());
        refill(tagFilter, all.stream().flatMap(a -> a.tags().stream()).distinct().sorted().toList());
        refill(verdictFilter, java.util.Arrays.stream(Verdict.values()).map(Verdict::label).toList());
        refill(annotatorFilter, session.annotators());
        List<Annotation> visible = session.visible();
        syncing = true;
        try {
            if (!visible.equals(items)) {
                items.setAll(visible);
            }
            showSelection(session.selectedInActive(), false);
        } finally {
            syncing = false;
        }
        int shown = visible.size();
        int total = all.size();
        count.setText(shown == total ? AnnotationText.count(total, "annotation")
                : shown + " of " + AnnotationText.count(total, "annotation") + " shown");
    }

    @Override
    public void selectionChanged(Side side, Optional<Annotation> selected, boolean reveal) {
        if (side != session.active()) {
            return;
        }
        syncing = true;
        try {
            showSelection(selected, true);
        } finally {
            syncing = false;
        }
    }

    private void showSelection(Optional<Annotation> selected, boolean scroll) {
        Annotation a = selected.orElse(null);
        if (a == null || !items.contains(a)) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != a) {
            list.getSelectionModel().select(a);
            if (scroll) {
                list.scrollTo(a);
            }
        }
        if (editor.needsToShow(a)) {
            editor.show(a, session.types());
        }
        Side side = session.active();
        if (a == null) {
            links.clear();
        } else {
            links.show(a, session.pane(side).map(s -> s.linksOf(a.id())).orElse(List.of()));
        }
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

    private void pushFilter() {
        String type = chosen(typeFilter);
        String typeKey = type == null ? null : session.types().stream().filter(t -> t.label().equals(type))
                .map(AnnotationType::key).findFirst().orElse(type);
        String verdict = chosen(verdictFilter);
        Verdict v = verdict == null ? null : java.util.Arrays.stream(Verdict.values())
                .filter(x -> x.label().equals(verdict)).findFirst().orElse(null);
        session.setFilter(new AnnotationFilter(typeKey, chosen(tagFilter), v, chosen(annotatorFilter),
                textFilter.getText()));
    }

    private static String chosen(ComboBox<String> box) {
        String v = box.getValue();
        return v == null || v.equals(ALL) ? null : v;
    }
}
