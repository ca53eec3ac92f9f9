package org.glossator.ui.main;


import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help › Keyboard shortcuts (F1): a two-column table of keys and what they do. */
final class Shortcuts {
    private record Row(String keys, String action) {
    }

    private static final List<Object> TABLE = List.of(
            "Reading",
            new Row("Ctrl+=   Ctrl+-   Ctrl+0", "zoom in, zoom out, actual size"),
            new Row("Ctrl+Tab", "switch the active pane"),
            new Row("Ctrl+L", "filter the corpus list"),
            new Row("Ctrl+Shift+F", "search the whole corpus (words, \"a phrase\", prefix*)"),
            new Row("Ctrl+F   F3   Shift+F3", "find in the active article; next / previous (Enter / Shift+Enter in the field)"),
            new Row("Ctrl+O", "import articles"),
            new Row("Ctrl+Shift+E   Ctrl+Shift+I", "export / import annotations (W3C JSON-LD, CSV, Hypothesis)"),
            new Row("Ctrl+E", "edit the active article's text (annotations re-anchor)"),
            "Annotating (in a reader or the annotation list)",
            new Row("1  2  3 …", "mark the selected text as the 1st, 2nd, 3rd … type; with no text selected,"
                    + " change the selected annotation's type"),
            new Row("N   P", "next / previous annotation"),
            new Row("Enter", "edit the selected annotation (Esc returns to the reader)"),
            new Row("Delete", "delete the selected annotation (undo brings it back)"),
            new Row("Shift+L, then L", "start a link at one annotation, then link it to another"),
            new Row("L", "link the other pane's selected annotation with this pane's"),
            new Row("R", "re-attach the selected (orphaned) annotation to the selected text"),
            new Row("Ctrl+Z   Ctrl+Shift+Z", "undo / redo (create, edit, delete, link, text edits)"));

    private Shortcuts() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(5);
        int row = 0;
        for (Object entry : TABLE) {
            if (entry instanceof Row r) {
                Label keys = new Label(r.keys());
                keys.getStyleClass().add("shortcut-keys");
                keys.setMinWidth(Region.USE_PREF_SIZE); // keys are never cut; the description wraps instead
                Label action = new Label(r.action());
                action.setWrapText(true);
                action.setMaxWidth(380);
                grid.addRow(row++, keys, action);
            } else {
                Label section = new Label((String) entry);
                section.getStyleClass().add("section-title");
                grid.add(section, 0, row++, 2, 1);
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Glossator");
        alert.setHeaderText("Keyboard shortcuts");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        alert.getDialogPane().setContent(scroll);
        alert.show();
    }
}
