package org.glossator.ui;

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

    public static void error(Window owner, String header, Throwable error) {
        errorAlert(owner, header, error).show();
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
        ButtonType ok = new ButtonType(action, ButtonType.OK.getButtonData());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, ok, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Glossator");
        alert.setHeaderText(header);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }

    public static void summary(Window owner, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Glossator");
        alert.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, details.split("\n").length + 1));
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
