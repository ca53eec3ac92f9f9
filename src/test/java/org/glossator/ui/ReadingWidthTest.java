package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** View › Reading width changes both panes' text column and is remembered. */
class ReadingWidthTest extends GuiTestBase {
    /** Submenus of a menu bar are not reliably clickable headless; the item is fired as a click would. */
    private void chooseWidth(String label) {
        interact(() -> window().stage().getScene().getRoot().lookupAll("#menu-bar").stream()
                .map(n -> (javafx.scene.control.MenuBar) n).flatMap(b -> b.getMenus().stream())
                .flatMap(m -> m.getItems().stream()).filter(i -> "reading-width".equals(i.getId()))
                .flatMap(i -> ((javafx.scene.control.Menu) i).getItems().stream())
                .filter(i -> label.equals(i.getText())).findFirst().orElseThrow().fire());
    }

    @Test
    void aWiderColumnNarrowsTheMarginsOfBothPanesAndIsKept() throws Exception {
        launch();
        long id = fx(() -> corpusTable().getItems().get(0).id());
        openIn(left(), id);
        waitUntil(() -> left().article().isPresent());
        chooseWidth("Whole pane");
        waitUntil(() -> fx(() -> left().readingWidth()) == 100_000);
        assertThat(fx(() -> right().readingWidth())).isEqualTo(100_000);
        assertThat(fx(() -> left().textArea().getPadding().getLeft())).isEqualTo(28);
        chooseWidth("Narrow");
        waitUntil(() -> fx(() -> left().readingWidth()) == 560);
        // The margins make room for a 560 px column (never less than 28 px each side).
        double expected = fx(() -> Math.max(28, (left().textArea().getWidth() - 560) / 2));
        assertThat(fx(() -> left().textArea().getPadding().getLeft())).isEqualTo(expected);
        assertThat(window().settings().getDouble("reader.width", 0)).isEqualTo(560);
    }
}
