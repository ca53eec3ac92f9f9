package org.glossator.ui;

import org.glossator.ui.main.MainWindow;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableView;
import org.glossator.app.GlossatorApp;
import org.glossator.domain.ArticleSummary;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.model.Side;
import org.glossator.domain.Annotation;
import java.util.List;
import org.glossator.ui.main.MainWindow;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app on a database in a temporary folder; drives it headless with TestFX. */
abstract class GuiTestBase extends FxRobot {
    @TempDir
    Path dir;
    GlossatorApp app;
    /** What the File menu's choosers answer: tests queue files instead of driving native windows. */
    final ScriptedFileChoosers choosers = new ScriptedFileChoosers();
    /** Other windows the app opens (shared stores) are recorded, not started. */
    final RecordingStoreWindows storeWindows = new RecordingStoreWindows();

    Path database() {
        return dir.resolve("gui.db");
    }

    /** The user's preferences file (in a real installation, in the user's config folder). */
    Path preferences() {
        return dir.resolve("config").resolve("preferences.properties");
    }

    @BeforeEach
    void knownAnnotator() throws Exception {
        // The annotator's name is asked once and kept; this user has already answered.
        Files.createDirectories(preferences().getParent());
        Files.writeString(preferences(), "annotator=Tess\n");
    }

    /** Selects text in a reader as a user would leave it, then presses a key there. */
    void selectAndPress(ReaderPane pane, int start, int end, javafx.scene.input.KeyCode key) {
        interact(() -> {
            pane.textArea().requestFocus();
            pane.textArea().selectRange(start, end);
        });
        int before = fx(() -> shownAnnotations(pane).size());
        type(key);
        waitUntil(() -> shownAnnotations(pane).size() == before + 1);
    }

    Side sideOf(ReaderPane pane) {
        return pane == window().left() ? Side.LEFT : Side.RIGHT;
    }

    /** The annotations the session holds for a pane (what it draws and lists). */
    List<Annotation> shownAnnotations(ReaderPane pane) {
        return app.session().pane(sideOf(pane)).map(PaneState::annotations).orElse(List.of());
    }

    /** Opens an article in a pane as the corpus list's context menu would. */
    void openIn(ReaderPane pane, long articleId) {
        interact(() -> window().openIn(pane, articleId));
    }

    /** Clicks through a menu path, e.g. menu("File", "Import articles…"). */
    void menu(String top, String item) {
        clickOn(top);
        clickOn(item);
    }

    GlossatorApp launch() throws Exception {
        startApp();
        waitUntil(() -> app.window() != null && !corpusTable().getItems().isEmpty());
        return app;
    }

    /** As {@link #launch()}, on a database that holds no articles: waits for the window only. */
    GlossatorApp launchWithoutArticles() throws Exception {
        startApp();
        waitUntil(() -> app.window() != null);
        return app;
    }

    private void startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        parkMouse();
        app = (GlossatorApp) FxToolkit.setupApplication(() -> new GlossatorApp(database(), preferences(), choosers, storeWindows));
    }

    void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        launch();
    }

    /**
     * The robot's pointer outlives a test; a new window opening under a resting pointer
     * makes RichTextFX's hover detection hit-test with no position. Keep it in a corner.
     */
    private void parkMouse() {
        moveTo(new javafx.geometry.Point2D(2, 2));
    }

    @AfterEach
    void stopApp() throws Exception {
        parkMouse();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    MainWindow window() {
        return app.window();
    }

    @SuppressWarnings("unchecked")
    TableView<ArticleSummary> corpusTable() {
        return lookup("#corpus-table").queryAs(TableView.class);
    }

    /** The table row that shows an article (lookup order is not row order once rows are reused). */
    javafx.scene.Node rowOf(long articleId) {
        return lookup("#corpus-table .table-row-cell").match((javafx.scene.control.TableRow<ArticleSummary> r) ->
                r.getItem() != null && r.getItem().id() == articleId).query();
    }

    ReaderPane left() {
        return window().left();
    }

    ReaderPane right() {
        return window().right();
    }

    /**
     * Right-click: Monocle's headless glass does not turn it into a ContextMenuEvent
     * (TestFX issue 645), so the event the platform would send is fired here.
     */
    void contextClick(javafx.scene.Node node) {
        moveTo(node);
        interact(() -> {
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            javafx.geometry.Point2D local = node.screenToLocal(b.getCenterX(), b.getCenterY());
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    b.getCenterX(), b.getCenterY(), false, null));
        });
    }

    /** Polls a condition while letting the FX thread and the worker run; fails after 10 s. */
    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (Exception e) {
            fail("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads FX state on the FX thread. */
    static <T> T fx(Callable<T> read) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }
}
