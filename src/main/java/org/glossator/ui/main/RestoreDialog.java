package org.glossator.ui.main;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossator.workspace.BackupService.Backup;

/** Lists the backups (date, why, size, what they hold) and returns the one the user picks. */
final class RestoreDialog {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private RestoreDialog() {
    }

    static String when(Backup b) {
        return WHEN.format(b.created());
    }

    /** Why a backup was taken, in words. */
    static String why(Backup b) {
        if (b.reason().startsWith("migration")) {
            return "before an upgrade";
        }
        return switch (b.reason()) {
            case "daily" -> "daily";
            case "import" -> "before a large import";
            case "article-delete" -> "before deleting an article";
            case "text-edit" -> "before a text edit";
            case "before-restore" -> "before a restore";
            case "manual" -> "by hand";
            default -> b.reason().replace('-', ' ');
        };
    }

    static Optional<Backup> ask(Window owner, List<Backup> backups) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Restore from backup");
        dialog.setHeaderText(backups.isEmpty() ? "There are no backups of this database yet."
                : "Pick the state to go back to. What you have now is backed up first.");
        TableView<Backup> table = new TableView<>();
        table.setId("backup-table");
        table.getColumns().add(column("Date", 140, RestoreDialog::when));
        table.getColumns().add(column("Taken", 160, RestoreDialog::why));
        table.getColumns().add(column("Articles", 70, b -> b.problem().isEmpty() ? String.valueOf(b.articles()) : "?"));
        table.getColumns().add(column("Annotations", 100,
                b -> b.problem().isEmpty() ? String.valueOf(b.annotations()) : "unreadable"));
        table.getColumns().add(column("Size", 80, b -> String.format(Locale.ROOT, "%.1f MB", b.sizeBytes() / 1e6)));
        table.getItems().setAll(backups.stream().filter(b -> b.problem().isEmpty()).toList());
        table.setPrefSize(600, 280);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No backups yet: one is taken every day you open Glossator, and before"
                + " large imports, deletions and text edits."));
        ButtonType restore = new ButtonType("Restore…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(restore).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().setContent(new VBox(8, table));
        return dialog.showAndWait().filter(b -> b == restore)
                .map(b -> table.getSelectionModel().getSelectedItem());
    }

    private static TableColumn<Backup, String> column(String name, double width,
                                                      java.util.function.Function<Backup, String> value) {
        TableColumn<Backup, String> col = new TableColumn<>(name);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }
}
