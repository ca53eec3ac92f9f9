package org.glossator.ui.article;

import java.util.function.Function;
import javafx.application.Platform;
import org.glossator.ui.common.Settings;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.model.ReadingSession;
import org.glossator.ui.model.ReadingSessionListener;
import org.glossator.ui.model.Side;
import org.glossator.ui.reader.ReaderPane;

/**
 * Remembers, per article, the paragraph at the top of the reader, and returns there
 * when the article is opened again (also after a restart: the positions are kept in
 * the database's settings file, saved with the window layout).
 */
public final class ReadingPositions {
    static final String PREFIX = "position.";

    private final Settings settings;
    /**
     * The article each pane settled on. Showing an article scrolls to its top before this
     * class hears of it; those scroll events must not overwrite the remembered place.
     */
    private final java.util.Map<Side, org.glossator.domain.Article> settled = new java.util.EnumMap<>(Side.class);

    public ReadingPositions(ReadingSession session, Settings settings, Function<Side, ReaderPane> readers) {
        this.settings = settings;
        for (Side side : Side.values()) {
            ReaderPane reader = readers.apply(side);
            reader.textArea().estimatedScrollYProperty().addListener((obs, o, n) -> remember(side, reader));
        }
        session.addListener(new ReadingSessionListener() {
            @Override
            public void paneShown(Side side, PaneState state) {
                ReaderPane reader = readers.apply(side);
                long id = state.article().id();
                int paragraph = (int) settings.getLong(PREFIX + id, 0);
                // After whoever opened the article had its say: a search hit or a revealed
                // annotation moves the caret, and then the remembered place does not apply.
                settled.remove(side);
                Platform.runLater(() -> {
                    restore(reader, id, paragraph);
                    if (reader.article().map(a -> a.id() == id).orElse(false)) {
                        settled.put(side, reader.article().get());
                    }
                });
            }

            @Override
            public void paneRefreshed(Side side, PaneState fresh, java.util.List<int[]> changedRanges) {
                if (settled.containsKey(side)) {
                    settled.put(side, fresh.article());
                }
            }

            @Override
            public void paneClosed(Side side) {
                settled.remove(side);
            }
        });
    }

    private static void restore(ReaderPane reader, long id, int paragraph) {
        var area = reader.textArea();
        boolean untouched = area.getCaretPosition() == 0 && area.getSelection().getLength() == 0;
        if (untouched && paragraph > 0 && reader.article().map(a -> a.id() == id).orElse(false)
                && paragraph < area.getParagraphs().size()) {
            area.showParagraphAtTop(paragraph);
        }
    }

    private void remember(Side side, ReaderPane reader) {
        reader.article().ifPresent(a -> {
            if (settled.get(side) != a || reader.textArea().getParagraphs().isEmpty()) {
                return;
            }
            int top;
            try {
                top = reader.textArea().firstVisibleParToAllParIndex();
            } catch (IllegalStateException | IndexOutOfBoundsException notLaidOut) {
                return; // between a replace and the next layout nothing is visible yet
            }
            settings.put(PREFIX + a.id(), top > 0 ? Integer.toString(top) : null);
        });
    }
}
