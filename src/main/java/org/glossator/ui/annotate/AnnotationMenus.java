package org.glossator.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Annotation;
import org.glossator.ui.model.ReadingSession;
import org.glossator.ui.model.ReadingSessionListener;
import org.glossator.ui.model.Side;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.workspace.UndoHistory;

/**
 * The annotating toolbar, the Edit and Annotate menus and the readers' context menus.
 * Views only: every action calls back into the {@link AnnotationController}.
 */
final class AnnotationMenus implements ReadingSessionListener {
    private final AnnotationController controller;
    private final ReadingSession session;
    private final ToolBar toolBar = new ToolBar();
    private final MenuItem undoItem = new MenuItem("Undo");
    private final MenuItem redoItem = new MenuItem("Redo");
    private final Menu annotateMenu = new Menu("_Annotate");
    /** Shown while a link is in progress (after Shift+L), so the user knows L will finish it. */
    private final Label linkBanner = new Label();

    AnnotationMenus(AnnotationController controller, ReadingSession session) {
        this.controller = controller;
        this.session = session;
        linkBanner.setId("link-banner");
        linkBanner.getStyleClass().add("link-banner");
        linkBanner.setVisible(false);
        linkBanner.setManaged(false);
        session.addListener(this);
        rebuildToolBar(session.types());
        rebuildAnnotateMenu(session.types());
    }

    @Override
    public void schemeChanged(List<AnnotationType> types) {
        rebuildToolBar(types);
        rebuildAnnotateMenu(types);
    }

    @Override
    public void linkStartChanged(Optional<Annotation> start) {
        linkBanner.setText(start.map(a -> "Linking from “" + abbreviate(a.target().exact())
                + "”: select the other annotation and press L (Esc cancels)").orElse(""));
        linkBanner.setVisible(start.isPresent());
        linkBanner.setManaged(start.isPresent());
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }

    /** The "link in progress" notice; the window shows it under the toolbar (a toolbar would hide it in overflow). */
    Label linkBanner() {
        return linkBanner;
    }

    ToolBar toolBar() {
        return toolBar;
    }

