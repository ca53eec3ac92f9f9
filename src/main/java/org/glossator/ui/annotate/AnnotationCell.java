package org.glossator.ui.annotate;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;

/**
 * One row of the annotation list: type chip, the quoted passage, and a meta line, each
 * one line high so that rows have a fixed height (fast with thousands of rows; variable
 * wrapped rows made the list jump).
 */
final class AnnotationCell extends ListCell<Annotation> {
    private static final int QUOTE_CHARS = 140;

    private final Function<String, AnnotationType> typeOf;
    private final Label chip = new Label();
    private final Label orphan = new Label("ORPHAN");
    private final Label quote = new Label();
    private final Label meta = new Label();
    private final VBox box;

    AnnotationCell(Function<String, AnnotationType> typeOf) {
        this.typeOf = typeOf;
        chip.getStyleClass().add("type-chip");
        orphan.getStyleClass().add("orphan");
        quote.getStyleClass().add("quote");
        meta.getStyleClass().add("meta");
        box = new VBox(new HBox(6, chip, orphan), quote, meta);
        box.getStyleClass().add("annotation-cell");
        box.setMaxWidth(Double.MAX_VALUE);
        quote.maxWidthProperty().bind(widthProperty().subtract(24));
        meta.maxWidthProperty().bind(widthProperty().subtract(24));
    }

    @Override
    protected void updateItem(Annotation a, boolean empty) {
        super.updateItem(a, empty);
        if (empty || a == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        AnnotationType type = typeOf.apply(a.typeKey());
        chip.setText(type.label().toUpperCase(java.util.Locale.ROOT));
        chip.getStyleClass().setAll("label", "type-chip", "type-chip-" + type.key());
        orphan.setVisible(a.isOrphan());
        orphan.setManaged(a.isOrphan());
        String exact = a.target().exact().replace('\n', ' ');
        quote.setText("“" + (exact.length() > QUOTE_CHARS ? exact.substring(0, QUOTE_CHARS) + "…" : exact) + "”");
        meta.setText(AnnotationText.metaLine(a));
        setText(null);
        setGraphic(box);
    }
}
