package org.glossator.ui.main;

import org.glossator.ui.common.Dialogs;
import org.glossator.ui.common.Settings;
import org.glossator.ui.common.TaskRunner;
import org.glossator.ui.common.Assets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.glossator.domain.Counts;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleSummary;
import org.glossator.ui.annotate.AnnotationController;
import org.glossator.ui.corpus.CorpusView;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.ui.common.FileChoosers;
import org.glossator.ui.model.ReadingSession;
import org.glossator.ui.model.ReadingSessionListener;
import org.glossator.ui.model.Side;
import org.glossator.ui.model.TaskStatus;
import org.glossator.workspace.About;
import org.glossator.workspace.Workspace;

/**
 * The main window: corpus list, two readers side by side, the annotation panel and
 * a status bar. Store work goes through the {@link TaskRunner}; this class only
 * wires views to it.
 */
public final class MainWindow {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MainWindow.class.getName());
    public static final double DEFAULT_FONT_SIZE = 16;
    static final double MIN_FONT_SIZE = 10;
    static final double MAX_FONT_SIZE = 36;

    private final Stage stage;
    private final Workspace workspace;
    private final ReadingSession session;
    private final FileChoosers files;
    private final Settings settings;
    private final TaskRunner tasks;
    private final ReaderPane left = new ReaderPane("Left");
    private final ReaderPane right = new ReaderPane("Right");
    private final CorpusView corpus;
    private final StatusBar status = new StatusBar();
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane readerSplit = new SplitPane(left, right);
    private final AnnotationController annotations;
    private final org.glossator.ui.search.SearchActions search;
    private final org.glossator.ui.article.ArticleActions articleActions;
    private List<ArticleSummary> lastSummaries = List.of();
    private double fontSize;
    private final org.glossator.ui.classroom.ClassroomUi classroom;
    private final org.glossator.ui.theme.Themes themes;
    private final SharedStoreMenu sharedStores;

    public MainWindow(Stage stage, Workspace workspace, ReadingSession session, Settings settings, TaskRunner tasks,
                      AnnotationController annotations, FileChoosers files, SharedStoreMenu sharedStores) {
        this.stage = stage;
        this.workspace = workspace;
        this.session = session;
        this.files = files;
        this.settings = settings;
        this.tasks = tasks;
        this.annotations = annotations;
        this.sharedStores = sharedStores;
        this.corpus = new CorpusView(this::open, this::confirmDelete);
        this.fontSize = settings.getDouble("reader.fontSize", DEFAULT_FONT_SIZE);
        this.themes = new org.glossator.ui.theme.Themes(settings);
        annotations.attach(stage, left, right, this::refreshCorpus, corpus::selectedIds);
        this.search = new org.glossator.ui.search.SearchActions(stage, workspace.search(), session, tasks,
                this::paneOf, (side, id) -> openIn(paneOf(side), id));
        this.articleActions = new org.glossator.ui.article.ArticleActions(stage, workspace, session, tasks,
                annotations::annotationsChangedElsewhere);
        new org.glossator.ui.article.ReadingPositions(session, settings, this::paneOf);
        this.classroom = new org.glossator.ui.classroom.ClassroomUi(new org.glossator.ui.classroom.ClassroomHost(stage,
                workspace, session, files, tasks, settings, id -> openIn(activePane(), id),
                () -> refreshCorpus(annotations::annotationsChangedElsewhere), (panel, shown) -> showPackPanel(panel, shown),
                annotations::installSchemeStylesheet));
    }

    public void show() {
        show(() -> { });
    }

    /** Shows the window; {@code corpusShown} runs once the corpus list is first filled. */
    public void show(Runnable corpusShown) {
        BorderPane root = new BorderPane();
        VBox top = new VBox(menuBar(), annotations.toolBar(), annotations.linkBanner(), search.findBar());
        workspace.readOnlyReason().ifPresent(reason -> top.getChildren().add(readOnlyBanner(reason)));
        root.setTop(top);
        mainSplit.setId("main-split");
        readerSplit.setId("reader-split");
        mainSplit.getItems().addAll(corpus, readerSplit, annotations.panel());
        // The side panels keep their share of the window, so a small window does not squeeze the
        // reading panes to a few words a line; View › Corpus list / Annotation panel hide them.
        corpus.setMinWidth(150);
        annotations.panel().setMinWidth(200);
        root.setCenter(mainSplit);
        root.setBottom(status);
        status.setId("status-bar");
        for (ReaderPane pane : List.of(left, right)) {
            pane.setFontSize(fontSize);
            installDrop(pane);
            pane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> activate(pane));
            pane.textArea().focusedProperty().addListener((obs, o, focused) -> {
                if (focused) {
                    activate(pane);
                }
            });
        }
        left.setActive(true);
        bindStatus();

        // Never larger than the screen: a remembered size may come from a bigger monitor.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(settings.getDouble("window.width", 1400), screen.getWidth()),
                Math.min(settings.getDouble("window.height", 860), screen.getHeight() - 30));
        scene.getStylesheets().add(Assets.stylesheet());
        annotations.installSchemeStylesheet(scene);
        installZoomKeys(scene);
        installPaneSwitchKey(scene);
        annotations.installKeys(scene);
        classroom.installDrop(scene);
        stage.setScene(scene);
        themes.install(stage);
        stage.setTitle("Glossator — " + workspace.corpus().location());
        restoreWindowPosition();
        stage.setOnCloseRequest(e -> saveLayout());
        stage.show();
        new LayoutAutosave(session, this::autosaveLayout, List.of(left.textArea().estimatedScrollYProperty(),
                right.textArea().estimatedScrollYProperty(), stage.widthProperty(), stage.heightProperty(),
                readerSplit.getDividers().get(0).positionProperty()), stage.showingProperty());
        mainSplit.setDividerPositions(settings.getDouble("split.corpus", 0.23),
                settings.getDouble("split.panel", 0.78));
        readerSplit.setDividerPositions(settings.getDouble("split.readers", 0.5));
        refreshCorpus(() -> {
            corpusShown.run();
            restoreOpenArticles();
        });
    }

    private MenuBar menuBar() {
        MenuItem importArticles = new MenuItem("Import articles…");
        importArticles.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        importArticles.setOnAction(e -> chooseAndImport());
        MenuItem deleteArticle = new MenuItem("Delete article in active pane…");
        deleteArticle.setOnAction(e -> activePane().article().ifPresent(a -> confirmDelete(summaryOf(a))));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> {
            saveLayout();
            stage.close();
        });
        MenuItem backupNow = new MenuItem("Back up now");
        backupNow.setId("backup-now");
        backupNow.setOnAction(e -> tasks.run(() -> workspace.backups().backupBefore("manual"), made ->
                status.setText(made.map(b -> "Backed up to " + b.file()).orElse("No backup was needed"))));
        MenuItem restore = new MenuItem("Restore from backup…");
        restore.setId("restore-backup");
        restore.setOnAction(e -> chooseBackupToRestore());
        Menu file = new Menu("_File", null, importArticles);
        file.getItems().addAll(annotations.fileMenuItems());
        file.getItems().addAll(new SeparatorMenuItem(), deleteArticle, new SeparatorMenuItem(), backupNow, restore,
                new SeparatorMenuItem());
        file.getItems().addAll(sharedStores.items());
        file.getItems().addAll(new SeparatorMenuItem(), quit);
        if (workspace.readOnlyReason().isPresent()) {
            for (MenuItem item : List.of(importArticles, deleteArticle, backupNow, restore)) {
                item.setDisable(true);
            }
        }

        MenuItem zoomIn = new MenuItem("Zoom in");
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> zoom(+1));
        MenuItem zoomOut = new MenuItem("Zoom out");
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> zoom(-1));
        MenuItem zoomReset = new MenuItem("Actual size");
        zoomReset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        zoomReset.setOnAction(e -> zoom(0));
        MenuItem focusFilter = new MenuItem("Filter corpus");
        // Ctrl+F finds in the article (Search menu); the corpus filter takes Ctrl+L ("list").
        focusFilter.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        focusFilter.setOnAction(e -> corpus.filterField().requestFocus());
        MenuItem swap = new MenuItem("Switch active pane");
        swap.setAccelerator(new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN));
        swap.setOnAction(e -> switchActivePane());
        javafx.scene.control.CheckMenuItem showCorpus = new javafx.scene.control.CheckMenuItem("Corpus list");
        showCorpus.setId("show-corpus");
        showCorpus.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        showCorpus.setSelected(true);
        showCorpus.selectedProperty().addListener((obs, o, shown) -> showSide(corpus, shown, 0));
        javafx.scene.control.CheckMenuItem showPanel = new javafx.scene.control.CheckMenuItem("Annotation panel");
        showPanel.setId("show-panel");
        showPanel.setAccelerator(new KeyCodeCombination(KeyCode.F10));
        showPanel.setSelected(true);
        showPanel.selectedProperty().addListener((obs, o, shown) -> showSide(annotations.panel(), shown, -1));
        Menu view = new Menu("_View", null, zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), focusFilter, swap,
                themes.menu(), org.glossator.ui.article.ReadingWidthMenu.create(settings, List.of(left, right)),
                org.glossator.ui.article.TableOfContentsMenu.create(this::activePane),
                new SeparatorMenuItem(), showCorpus, showPanel);

        Menu edit = annotations.editMenu();
        edit.getItems().addAll(edit.getItems().indexOf(edit.getItems().stream()
                .filter(i -> "Edit article text…".equals(i.getText())).findFirst().orElse(null)) + 1,
                articleActions.editMenuItems());
        MenuBar bar = new MenuBar(file, edit, view, search.menu(), annotations.annotateMenu(),
                classroom.menu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu helpMenu() {
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> Shortcuts.show(stage));
        MenuItem samples = new MenuItem("Add sample articles");
        samples.setOnAction(e -> tasks.run(() -> workspace.samples().addSamples(), added -> {
            refreshCorpus();
            Dialogs.summary(stage, added == 0 ? "The sample articles are already in this corpus"
                            : "Added " + Counts.of(added, "sample article", "sample articles"),
                    "The sample articles were written for Glossator to try it out; delete them whenever you like.");
        }));
        MenuItem about = new MenuItem("About Glossator");
        about.setId("about");
        about.setOnAction(e -> showAbout());
        return new Menu("_Help", null, keys, samples, new SeparatorMenuItem(), about);
    }

    /** The version and where the data, backups and log are, as text that can be selected and copied. */
    private void showAbout() {
        TextArea details = new TextArea(About.describe(workspace));
        details.setId("about-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(6);
        details.setPrefColumnCount(60);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("About Glossator");
        alert.setHeaderText(About.VERSION + ": read articles critically, mark claims, quotes and sources.");
        alert.getDialogPane().setContent(details);
        alert.show();
    }

    /** A newer program's database: said once, plainly, above everything, and nothing can change it. */
    private javafx.scene.Node readOnlyBanner(String reason) {
        javafx.scene.control.Label banner = new javafx.scene.control.Label("Read only: " + reason);
        banner.setId("read-only-banner");
        banner.getStyleClass().add("read-only-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        return banner;
    }

    /** Things to tell the user once the window is up (a damaged settings file set aside, a failed backup). */
    public void tell(List<String> notices) {
        if (!notices.isEmpty()) {
            Dialogs.summary(stage, "Glossator had to set something aside", String.join("\n\n", notices));
        }
    }

    /** File › Restore from backup…: lists the backups, restores one after asking, then shows it. */
    private void chooseBackupToRestore() {
        tasks.run(() -> workspace.backups().list(), backups -> RestoreDialog.ask(stage, backups).ifPresent(chosen -> {
            if (!Dialogs.confirmDestructive(stage, "Restore the backup of " + RestoreDialog.when(chosen) + "?",
                    "The corpus will be as it was then: " + chosen.articles() + " articles and " + chosen.annotations()
                            + " annotations. What you have now is backed up first, so you can come back to it"
                            + " with File › Restore from backup….", "Restore")) {
                return;
            }
            tasks.run(() -> workspace.backups().restore(chosen.file()), safety -> {
                annotations.storeReplaced();
                refreshCorpus();
                Dialogs.summary(stage, "Backup restored", "The corpus is as it was on " + RestoreDialog.when(chosen)
                        + "." + safety.map(b -> "\nWhat you had before is in the backup " + b.file().getFileName() + ".")
                        .orElse(""));
            });
        }));
    }

    /** Hides or shows a side panel (index 0: first; -1: last), giving its room to the readers. */
    private void showSide(javafx.scene.Node panel, boolean shown, int index) {
        if (!shown) {
            mainSplit.getItems().remove(panel);
        } else if (!mainSplit.getItems().contains(panel)) {
            if (index == 0) {
                mainSplit.getItems().add(0, panel);
                mainSplit.setDividerPosition(0, 0.2);
            } else {
                mainSplit.getItems().add(panel);
                mainSplit.setDividerPosition(mainSplit.getDividers().size() - 1, 0.78);
            }
        }
    }

    /** The classroom's pack panel goes first; every divider is set again so the readers keep their room. */
    private void showPackPanel(javafx.scene.Node panel, boolean shown) {
        showSide(panel, shown, 0);
        int dividers = mainSplit.getDividers().size();
        if (shown && dividers == 3) {
            mainSplit.setDividerPositions(0.16, 0.33, 0.8);
        } else if (!shown && dividers == 2) {
            mainSplit.setDividerPositions(0.23, 0.78);
        }
    }

    private void switchActivePane() {
        session.activate(session.active().other());
        activePane().textArea().requestFocus();
    }

    /**
     * Text fields and tables use Ctrl+Tab for focus traversal and consume it before a
     * menu accelerator sees it; a scene filter runs first, so the key works everywhere.
     */
    private void installPaneSwitchKey(Scene scene) {
        KeyCombination switchKey = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (switchKey.match(e)) {
                switchActivePane();
                e.consume();
            }
        });
    }

    private void installZoomKeys(Scene scene) {
        // Ctrl+= is the menu accelerator; Ctrl++ (shifted, or on the keypad) zooms in too.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> zoom(+1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> zoom(+1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> zoom(-1));
    }

    /** +1 larger, -1 smaller, 0 back to the default size; applies to both readers. */
    public void zoom(int direction) {
        fontSize = direction == 0 ? DEFAULT_FONT_SIZE
                : Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, fontSize + direction * 2));
        left.setFontSize(fontSize);
        right.setFontSize(fontSize);
    }

    private void bindStatus() {
        status.progressProperty().unbind();
        tasks.currentProperty().addListener((obs, old, task) -> showTask(task));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-task");
        cancel.visibleProperty().bind(tasks.currentProperty().isNotNull());
        cancel.setOnAction(e -> Optional.ofNullable(tasks.currentProperty().get()).ifPresent(Task::cancel));
        status.getRightItems().add(cancel);
    }

    private void showTask(Task<?> task) {
        status.progressProperty().unbind();
        status.textProperty().unbind();
        if (task == null) {
            status.setProgress(0);
            updateCounts();
        } else {
            status.progressProperty().bind(task.progressProperty());
            status.textProperty().bind(Bindings.createStringBinding(() -> TaskStatus.line(task.getTitle(), task.getMessage()),
                    task.titleProperty(), task.messageProperty()));
        }
    }

    private void updateCounts() {
        if (status.textProperty().isBound()) {
            return;
        }
        int articles = lastSummaries.size();
        int notes = lastSummaries.stream().mapToInt(ArticleSummary::annotationCount).sum();
        status.setText(workspace.corpus().location() + "   ·   " + Counts.of(articles, "article", "articles")
                + "   ·   " + Counts.of(notes, "annotation", "annotations"));
    }

    /** Reloads the corpus list (and counts) from the store. */
    public void refreshCorpus(Runnable then) {
        tasks.run(() -> workspace.corpus().summaries(), summaries -> {
            lastSummaries = summaries;
            corpus.setArticles(summaries);
            updateCounts();
            then.run();
        });
    }

    public void refreshCorpus() {
        refreshCorpus(() -> { });
    }

    private void open(ArticleSummary summary, CorpusView.Target target) {
        ReaderPane pane = switch (target) {
            case LEFT -> left;
            case RIGHT -> right;
            case ACTIVE -> activePane();
        };
        openIn(pane, summary.id());
    }

    /** Loads an article with its annotations off the FX thread and shows it in a pane. */
    public void openIn(ReaderPane pane, long articleId) {
        activate(pane);
        annotations.open(sideOf(pane), articleId);
    }

    private Side sideOf(ReaderPane pane) {
        return pane == left ? Side.LEFT : Side.RIGHT;
    }

    private ReaderPane paneOf(Side side) {
        return side == Side.LEFT ? left : right;
    }

    private void installDrop(ReaderPane pane) {
        pane.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(CorpusView.ARTICLE_ID)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        pane.setOnDragDropped(e -> {
            Object id = e.getDragboard().getContent(CorpusView.ARTICLE_ID);
            boolean ok = id instanceof Number;
            if (ok) {
                openIn(pane, ((Number) id).longValue());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    public void activate(ReaderPane pane) {
        session.activate(sideOf(pane));
    }

    public ReaderPane activePane() {
        return paneOf(session.active());
    }

    public ReaderPane otherPane(ReaderPane pane) {
        return pane == left ? right : left;
    }

    private void chooseAndImport() {
        List<Path> chosen = files.chooseFilesToOpen(stage, "Import articles", List.of(
                new FileChoosers.Filter("Articles (*.txt, *.md, *.html)", "*.txt", "*.md", "*.markdown",
                        "*.html", "*.htm"),
                new FileChoosers.Filter("All files", "*.*")));
        if (!chosen.isEmpty()) {
            importArticles(chosen);
        }
    }

    /** Imports files in a cancellable background task and reports what happened. */
    private void importArticles(List<Path> chosen) {
        tasks.runLong("Importing articles", progress -> workspace.imports().importPaths(chosen, progress), report -> {
            refreshCorpus();
            StringBuilder details = new StringBuilder();
            report.outcomes().forEach(o -> details.append(o.file().getFileName()).append(": ")
                    .append(o.message()).append('\n'));
            List<String> repaired = report.outcomes().stream().filter(o -> o != null && o.repaired())
                    .map(o -> o.file().getFileName() + ": " + o.repairNotice()).toList();
            if (!repaired.isEmpty()) {
                details.append("\n").append(String.join("\n", repaired)).append("\nTo undo a repair, open the"
                        + " article and choose Edit › Restore original text (Ctrl+Z undoes that in turn).");
            }
            Dialogs.summary(stage, "Import finished: " + report.summary()
                    + (repaired.size() == 1 ? "\n" + report.outcomes().stream().filter(o -> o != null && o.repaired())
                    .findFirst().map(o -> o.repairNotice()).orElse("") : repaired.isEmpty() ? ""
                    : "\nRepaired broken characters in " + repaired.size() + " articles"), details.toString().strip());
        });
    }

    private void confirmDelete(ArticleSummary article) {
        if (!Dialogs.confirmDestructive(stage, "Delete “" + article.title() + "”?",
                "The article and its " + Counts.of(article.annotationCount(), "annotation", "annotations")
                        + " (and their links) will be removed from the corpus. This cannot be undone.", "Delete")) {
            return;
        }
        tasks.run(() -> workspace.corpus().delete(article.id()), deleted -> {
            annotations.articleDeleted(article.id());
            refreshCorpus();
        });
    }

    /** The list's row for an open article (it carries the annotation count the question needs). */
    private ArticleSummary summaryOf(Article a) {
        return lastSummaries.stream().filter(s -> s.id() == a.id()).findFirst()
                .orElseGet(() -> new ArticleSummary(a.id(), a.title(), a.author(), a.published(), a.wordCount(), 0));
    }

    private void restoreWindowPosition() {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized").orElse("false")));
    }

    private void restoreOpenArticles() {
        long leftId = settings.getLong("open.left", -1);
        long rightId = settings.getLong("open.right", -1);
        boolean exists;
        for (ReaderPane pane : List.of(left, right)) {
            long id = pane == left ? leftId : rightId;
            exists = lastSummaries.stream().anyMatch(s -> s.id() == id);
            if (exists) {
                annotations.open(sideOf(pane), id);
            }
        }
        activate("right".equals(settings.get("active.pane").orElse("left")) ? right : left);
    }

    /** Captures the layout now (on the FX thread) and writes it on the worker. */
    public void saveLayout() {
        captureLayout();
        tasks.run(() -> {
            settings.saveOrThrow();
            return null;
        }, done -> { });
    }

    /** As {@link #saveLayout()} while the user reads: unseen, and a failure only logged (closing reports it). */
    private void autosaveLayout() {
        captureLayout();
        tasks.runUnseen(settings::saveOrThrow,
                failure -> LOG.log(java.util.logging.Level.WARNING, "Saving the window layout failed", failure));
    }

    private void captureLayout() {
        if (!stage.isMaximized()) {
            settings.putNumber("window.x", stage.getX());
            settings.putNumber("window.y", stage.getY());
            settings.putNumber("window.width", stage.getScene().getWidth());
            settings.putNumber("window.height", stage.getScene().getHeight());
        }
        settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        double[] main = mainSplit.getDividerPositions();
        if (main.length == 2) { // both side panels shown
            settings.putNumber("split.corpus", main[0]);
            settings.putNumber("split.panel", main[1]);
        }
        settings.putNumber("split.readers", readerSplit.getDividerPositions()[0]);
        settings.putNumber("reader.fontSize", fontSize);
        settings.put("open.left", left.article().map(a -> Long.toString(a.id())).orElse(null));
        settings.put("open.right", right.article().map(a -> Long.toString(a.id())).orElse(null));
        settings.put("active.pane", session.active() == Side.RIGHT ? "right" : "left");
    }

    public Stage stage() {
        return stage;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public Settings settings() {
        return settings;
    }

    public ReaderPane left() {
        return left;
    }

    public ReaderPane right() {
        return right;
    }

    public CorpusView corpus() {
        return corpus;
    }

    public double fontSize() {
        return fontSize;
    }
}
