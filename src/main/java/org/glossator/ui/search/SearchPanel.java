package org.glossator.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Verdict;
import org.glossator.store.SearchSyntaxException;
import org.glossator.ui.common.TaskRunner;
import org.glossator.workspace.SearchService;
import org.glossator.workspace.SearchService.Hit;

/**
 * Search across the corpus: a query (words, "a phrase", prefix*), optional filters on the
 * articles' annotations, and the ranked hits with their snippets. Opening a hit (double
 * click or Enter) hands it to whoever shows articles.
 */
public final class SearchPanel extends VBox {
    static final String ANY = "Any";

    private final TextField query = new TextField();
    private final ComboBox<AnnotationType> type = new ComboBox<>();
    private final TextField tag = new TextField();
    private final ComboBox<Verdict> verdict = new ComboBox<>();
    private final Label message = new Label();
    private final ListView<Hit> results = new ListView<>();
    private final SearchService search;
    private final TaskRunner tasks;
    private final Supplier<List<AnnotationType>> types;

    public SearchPanel(SearchService search, TaskRunner tasks, Supplier<List<AnnotationType>> types,
                       Consumer<Hit> open) {
        this.search = search;
        this.tasks = tasks;
        this.types = types;
        setId("search-panel");
        setSpacing(6);
        setPadding(new Insets(10));
        query.setId("search-field");
        query.setPromptText("Words, \"a phrase\", or a prefix like licen*");
        query.setOnAction(e -> run());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button go = new Button("Search");
        go.setId("search-button");
        go.setDefaultButton(false);
        go.setOnAction(e -> run());

        type.setId("search-type");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnnotationType t) {
                return t == null ? "Any type" : t.label();
            }

            @Override
            public AnnotationType fromString(String s) {
                return null;
            }
        });
        type.setPromptText("Any type");
        tag.setId("search-tag");
        tag.setPromptText("Tag");
        tag.setPrefColumnCount(8);
        tag.setOnAction(e -> run());
        verdict.setId("search-verdict");
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(null);
        verdicts.addAll(List.of(Verdict.values()));
        verdict.setItems(FXCollections.observableArrayList(verdicts));
        verdict.setConverter(new StringConverter<>() {
            @Override
            public String toString(Verdict v) {
                return v == null ? "Any verdict" : v.label();
            }

            @Override
            public Verdict fromString(String s) {
                return null;
            }
        });
        verdict.setPromptText("Any verdict");
        Label filterLabel = new Label("Only articles with an annotation of:");

        message.setId("search-message");
        message.getStyleClass().add("search-message");
        message.setMaxWidth(Double.MAX_VALUE);
        message.setWrapText(true);
        results.setId("search-results");
        results.setCellFactory(list -> new HitCell());
        results.setPlaceholder(new Label("Type words and press Enter. Double-click a hit to open it."));
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                open.accept(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                open.accept(results.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(new HBox(6, query, go), filterLabel, new HBox(6, type, tag, verdict), message, results);
        refreshTypes();
    }

    /** Offers the scheme's current types in the filter (the scheme can change while the panel is open). */
    public void refreshTypes() {
        AnnotationType chosen = type.getValue();
        List<AnnotationType> items = new ArrayList<>();
        items.add(null);
        items.addAll(types.get());
        type.setItems(FXCollections.observableArrayList(items));
        type.setValue(items.contains(chosen) ? chosen : null);
    }

    public TextField queryField() {
        return query;
    }

    public ListView<Hit> results() {
        return results;
    }

    /** Runs the query on the worker; a query that cannot be understood is said plainly, not as an error box. */
    public void run() {
        String text = query.getText();
        String typeKey = type.getValue() == null ? null : type.getValue().key();
        String tagText = tag.getText();
        Verdict verdictValue = verdict.getValue();
        message.setText("Searching…");
        tasks.run(() -> {
            try {
                return Outcome.hits(search.find(text, typeKey, tagText, verdictValue));
            } catch (SearchSyntaxException e) {
                return Outcome.problem(e.getMessage());
            }
        }, this::show);
    }

    private void show(Outcome outcome) {
        if (outcome.problem() != null) {
            results.getItems().clear();
            message.setText(outcome.problem());
            return;
        }
        results.getItems().setAll(outcome.hits());
        int n = outcome.hits().size();
        message.setText(n == 0 ? "No article matches." : n + (n == 1 ? " article matches" : " articles match")
                + (n >= SearchService.limit() ? " (the best " + n + " are shown)" : "")
                + ". Double-click a hit, or select it and press Enter, to open it in the active pane.");
        if (n > 0) {
            results.getSelectionModel().selectFirst();
        }
    }

    /** Hits, or why the query could not run. */
    private record Outcome(List<Hit> hits, String problem) {
        static Outcome hits(List<Hit> hits) {
            return new Outcome(hits, null);
        }

        static Outcome problem(String message) {
            return new Outcome(List.of(), message);
        }
    }

    /** Title and score over the snippet, its matched words in bold. */
    private static final class HitCell extends ListCell<Hit> {
        HitCell() {
            // Cells take the list's width instead of widening it (no sideways scrolling).
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(hit.title());
            title.getStyleClass().add("search-hit-title");
            title.setWrapText(true);
            title.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            Label score = new Label("relevance " + hit.relevancePercent() + "%");
            score.getStyleClass().add("search-hit-score");
            TextFlow snippet = snippet(hit);
            snippet.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            snippet.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            VBox box = new VBox(2, title, snippet, score);
            box.getStyleClass().add("search-hit");
            setGraphic(box);
        }

        static TextFlow snippet(Hit hit) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("search-snippet");
            String s = hit.snippet();
            int at = 0;
            for (SearchService.Span r : hit.snippetHighlights()) {
                int start = Math.max(at, Math.min(r.start(), s.length()));
                int end = Math.max(start, Math.min(r.end(), s.length()));
                if (start > at) {
                    flow.getChildren().add(new Text(s.substring(at, start)));
                }
                Text match = new Text(s.substring(start, end));
                match.getStyleClass().add("search-match");
                flow.getChildren().add(match);
                at = end;
            }
            if (at < s.length()) {
                flow.getChildren().add(new Text(s.substring(at)));
            }
            return flow;
        }
    }
}
