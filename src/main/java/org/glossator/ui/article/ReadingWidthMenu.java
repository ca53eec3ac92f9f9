package org.glossator.ui.article;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.glossator.ui.common.Settings;
import org.glossator.ui.reader.ReaderPane;

/** View › Reading width: how wide the text column may grow, for both panes, remembered. */
public final class ReadingWidthMenu {
    static final String KEY = "reader.width";

    /** Choices in pixels; about 60, 75, 100 characters a line at the default size, and no limit. */
    private record Choice(String label, double pixels) {
    }

    private static final List<Choice> CHOICES = List.of(new Choice("Narrow", 560), new Choice("Medium", 720),
            new Choice("Wide", 960), new Choice("Whole pane", 100_000));

    private ReadingWidthMenu() {
    }

    /** Applies the remembered width to the readers and returns the menu that changes it. */
    public static Menu create(Settings settings, List<ReaderPane> readers) {
        double current = settings.getDouble(KEY, 720);
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu("Reading width");
        menu.setId("reading-width");
        for (Choice choice : CHOICES) {
            RadioMenuItem item = new RadioMenuItem(choice.label());
            item.setToggleGroup(group);
            item.setSelected(choice.pixels() == current);
            item.setOnAction(e -> apply(settings, readers, choice.pixels()));
            menu.getItems().add(item);
        }
        readers.forEach(r -> r.setReadingWidth(current));
        return menu;
    }

    private static void apply(Settings settings, List<ReaderPane> readers, double pixels) {
        readers.forEach(r -> r.setReadingWidth(pixels));
        settings.putNumber(KEY, pixels);
    }
}
