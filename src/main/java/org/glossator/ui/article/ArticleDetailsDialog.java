package org.glossator.ui.article;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossator.domain.ArticleDetails;
import org.glossator.domain.TextProvenance;
import org.glossator.workspace.ClutterService.Found;

/**
 * Edit › Article details…: title, author, date, URL and notes on the source, with how
 * the text was read (encoding, repairs) and what the body itself says its title,
 * author and date are, to take over with one click.
 */
final class ArticleDetailsDialog {
    private ArticleDetailsDialog() {
    }

    /** What the dialog needs, read on the worker. */
    record Loaded(ArticleDetails details, TextProvenance provenance, Found proposal) {
    }

    static Optional<ArticleDetails> ask(Window owner, Loaded loaded) {
        ArticleDetails d = loaded.details();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Article details");
        dialog.setHeaderText("Details of “" + d.title() + "”");
        TextField title = field("details-title", d.title());
        TextField author = field("details-author", d.author());
        TextField date = field("details-date", d.published());
        date.setPromptText("e.g. 2024-03-18");
        TextField url = field("details-url", d.sourceUrl());
        url.setPromptText("https://…");
        TextArea notes = new TextArea(d.sourceNotes() == null ? "" : d.sourceNotes());
        notes.setId("details-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setPromptText("Where you found it, which version, anything a reader should know about the source");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Title:"), title);
        grid.addRow(1, new Label("Author:"), author);
        grid.addRow(2, new Label("Date:"), date);
        grid.addRow(3, new Label("URL:"), url);
        grid.addRow(4, new Label("Notes on the source:"), notes);
        title.setPrefColumnCount(40);
        VBox content = new VBox(10, grid);
        Found found = loaded.proposal();
        if (found != null && !found.isEmpty()) {
            Label says = new Label("The text itself gives " + describe(found) + ".");
            says.setWrapText(true);
            says.setMaxWidth(560);
            Button use = new Button("Use these");
            use.setId("details-use-found");
            use.setOnAction(e -> {
                if (found.title() != null) {
                    title.setText(found.title());
                }
                if (found.author() != null) {
                    author.setText(found.author());
                }
                if (found.published() != null) {
                    date.setText(found.published());
                }
            });
            content.getChildren().add(new VBox(4, says, use));
        }
        Label read = new Label(readLine(loaded.provenance()));
        read.setId("details-provenance");
        read.setWrapText(true);
        read.setMaxWidth(560);
        read.getStyleClass().add("key-hint");
        content.getChildren().add(read);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(title.textProperty().isEmpty());
        dialog.setResizable(true);
        return dialog.showAndWait().filter(b -> b == save).map(b -> new ArticleDetails(title.getText(),
                author.getText(), date.getText(), url.getText(), notes.getText()));
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }

    static String describe(Found found) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (found.title() != null) {
            parts.add("the title “" + found.title() + "”");
        }
        if (found.author() != null) {
            parts.add("the author " + found.author());
        }
        if (found.published() != null) {
            parts.add("the date " + found.published());
        }
        return String.join(", ", parts);
    }

    /** "Read as windows-1252 (detected). Repaired 3 broken characters (…); Edit › Restore original text undoes it." */
    static String readLine(TextProvenance p) {
        String encoding = p.encoding() == null ? "The file's encoding was not recorded (imported by an older Glossator)."
                : "Read as " + p.encoding() + ".";
        if (!p.repaired()) {
            return encoding + " Nothing was repaired on import.";
        }
        return encoding + " " + p.notice() + (p.originalText() != null
                ? "; Edit › Restore original text puts the text back as the file had it." : ".");
    }
}
