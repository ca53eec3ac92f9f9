package org.glossator.ui.main;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.glossator.ui.model.SharedConnection;

/**
 * File › Open shared store…: where the group's PostgreSQL server is and who you are there.
 * The password is used for this connection only; "Remember" keeps the rest.
 */
final class SharedStoreDialog {

    /** What the user asked for. */
    record Answer(SharedConnection connection, char[] password, boolean remember) {
    }

    private SharedStoreDialog() {
    }

    static Optional<Answer> ask(Window owner, Optional<SharedConnection> last) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Glossator");
        dialog.setHeaderText("Open a shared store\nA group's or a class's corpus on a PostgreSQL server, in a new window.");
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().setId("shared-store-dialog");

        TextField host = field("shared-host", last.map(SharedConnection::host).orElse(""), "db.example.org");
        TextField port = field("shared-port", last.map(c -> Integer.toString(c.port())).orElse(""), "5432");
        TextField database = field("shared-database", last.map(SharedConnection::database).orElse(""), "seminar");
        TextField user = field("shared-user", last.map(SharedConnection::user).orElse(""), "your user name");
        PasswordField password = new PasswordField();
        password.setId("shared-password");
        password.setPromptText("empty: from PGPASSWORD or ~/.pgpass");
        CheckBox remember = new CheckBox("Remember this store in File › Recent shared stores (never the password)");
        remember.setId("shared-remember");
        remember.setSelected(true);
        Label problem = new Label();
        problem.setId("shared-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("meta");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Server"), host);
        grid.addRow(1, new Label("Port"), port);
        grid.addRow(2, new Label("Database"), database);
        grid.addRow(3, new Label("User"), user);
        grid.addRow(4, new Label("Password"), password);
        grid.add(remember, 0, 5, 2, 1);
        grid.add(problem, 0, 6, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);

        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Optional<String> wrong = SharedConnection.problem(host.getText(), port.getText(), database.getText(),
                    user.getText());
            wrong.ifPresent(message -> {
                problem.setText(message);
                e.consume(); // the dialog stays open until the fields can be used
            });
        });
        return dialog.showAndWait().filter(b -> b == open).map(b -> new Answer(
                SharedConnection.of(host.getText(), port.getText(), database.getText(), user.getText()),
                password.getText().toCharArray(), remember.isSelected()));
    }

    private static TextField field(String id, String value, String prompt) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(22);
        return field;
    }
}
