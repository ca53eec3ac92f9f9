package org.glossator.ui.annotate;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossator.domain.Annotation;
import org.glossator.ui.model.EditConflict;

/**
 * Shows both versions of an annotation two people edited at once, field by field, and asks
 * what to keep. Keeping theirs is the default: Enter never overwrites someone's work.
 */
final class ConflictDialog {
    static final ButtonType KEEP_THEIRS = new ButtonType("Keep theirs", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType KEEP_MINE = new ButtonType("Keep mine", ButtonBar.ButtonData.OTHER);
    static final ButtonType MERGE_NOTES = new ButtonType("Merge the notes", ButtonBar.ButtonData.OTHER);
    static final ButtonType BRING_BACK = new ButtonType("Bring it back with my changes", ButtonBar.ButtonData.OTHER);
    static final ButtonType LET_GO = new ButtonType("Let it go", ButtonBar.ButtonData.CANCEL_CLOSE);

    private ConflictDialog() {
    }

    /** The annotation to store over the current one; empty to keep what is stored. */
    static Optional<Annotation> ask(Window owner, EditConflict conflict, String me) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle("Glossator");
        alert.setHeaderText(conflict.header());
        alert.getDialogPane().setId("edit-conflict");
        if (conflict.deleted()) {
            alert.getButtonTypes().setAll(BRING_BACK, LET_GO);
            alert.getDialogPane().setContent(wrapped("Your changes were not saved. You can bring the annotation"
                    + " back with them, or let it go."));
        } else {
            alert.getButtonTypes().setAll(conflict.canMergeNotes()
                    ? java.util.List.of(KEEP_THEIRS, MERGE_NOTES, KEEP_MINE) : java.util.List.of(KEEP_THEIRS, KEEP_MINE));
            alert.getDialogPane().setContent(comparison(conflict));
        }
        ButtonType cancel = conflict.deleted() ? LET_GO : KEEP_THEIRS;
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == KEEP_MINE || answer == BRING_BACK) {
            return Optional.of(conflict.mine());
        }
        if (answer == MERGE_NOTES) {
            return Optional.of(conflict.mergedNotes(me));
        }
        return Optional.empty();
    }

    private static VBox comparison(EditConflict conflict) {
        GridPane grid = new GridPane();
        grid.setId("conflict-fields");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints value = new ColumnConstraints(160, 260, 360);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, value, value);
        grid.add(heading(""), 0, 0);
        grid.add(heading(conflict.otherPerson() + "’s version (saved)"), 1, 0);
        grid.add(heading("Your version (not saved)"), 2, 0);
        int row = 1;
        for (EditConflict.Row r : conflict.rows()) {
            grid.add(new Label(r.field()), 0, row);
            grid.add(wrapped(r.theirs().isEmpty() ? "(empty)" : r.theirs()), 1, row);
            grid.add(wrapped(r.mine().isEmpty() ? "(empty)" : r.mine()), 2, row);
            row++;
        }
        return new VBox(10, wrapped("Your changes were not saved. Choose which version to keep."), grid);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(360);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
