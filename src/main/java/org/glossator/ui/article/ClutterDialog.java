package org.glossator.ui.article;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossator.workspace.ClutterService.Line;

/**
 * Edit › Clean up page clutter…: the lines that look like menus, share prompts, credits
 * or newsletter boxes, struck through. The user unticks the ones to keep; the struck
 * lines are removed in one undoable edit that re-anchors annotations.
 */
final class ClutterDialog {
    private ClutterDialog() {
    }

    /** One proposed line and whether the user still wants it removed. */
    static final class Row {
        final Line proposal;
        final BooleanProperty remove = new SimpleBooleanProperty(true);

        Row(Line proposal) {
            this.proposal = proposal;
        }
    }

    static Optional<List<Line>> ask(Window owner, String title, List<Line> proposals) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Clean up page clutter");
        dialog.setHeaderText(proposals.size() + (proposals.size() == 1 ? " line" : " lines") + " of “" + title
                + "” look like page clutter");
        List<Row> rows = proposals.stream().map(Row::new).toList();
        ListView<Row> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(rows));
        list.setId("clutter-list");
        list.setCellFactory(v -> new RowCell());
        list.setPrefSize(720, 420);
        Label hint = new Label("Struck-through lines will be removed. Untick a line to keep it. Annotations move"
                + " with their passages, and Ctrl+Z brings every removed line back.");
        hint.setWrapText(true);
        hint.setMaxWidth(720);
        Button all = new Button("Remove all");
        all.setOnAction(e -> rows.forEach(r -> r.remove.set(true)));
        Button none = new Button("Keep all");
        none.setOnAction(e -> rows.forEach(r -> r.remove.set(false)));
        dialog.getDialogPane().setContent(new VBox(8, hint, new HBox(6, all, none), list));
        ButtonType removeButton = new ButtonType("Remove struck lines", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(removeButton, ButtonType.CANCEL);
        dialog.setResizable(true);
        return dialog.showAndWait().filter(b -> b == removeButton)
                .map(b -> rows.stream().filter(r -> r.remove.get()).map(r -> r.proposal).toList())
                .filter(accepted -> !accepted.isEmpty());
    }

    /** A tick box with the line (struck through while ticked) and why it was proposed. */
    private static final class RowCell extends ListCell<Row> {
        private Row bound;
        private final CheckBox box = new CheckBox();
        private final Label reason = new Label();
        private final VBox graphic = new VBox(1, box, reason);

        RowCell() {
            box.setWrapText(true);
            box.setMaxWidth(680);
            reason.getStyleClass().add("key-hint");
            box.selectedProperty().addListener((obs, o, n) -> {
                box.getStyleClass().remove("clutter-line");
                if (n) {
                    box.getStyleClass().add("clutter-line");
                }
            });
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.remove);
                bound = null;
            }
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.setText(row.proposal.text());
            box.setSelected(row.remove.get());
            box.selectedProperty().bindBidirectional(row.remove);
            box.getStyleClass().remove("clutter-line");
            if (row.remove.get()) {
                box.getStyleClass().add("clutter-line");
            }
            reason.setText("Line " + (row.proposal.paragraph() + 1) + ": " + row.proposal.reason());
            setGraphic(graphic);
        }
    }
}
