package org.glossator.ui.classroom;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.glossator.ui.common.FileChoosers;
import org.glossator.ui.common.Settings;
import org.glossator.ui.common.TaskRunner;
import org.glossator.ui.model.ReadingSession;
import org.glossator.workspace.Workspace;

/**
 * What the classroom UI needs from the main window, passed in so that this package does not
 * depend on ui.main (which adds the Classroom menu).
 *
 * @param openArticle  opens an article in the active reader pane
 * @param dataChanged  the corpus or annotations changed (reload the list and the panes)
 * @param showPanel    shows (true) or hides (false) a side panel beside the readers
 * @param installScheme adds the type colours to another window's scene
 */
public record ClassroomHost(Stage stage, Workspace workspace, ReadingSession session, FileChoosers files,
                            TaskRunner tasks, Settings settings, LongConsumer openArticle, Runnable dataChanged,
                            BiConsumer<Node, Boolean> showPanel, Consumer<Scene> installScheme) {
}