    void rebuildToolBar(List<AnnotationType> types) {
        List<Node> items = new ArrayList<>();
        Label mark = new Label("Mark selection:");
        mark.getStyleClass().add("key-hint");
        items.add(mark);
        for (int i = 0; i < types.size(); i++) {
            AnnotationType type = types.get(i);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", "swatch-" + type.key());
            Button button = new Button(type.label() + (i < 9 ? "  [" + (i + 1) + "]" : ""), swatch);
            button.setId("mark-" + type.key());
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip("Mark the selected text as " + type.label()
                    + (i < 9 ? " (key " + (i + 1) + ")" : "")));
            int index = i;
            button.setOnAction(e -> controller.markOrRetype(index));
            button.setDisable(session.isReadOnly()); // a newer program's database: nothing to mark
            items.add(button);
        }
        Button link = new Button("Link  [L]");
        link.setId("link-button");
        link.setFocusTraversable(false);
        link.setTooltip(new Tooltip("Link the selected annotations of the two panes (Shift+L starts a link)"));
        link.setOnAction(e -> controller.linkSelected());
        link.setDisable(session.isReadOnly());
        items.add(new Separator());
        items.add(link);
        toolBar.getItems().setAll(items);
    }

    Menu editMenu() {
        undoItem.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undoItem.setOnAction(e -> controller.undo());
        redoItem.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        redoItem.setOnAction(e -> controller.redo());
        MenuItem redoY = new MenuItem("Redo (Ctrl+Y)");
        redoY.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        redoY.setOnAction(e -> controller.redo());
        redoY.setVisible(false);
        MenuItem editText = new MenuItem("Edit article text…");
        editText.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        editText.setOnAction(e -> controller.editArticleText());
        MenuItem scheme = new MenuItem("Annotation types…");
        scheme.setOnAction(e -> controller.editScheme());
        MenuItem name = new MenuItem("Annotator name…");
        name.setOnAction(e -> controller.changeAnnotatorName());
        editText.setDisable(session.isReadOnly());
        scheme.setDisable(session.isReadOnly());
        return new Menu("_Edit", null, undoItem, redoItem, redoY, new SeparatorMenuItem(), editText,
                new SeparatorMenuItem(), scheme, name);
    }

    Menu annotateMenu() {
        return annotateMenu;
    }

    /** "Mark as …" for every type (keys 1–9), then the actions on the selected annotation. */
    private void rebuildAnnotateMenu(List<AnnotationType> types) {
        Menu menu = annotateMenu;
        menu.getItems().clear();
        for (int i = 0; i < types.size(); i++) {
            int index = i;
            MenuItem mark = new MenuItem("Mark as " + types.get(i).label() + (i < 9 ? "   (" + (i + 1) + ")" : ""));
            mark.setOnAction(e -> controller.markOrRetype(index));
            mark.setDisable(session.isReadOnly());
            menu.getItems().add(mark);
        }
        menu.getItems().add(new SeparatorMenuItem());
        MenuItem next = item("Next annotation", "N", () -> session.step(+1));
        MenuItem previous = item("Previous annotation", "P", () -> session.step(-1));
        MenuItem edit = item("Edit annotation", "Enter", controller::focusEditor);
        MenuItem delete = item("Delete annotation", "Delete", controller::deleteSelected);
        MenuItem startLink = item("Start link here", "Shift+L", controller::startLink);
        MenuItem link = item("Link to the start / other pane", "L", controller::linkSelected);
        MenuItem reattach = item("Re-attach orphan to the selected text", "R", controller::reattachSelected);
        menu.getItems().addAll(next, previous, edit, delete, new SeparatorMenuItem(), startLink, link,
                new SeparatorMenuItem(), reattach);
    }

    /** Menu items whose keys are handled by the reader key filter (shown, not registered twice). */
    private static MenuItem item(String text, String key, Runnable action) {
        MenuItem item = new MenuItem(text + "   (" + key + ")");
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Right-click in a reader: mark the selection as any type, or act on the selected annotation. */
    void installContextMenu(Side side, ReaderPane pane) {
        ContextMenu menu = new ContextMenu();
        // Our own handler rather than RichTextFX's context-menu property: the items depend on
        // the selection, and a ContextMenu with no items yet refuses to show.
        pane.textArea().setOnContextMenuRequested(e -> {
            session.activate(side);
            menu.getItems().setAll(contextMenuItems(side, pane));
            menu.show(pane.textArea(), e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private List<MenuItem> contextMenuItems(Side side, ReaderPane pane) {
        boolean hasSelection = pane.textArea().getSelection().getLength() > 0;
        boolean hasAnnotation = session.selected(side).isPresent();
        List<AnnotationType> types = session.types();
        List<MenuItem> items = new ArrayList<>();
        MenuItem copy = new MenuItem("Copy");
        copy.setId("context-copy");
        copy.setDisable(!hasSelection);
        copy.setOnAction(a -> pane.textArea().copy());
        items.add(copy);
        items.add(new SeparatorMenuItem());
        for (int i = 0; i < types.size(); i++) {
            int index = i;
            MenuItem mark = new MenuItem((hasSelection ? "Mark as " : "Change type to ") + types.get(i).label()
                    + (i < 9 ? "   (" + (i + 1) + ")" : ""));
            mark.setDisable(!hasSelection && !hasAnnotation);
            mark.setOnAction(a -> controller.markOrRetype(index));
            items.add(mark);
        }
        MenuItem delete = new MenuItem("Delete annotation   (Delete)");
        delete.setDisable(!hasAnnotation);
        delete.setOnAction(a -> controller.deleteSelected());
        MenuItem link = new MenuItem("Link with the other pane's annotation   (L)");
        link.setDisable(!hasAnnotation);
        link.setOnAction(a -> controller.linkSelected());
        items.add(new SeparatorMenuItem());
        items.add(delete);
        items.add(link);
        return items;
    }

    void updateUndoLabels(UndoHistory history) {
        Optional<String> u = history.nextUndoLabel();
        Optional<String> r = history.nextRedoLabel();
        undoItem.setText(u.map(s -> "Undo " + s).orElse("Undo"));
        undoItem.setDisable(u.isEmpty());
        redoItem.setText(r.map(s -> "Redo " + s).orElse("Redo"));
        redoItem.setDisable(r.isEmpty());
    }
}
