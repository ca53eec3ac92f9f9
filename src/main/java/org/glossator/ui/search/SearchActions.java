package org.glossator.ui.search;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.glossator.ui.common.Assets;
import org.glossator.ui.common.TaskRunner;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.model.ReadingSession;
import org.glossator.ui.model.ReadingSessionListener;
import org.glossator.ui.model.Side;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.workspace.SearchService;

/**
 * The Search menu: the corpus search window (Ctrl+Shift+F) and find in the active
 * article (Ctrl+F, F3). Opening a hit opens its article in the active pane and, once
 * the pane shows it, marks the matched words and selects the first.
 */
public final class SearchActions {
    private final Window owner;
    private final ReadingSession session;
    private final Function<Side, ReaderPane> readers;
    private final BiConsumer<Side, Long> openInPane;
    private final SearchPanel panel;
    private final FindBar findBar;
    private Stage searchWindow;
    private PendingHit pending;

    /** A hit waiting for its article to be shown. */
    private record PendingHit(Side side, long articleId, List<SearchService.Span> matches) {
    }

    public SearchActions(Window owner, SearchService search, ReadingSession session, TaskRunner tasks,
                         Function<Side, ReaderPane> readers, BiConsumer<Side, Long> openInPane) {
        this.owner = owner;
        this.session = session;
        this.readers = readers;
        this.openInPane = openInPane;
        this.panel = new SearchPanel(search, tasks, session::types, this::open);
        this.findBar = new FindBar(session, readers);
        session.addListener(new ReadingSessionListener() {
            @Override
            public void paneShown(Side side, PaneState state) {
                showPendingHit(side, state);
            }
        });
    }

    public Menu menu() {
        MenuItem corpus = new MenuItem("Search corpus…");
        corpus.setId("search-corpus");
        corpus.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        corpus.setOnAction(e -> openSearchWindow());
        MenuItem find = new MenuItem("Find in article…");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> findBar.open());
        MenuItem next = new MenuItem("Find next");
        next.setAccelerator(new KeyCodeCombination(KeyCode.F3));
        next.setOnAction(e -> findBar.step(+1));
        MenuItem previous = new MenuItem("Find previous");
        previous.setAccelerator(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN));
        previous.setOnAction(e -> findBar.step(-1));
        return new Menu("_Search", null, corpus, find, next, previous);
    }

    /** The Ctrl+F bar, for the window to place above the readers. */
    public FindBar findBar() {
        return findBar;
    }

    public SearchPanel panel() {
        return panel;
    }

    /** Shows the search window beside the active reader (it stays open while hits are read). */
    public void openSearchWindow() {
        if (searchWindow == null) {
            searchWindow = new Stage(StageStyle.DECORATED);
            searchWindow.initOwner(owner);
            searchWindow.setTitle("Search corpus");
            Scene scene = new Scene(panel, 520, 640);
            scene.getStylesheets().add(Assets.stylesheet());
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    searchWindow.hide();
                }
            });
            searchWindow.setScene(scene);
        }
        if (!searchWindow.isShowing()) {
            placeSearchWindow();
        }
        panel.refreshTypes();
        searchWindow.show();
        searchWindow.toFront();
        panel.queryField().requestFocus();
        panel.queryField().selectAll();
    }

    /**
     * Puts the search window where it leaves the active reader visible, since that is
     * where a chosen hit opens (see {@link WindowPlacement}). Done each time the window
     * opens; while it is open the user may move it anywhere.
     */
    private void placeSearchWindow() {
        javafx.geometry.Bounds main = new javafx.geometry.BoundingBox(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight());
        ReaderPane active = readers.apply(session.active());
        javafx.geometry.Bounds reader = active.localToScreen(active.getBoundsInLocal());
        if (reader == null) {
            reader = main;
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        javafx.geometry.Bounds at = WindowPlacement.place(screen, main, reader, 520, 640);
        searchWindow.setX(at.getMinX());
        searchWindow.setY(at.getMinY());
        searchWindow.setWidth(at.getWidth());
        searchWindow.setHeight(at.getHeight());
    }

    /** Opens a hit's article in the active pane; {@link #showPendingHit} marks the words once it is shown. */
    public void open(SearchService.Hit hit) {
        Side side = session.active();
        pending = new PendingHit(side, hit.articleId(), hit.matches());
        openInPane.accept(side, hit.articleId());
    }

    private void showPendingHit(Side side, PaneState state) {
        PendingHit hit = pending;
        if (hit == null || hit.side() != side || hit.articleId() != state.article().id()) {
            return;
        }
        pending = null;
        ReaderPane reader = readers.apply(side);
        List<int[]> ranges = HitRanges.toCharRanges(hit.matches(), state.index());
        reader.setFindHits(ranges);
        if (!ranges.isEmpty()) {
            selectAndShow(reader, ranges.get(0)[0], ranges.get(0)[1]);
        }
    }

    /** Selects a char range in a reader and scrolls it into view. */
    static void selectAndShow(ReaderPane reader, int start, int end) {
        var area = reader.textArea();
        area.selectRange(start, end);
        area.showParagraphAtCenter(reader.paragraphOf(start));
        area.requestFollowCaret();
    }
}
