package org.glossator.ui.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.model.ReadingSession;
import org.glossator.ui.model.ReadingSessionListener;
import org.glossator.ui.model.Side;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.workspace.SearchService;

/**
 * Ctrl+F: finds text in the article of the active pane. Every occurrence is marked,
 * the current one selected; Enter / F3 go to the next, Shift+Enter / Shift+F3 back,
 * Escape closes the bar and clears the marks.
 */
public final class FindBar extends HBox {
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final ReadingSession session;
    private final Function<Side, ReaderPane> readers;
    private List<int[]> hits = List.of();
    private int current = -1;
    private Side searched;

    public FindBar(ReadingSession session, Function<Side, ReaderPane> readers) {
        super(6);
        this.session = session;
        this.readers = readers;
        setId("find-bar");
        getStyleClass().add("find-bar");
        setStyle("-fx-padding: 3 8 3 8; -fx-alignment: center-left;");
        field.setId("find-field");
        field.setPromptText("Find in article");
        field.setPrefColumnCount(24);
        count.setId("find-count");
        count.setMinWidth(110);
        Button previous = new Button("Previous");
        previous.setOnAction(e -> step(-1));
        Button next = new Button("Next");
        next.setOnAction(e -> step(+1));
        Button close = new Button("Close");
        close.setId("find-close");
        close.setOnAction(e -> close());
        getChildren().addAll(new Label("Find:"), field, previous, next, count, close);
        field.textProperty().addListener((obs, o, n) -> findAll());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : +1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        setVisible(false);
        setManaged(false);
        session.addListener(new ReadingSessionListener() {
            @Override
            public void paneShown(Side side, PaneState state) {
                if (isVisible() && side == session.active()) {
                    findAll();
                }
            }

            @Override
            public void activeChanged(Side active) {
                if (isVisible() && active != searched) {
                    findAll();
                }
            }
        });
    }

    public TextField field() {
        return field;
    }

    /** Opens the bar (or focuses it) with the reader's selection as the text to find, when there is one. */
    public void open() {
        ReaderPane reader = readers.apply(session.active());
        String selected = reader.textArea().getSelectedText();
        setVisible(true);
        setManaged(true);
        if (!selected.isBlank() && !selected.contains("\n") && selected.length() <= 100) {
            field.setText(selected);
        } else {
            findAll();
        }
        field.requestFocus();
        field.selectAll();
    }

    public void close() {
        setVisible(false);
        setManaged(false);
        for (Side side : Side.values()) {
            readers.apply(side).setFindHits(List.of());
        }
        hits = List.of();
        current = -1;
        readers.apply(session.active()).textArea().requestFocus();
    }

    /** Next (+1) or previous (-1) occurrence; opens the bar when it is closed. */
    public void step(int direction) {
        if (!isVisible()) {
            open();
            return;
        }
        if (hits.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + direction, hits.size());
        showCurrent();
    }

    private void findAll() {
        if (searched != null) {
            readers.apply(searched).setFindHits(List.of());
        }
        searched = session.active();
        ReaderPane reader = readers.apply(searched);
        Optional<PaneState> state = session.pane(searched);
        String needle = field.getText();
        if (state.isEmpty() || needle.isEmpty()) {
            hits = List.of();
            current = -1;
            count.setText(state.isEmpty() ? "No article open" : "");
            reader.setFindHits(hits);
            return;
        }
        hits = HitRanges.toCharRanges(SearchService.findSpans(state.get().article().text(), needle),
                state.get().index());
        reader.setFindHits(hits);
        // Start at the first occurrence after the caret, as editors do.
        int caret = reader.textArea().getSelection().getStart();
        current = 0;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i)[0] >= caret) {
                current = i;
                break;
            }
        }
        if (hits.isEmpty()) {
            current = -1;
            count.setText("Not found");
        } else {
            showCurrent();
        }
    }

    private void showCurrent() {
        int[] hit = hits.get(current);
        SearchActions.selectAndShow(readers.apply(searched), hit[0], hit[1]);
        count.setText((current + 1) + " of " + hits.size());
    }

    /** "3 of 12", "Not found", for tests. */
    public String countText() {
        return count.getText();
    }
}
