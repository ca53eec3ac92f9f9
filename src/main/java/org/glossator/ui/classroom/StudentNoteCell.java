package org.glossator.ui.classroom;

import javafx.scene.control.ListCell;
import org.glossator.domain.Annotation;
import org.glossator.ui.model.ReadingSession;

/** A student's annotation in a list: their name as a badge, then type, verdict and note, wrapped. */
final class StudentNoteCell extends ListCell<Annotation> {
    private final ReadingSession session;

    StudentNoteCell(ReadingSession session) {
        this.session = session;
    }

    @Override
    protected void updateItem(Annotation a, boolean empty) {
        super.updateItem(a, empty);
        if (empty || a == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setGraphic(Views.badge(a.creator()));
        setText(ClassroomText.describe(session, a));
        setWrapText(true);
        setPrefWidth(0);
    }
}
