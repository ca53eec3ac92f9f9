package org.glossator.ui.annotate;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossator.domain.Article;

/** Lets the user edit an article's text, e.g. to cut menus and share buttons a page import left. */
final class ArticleTextDialog {
    private ArticleTextDialog() {
    }

    static Optional<String> ask(Window owner, Article article) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Edit article text");
        dialog.setHeaderText("Edit “" + article.title() + "”");
        TextArea text = new TextArea(article.text());
        text.setId("article-text-editor");
        text.setWrapText(true);
        text.setPrefSize(760, 520);
        Label hint = new Label("One paragraph per line. Annotations move with their passages; those whose"
                + " passage is gone are kept as orphans you can re-attach. Ctrl+Z undoes the whole edit.");
        hint.setWrapText(true);
        hint.setMaxWidth(760);
        dialog.getDialogPane().setContent(new VBox(8, hint, text));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResizable(true);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> text.getText())
                .filter(t -> !t.equals(article.text()));
    }
}
