package org.glossator.ui.theme;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.glossator.ui.common.Assets;
import org.glossator.ui.common.Settings;
import org.glossator.ui.reader.ReaderPane;

/**
 * Applies the reading theme to every window of the app: the main window, dialogs, the
 * search and classroom windows (menus, context menus and tooltips copy their owner's
 * stylesheets when they open). The theme is kept in the settings and applied on start.
 */
public final class Themes {
    static final String KEY = "theme";

    private final Settings settings;
    private Theme current;
    /** Windows opened later (a dialog, a classroom window) get the theme as they open. */
    private final ListChangeListener<Window> opened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::style);
        }
    };

    public Themes(Settings settings) {
        this.settings = settings;
        this.current = Theme.fromSetting(settings.get(KEY));
    }

    public Theme current() {
        return current;
    }

    /** Styles the main window's scene now and every window that opens until the main window closes. */
    public void install(Stage main) {
        if (main.getScene() != null) {
            style(main.getScene());
        }
        Window.getWindows().forEach(this::style);
        Window.getWindows().addListener(opened);
        main.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> Window.getWindows().removeListener(opened));
    }

    /** View › Theme: Light, Sepia, Dark. */
    public Menu menu() {
        Menu menu = new Menu("Theme");
        menu.setId("theme-menu");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.label());
            item.setId("theme-" + theme.settingValue());
            item.setToggleGroup(group);
            item.setSelected(theme == current);
            item.setOnAction(e -> apply(theme));
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * Switches every open window to a theme, then has every reader lay its article out
     * again: the new stylesheet re-styles the paragraphs, and the reader's virtual flow
     * would otherwise keep the heights it measured with the old one (paragraphs drawn
     * over each other). Saved with the window layout.
     */
    public void apply(Theme theme) {
        current = theme;
        settings.put(KEY, theme.settingValue());
        List<Window> windows = new ArrayList<>(Window.getWindows());
        for (Window window : windows) {
            style(window);
        }
        for (Window window : windows) {
            if (!(window instanceof PopupWindow) && window.getScene() != null) {
                Node root = window.getScene().getRoot();
                root.applyCss();
                for (Node reader : root.lookupAll(".reader-pane")) {
                    if (reader instanceof ReaderPane pane) {
                        pane.remeasure();
                    }
                }
            }
        }
    }

    private void style(Window window) {
        // Popups take their owner's stylesheets each time they show.
        if (!(window instanceof PopupWindow) && window.getScene() != null) {
            style(window.getScene());
        }
    }

    /** Glossator's stylesheet first (dialogs are built without it), then the theme's over it. */
    private void style(Scene scene) {
        javafx.collections.ObservableList<String> sheets = scene.getStylesheets();
        String base = Assets.stylesheet();
        List<String> wanted = new ArrayList<>(sheets);
        if (!wanted.contains(base)) {
            wanted.add(0, base);
        }
        for (Theme theme : Theme.values()) {
            theme.stylesheet().map(Assets::stylesheet).ifPresent(wanted::remove);
        }
        current.stylesheet().map(Assets::stylesheet).ifPresent(wanted::add);
        if (!wanted.equals(sheets)) {
            sheets.setAll(wanted);
        }
    }
}
