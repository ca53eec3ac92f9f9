package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.glossator.ui.reader.ReaderPane;
import org.junit.jupiter.api.Test;

/** The search window opens where the reader that shows the chosen hit stays in sight. */
class SearchWindowPlacementTest extends GuiTestBase {

    private Window searchWindow() {
        return fx(() -> lookup("#search-field").query().getScene().getWindow());
    }

    private static Bounds boundsOf(Window w) {
        return new BoundingBox(w.getX(), w.getY(), w.getWidth(), w.getHeight());
    }

    private void openSearch() {
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#search-field").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
    }

    private void closeSearch() {
        Window search = searchWindow();
        push(KeyCode.ESCAPE);
        waitUntil(() -> !fx(search::isShowing));
    }

    private void assertActiveReaderUncovered(ReaderPane active) {
        Bounds reader = fx(() -> active.localToScreen(active.getBoundsInLocal()));
        Bounds search = fx(() -> boundsOf(searchWindow()));
        // Touching edges are fine: nothing of the reader is hidden.
        boolean apart = search.getMaxX() <= reader.getMinX() || search.getMinX() >= reader.getMaxX()
                || search.getMaxY() <= reader.getMinY() || search.getMinY() >= reader.getMaxY();
        assertThat(apart).as("search window %s apart from the active reader %s", search, reader).isTrue();
        assertThat(search.getWidth()).isGreaterThanOrEqualTo(380);
    }

    @Test
    void onAFullScreenWindowTheSearchWindowCoversTheOtherSideNotTheActiveReader() throws Exception {
        launch();
        interact(() -> {
            window().stage().setX(0);
            window().stage().setY(0);
            window().stage().setWidth(1600);
            window().stage().setHeight(1000);
        });
        waitUntil(() -> window().stage().getWidth() == 1600);
        openIn(left(), fx(() -> corpusTable().getItems().get(0).id()));
        waitUntil(() -> left().article().isPresent());
        clickOn(left().textArea());
        waitUntil(() -> window().activePane() == left());
        openSearch();
        assertActiveReaderUncovered(left());
        closeSearch();

        clickOn(right());
        waitUntil(() -> window().activePane() == right());
        openSearch();
        assertActiveReaderUncovered(right());
        closeSearch();
    }

    @Test
    void besideASmallerMainWindowTheSearchWindowCoversNothingOfIt() throws Exception {
        launch();
        interact(() -> {
            window().stage().setX(0);
            window().stage().setY(0);
            window().stage().setWidth(1100);
            window().stage().setHeight(700);
        });
        waitUntil(() -> window().stage().getWidth() == 1100);
        openSearch();
        Bounds main = fx(() -> boundsOf(window().stage()));
        Bounds search = fx(() -> boundsOf(searchWindow()));
        assertThat(search.getMinX()).isGreaterThanOrEqualTo(main.getMaxX());
        assertThat(search.getMaxX()).isLessThanOrEqualTo(1600);
    }
}
