package org.glossator.ui.corpus;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.glossator.domain.ArticleSummary;

/**
 * The corpus list: title, author, date and word count, with a filter box. Articles
 * open in a reader by double-click (the active pane), context menu, or drag and drop.
 */
public final class CorpusView extends VBox {
    /** Drag payload: the article id, so that reader panes can accept drops. */
    public static final DataFormat ARTICLE_ID = new DataFormat("application/x-glossator-article-id");

    /** Which pane an article should open in. */
    public enum Target { LEFT, RIGHT, ACTIVE }

    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final FilteredList<ArticleSummary> filtered = new FilteredList<>(articles, a -> true);
    private final TableView<ArticleSummary> table = new TableView<>();
    private final TextField filter = new TextField();

    public CorpusView(BiConsumer<ArticleSummary, Target> open, Consumer<ArticleSummary> delete) {
        getStyleClass().add("corpus");
        setId("corpus");
        Label heading = new Label("CORPUS");
        heading.getStyleClass().add("section-title");
        filter.setId("corpus-filter");
        filter.setPromptText("Filter by title or author (Ctrl+L)");
        filter.textProperty().addListener((obs, o, text) -> filtered.setPredicate(matching(text)));

        table.setId("corpus-table");
        // An empty list says why: a new database has no articles, which no filter explains.
        Label placeholder = new Label();
        placeholder.setId("corpus-placeholder");
        placeholder.setWrapText(true);
        placeholder.setPadding(new javafx.geometry.Insets(8)); // as the annotation list's placeholder
        placeholder.textProperty().bind(Bindings.when(Bindings.isEmpty(articles))
                .then("No articles yet. File › Import articles… (Ctrl+O) adds text, Markdown or HTML files.")
                .otherwise("No articles match the filter."));
        table.setPlaceholder(placeholder);
        table.getColumns().add(titleColumn());
        TableColumn<ArticleSummary, Integer> words = new TableColumn<>("Words");
        words.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().wordCount()));
        words.setPrefWidth(52);
        words.setMinWidth(50);
        words.setMaxWidth(60); // the title column takes what the window gives
        words.getStyleClass().add("number-column");
        table.getColumns().add(words);
        TableColumn<ArticleSummary, Integer> notes = new TableColumn<>("Notes");
        notes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().annotationCount()));
        notes.setPrefWidth(46);
        notes.setMinWidth(44);
        notes.setMaxWidth(54);
        notes.getStyleClass().add("number-column");
        table.getColumns().add(notes);
        SortedList<ArticleSummary> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(tv -> row(open, delete));
        // Several articles can be selected (Ctrl/Shift+click) to export their annotations together.
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setFixedCellSize(40); // two lines: title and author
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, filter, table);
    }

    private TableRow<ArticleSummary> row(BiConsumer<ArticleSummary, Target> open, Consumer<ArticleSummary> delete) {
        TableRow<ArticleSummary> row = new TableRow<>();
        MenuItem left = new MenuItem("Open in left pane");
        left.setOnAction(e -> open.accept(row.getItem(), Target.LEFT));
        MenuItem right = new MenuItem("Open in right pane");
        right.setOnAction(e -> open.accept(row.getItem(), Target.RIGHT));
        MenuItem remove = new MenuItem("Delete article…");
        remove.setOnAction(e -> delete.accept(row.getItem()));
        ContextMenu menu = new ContextMenu(left, right, new SeparatorMenuItem(), remove);
        row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
                .then((ContextMenu) null).otherwise(menu));
        row.setOnMouseClicked(e -> {
            if (!row.isEmpty() && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.accept(row.getItem(), Target.ACTIVE);
            }
        });
        row.setOnDragDetected(e -> {
            if (!row.isEmpty()) {
                Dragboard db = row.startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.put(ARTICLE_ID, row.getItem().id());
                content.putString(row.getItem().title());
                db.setContent(content);
                e.consume();
            }
        });
        return row;
    }

    /** Title in bold with the author beneath: readable in a narrow sidebar. Sorts by title. */
    private static TableColumn<ArticleSummary, ArticleSummary> titleColumn() {
        TableColumn<ArticleSummary, ArticleSummary> col = new TableColumn<>("Title / author");
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setComparator(org.glossator.domain.TitleOrder.SUMMARIES);
        col.setPrefWidth(230);
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Label title = new Label();
            private final Label author = new Label();
            private final VBox box = new VBox(1, title, author);

            {
                title.getStyleClass().add("article-title");
                author.getStyleClass().add("article-author");
            }

            @Override
            protected void updateItem(ArticleSummary a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    title.setText(a.title());
                    author.setText(byline(a));
                    setGraphic(box);
                    // Titles are cut to the column; the whole title is one hover away.
                    setTooltip(new javafx.scene.control.Tooltip(a.title()
                            + (a.author() == null || a.author().isBlank() ? "" : "\n" + a.author())));
                }
            }
        });
        return col;
    }

    /** "Author · date": the date sits under the title, so a narrow list keeps its titles readable. */
    private static String byline(ArticleSummary a) {
        String author = nullToEmpty(a.author());
        String date = nullToEmpty(a.published());
        return author.isEmpty() || date.isEmpty() ? author + date : author + "  ·  " + date;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static java.util.function.Predicate<ArticleSummary> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return a -> true;
        }
        return a -> a.title().toLowerCase(Locale.ROOT).contains(needle)
                || (a.author() != null && a.author().toLowerCase(Locale.ROOT).contains(needle));
    }

    public void setArticles(List<ArticleSummary> summaries) {
        ArticleSummary selected = table.getSelectionModel().getSelectedItem();
        articles.setAll(summaries);
        if (selected != null) {
            summaries.stream().filter(s -> s.id() == selected.id()).findFirst()
                    .ifPresent(s -> table.getSelectionModel().select(s));
        }
    }

    public TextField filterField() {
        return filter;
    }

    /** Ids of the articles selected in the list, in list order. */
    public List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(ArticleSummary::id).toList();
    }
}
