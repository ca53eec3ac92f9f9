package org.glossator.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.glossator.store.StoreException;

/** Error, confirmation and summary dialogs with messages a user can act on. */
public final class Dialogs {
    private Dialogs() {
    }

    /** An error from an action: logged with its stack, shown in plain words with "Copy details". */
    public static void error(Window owner, String header, Throwable error) {
        report(owner, header, org.glossator.workspace.ErrorLog.report(error, "— " + header));
    }

    /**
     * Shows an error report: the short message, where the log is, and a "Copy details" button
     * that puts everything a bug report needs on the clipboard.
     */
    public static void report(Window owner, String header, org.glossator.workspace.ErrorReport report) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Glossator");
        alert.setHeaderText(header);
        javafx.scene.control.Label message = new javafx.scene.control.Label(report.message());
        message.setWrapText(true);
        message.setMaxWidth(480);
        message.setId("error-message");
        javafx.scene.control.Label log = new javafx.scene.control.Label(report.logLocation());
        log.setWrapText(true);
        log.setMaxWidth(480);
        log.getStyleClass().add("meta");
        javafx.scene.control.Button copy = new javafx.scene.control.Button("Copy details");
        copy.setId("copy-details");
        copy.setOnAction(e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(report.details());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(10, message, log, copy);
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.show();
    }

    /** For errors after which the app cannot go on: waits until the user has read it. */
    public static void fatal(String header, Throwable error) {
        errorAlert(null, header, error).showAndWait();
    }

    private static Alert errorAlert(Window owner, String header, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Glossator");
        alert.setHeaderText(header);
        alert.setContentText(userMessage(error));
        return alert;
    }

    /** The message of the root cause, without Java class names for errors we raise ourselves. */
    public static String userMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && !(t instanceof StoreException) && t.getMessage() == null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    public static boolean confirm(Window owner, String header, String content, String action) {
        return confirm(owner, header, content, action, false);
    }

    /**
     * Asks before something that cannot be taken back (deleting an article): Cancel is
     * the default button, so Enter never destroys anything.
     */
    public static boolean confirmDestructive(Window owner, String header, String content, String action) {
        return confirm(owner, header, content, action, true);
    }

    private static boolean confirm(Window owner, String header, String content, String action, boolean cancelDefault) {
        ButtonType ok = new ButtonType(action, ButtonType.OK.getButtonData());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, ok, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Glossator");
        alert.setHeaderText(header);
        wrapContent(alert);
        if (cancelDefault) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ok)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }

    /** Asks for one line of text; empty when cancelled or left blank. */
    public static Optional<String> askText(Window owner, String header, String explanation, String label,
                                           String current) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(current);
        dialog.initOwner(owner);
        dialog.setTitle("Glossator");
        dialog.setHeaderText(header + "\n" + explanation);
        dialog.setContentText(label);
        dialog.getDialogPane().setMinWidth(460);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Content text wraps and the dialog grows to show all of it (no sentence is cut off). */
    private static void wrapContent(Alert alert) {
        javafx.scene.control.Label content = new javafx.scene.control.Label(alert.getContentText());
        content.setWrapText(true);
        content.setMaxWidth(460);
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    /** Rows a text area needs to show the text without scrolling, at about 64 characters a row. */
    static int rowsFor(String text, int max) {
        int rows = 0;
        for (String line : text.split("\n", -1)) {
            rows += Math.max(1, (line.length() + 63) / 64);
        }
        return Math.min(max, rows + 1);
    }

    public static void summary(Window owner, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Glossator");
        alert.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(64);
        text.setPrefRowCount(rowsFor(details, 16));
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
