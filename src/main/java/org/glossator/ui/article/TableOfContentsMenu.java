package org.glossator.ui.article;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.glossator.ui.reader.ReaderPane;

/**
 * View › Contents: the headings of the article in the active pane, indented by level; choosing
 * one scrolls the reader to it. Built each time the menu opens, so it follows the open article.
 */
public final class TableOfContentsMenu {
    private TableOfContentsMenu() {
    }

    public static Menu create(Supplier<ReaderPane> activePane) {
        Menu menu = new Menu("Contents");
        menu.setId("contents-menu");
        menu.getItems().add(new MenuItem("…")); // a menu with no items never opens
        menu.setOnShowing(e -> fill(menu, activePane.get()));
        return menu;
    }

    private static void fill(Menu menu, ReaderPane pane) {
        List<ReaderPane.Heading> headings = pane.headings();
        if (headings.isEmpty()) {
            MenuItem none = new MenuItem(pane.article().isPresent() ? "This article has no headings"
                    : "No article open in the active pane");
            none.setDisable(true);
            menu.getItems().setAll(none);
            return;
        }
        menu.getItems().setAll(headings.stream().map(h -> {
            MenuItem item = new MenuItem("    ".repeat(Math.max(0, h.level() - 1)) + h.text());
            item.setOnAction(a -> {
                pane.goToParagraph(h.paragraph());
                pane.textArea().requestFocus();
            });
            return item;
        }).toList());
    }
}
