package org.glossator.ui.classroom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.glossator.classroom.PackRequest;
import org.glossator.domain.ArticleSummary;

/** Classroom › Create reading pack…: title, articles from the corpus, instructions, questions, due date, reference. */
final class CreatePackDialog {
    private final Dialog<PackRequest> dialog = new Dialog<>();
    private final TextField title = new TextField();
    private final CheckListView<ArticleSummary> articles = new CheckListView<>();
    private final TextArea instructions = new TextArea();
    private final TextArea questions = new TextArea();
    private final DatePicker due = new DatePicker();
    private final CheckBox reference = new CheckBox("Include my annotations as the reference"
            + " (not in the students' copy)");

    CreatePackDialog(Window owner, List<ArticleSummary> corpus, Long preselected) {
        dialog.initOwner(owner);
        dialog.setTitle("Create reading pack");
        dialog.setHeaderText("A reading pack holds the articles, your annotation types, instructions and questions,"
                + " in one .glossa file to give the class.");
        dialog.setResizable(true);
        title.setId("pack-title");
        title.setPromptText("e.g. Week 3: energy myths");
        articles.setId("pack-article-list");
        articles.getItems().setAll(corpus);
        articles.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(
                articles::getItemBooleanProperty, titles()));
        articles.setPrefHeight(220);
        corpus.stream().filter(a -> preselected != null && a.id() == preselected).findFirst()
                .ifPresent(a -> articles.getCheckModel().check(a));
        instructions.setId("pack-instructions");
        instructions.setPromptText("Instructions for the class (Markdown): what to mark, how to judge claims…");
        instructions.setPrefRowCount(6);
        instructions.setWrapText(true);
        questions.setId("pack-questions");
        questions.setPromptText("One question per line");
        questions.setPrefRowCount(3);
        due.setId("pack-due");
        due.setPromptText("optional");
        reference.setId("pack-reference");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("Title:"), title);
        grid.addRow(1, label("Articles:"), articles);
        grid.addRow(2, label("Instructions:"), instructions);
        grid.addRow(3, label("Questions:"), questions);
        grid.addRow(4, label("Due date:"), due);
        grid.add(reference, 1, 5);
        GridPane.setHgrow(title, Priority.ALWAYS);
        GridPane.setVgrow(articles, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(860);
        reference.setWrapText(true);
        ButtonType create = new ButtonType("Create…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(create).setId("pack-create");
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(Bindings.createBooleanBinding(
                () -> title.getText().isBlank() || articles.getCheckModel().getCheckedItems().isEmpty(),
                title.textProperty(), articles.getCheckModel().getCheckedItems()));
        dialog.setResultConverter(button -> button == create ? request() : null);
    }

    /** Never cut short: the field beside it gives way instead. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static StringConverter<ArticleSummary> titles() {
        return new StringConverter<>() {
            @Override
            public String toString(ArticleSummary a) {
                return a == null ? "" : a.title() + "  (#" + a.id() + ", " + a.wordCount() + " words)";
            }

            @Override
            public ArticleSummary fromString(String s) {
                return null;
            }
        };
    }

    private PackRequest request() {
        List<Long> ids = new ArrayList<>();
        // In corpus order, which is the order the class will read them in.
        for (ArticleSummary a : articles.getItems()) {
            if (articles.getCheckModel().isChecked(a)) {
                ids.add(a.id());
            }
        }
        List<String> asked = Arrays.stream(questions.getText().split("\\R")).map(String::strip)
                .filter(q -> !q.isEmpty()).toList();
        String text = instructions.getText().isBlank() ? null : instructions.getText();
        return new PackRequest(title.getText().strip(), ids, text, asked, due.getValue(), reference.isSelected(),
                null);
    }

    Optional<PackRequest> ask() {
        return dialog.showAndWait();
    }
}
