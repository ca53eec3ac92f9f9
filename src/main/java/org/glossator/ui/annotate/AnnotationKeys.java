package org.glossator.ui.annotate;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.glossator.ui.model.ReadingSession;

/**
 * The annotating keys. Single keys act when a reader or the annotation list has focus,
 * never while typing in a field. Undo and redo act everywhere, except that a text field
 * with typing of its own to undo keeps Ctrl+Z for that.
 */
final class AnnotationKeys {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final AnnotationController controller;
    private final ReadingSession session;
    private final AnnotationPanel panel;

    AnnotationKeys(AnnotationController controller, ReadingSession session, AnnotationPanel panel) {
        this.controller = controller;
        this.session = session;
        this.panel = panel;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            if (handleUndoRedo(e, focus)) {
                e.consume();
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE && escape(focus)) {
                e.consume();
                return;
            }
            boolean inReader = focus instanceof StyleClassedTextArea;
            boolean inList = focus == panel.list();
            if ((inReader || inList) && !e.isShortcutDown() && !e.isAltDown() && handleKey(e.getCode(), e.isShiftDown())) {
                e.consume();
            }
        });
    }

    /**
     * Ctrl+Z in a field that has typing to undo undoes the typing; otherwise (a reader, the
     * list, or a note just saved with Ctrl+Enter) it undoes the last saved change.
     */
    private boolean handleUndoRedo(KeyEvent e, Node focus) {
        boolean undo = UNDO.match(e);
        boolean redo = REDO.match(e) || REDO_Y.match(e);
        if (!undo && !redo) {
            return false;
        }
        if (focus instanceof TextInputControl field && (undo ? field.isUndoable() : field.isRedoable())) {
            return false;
        }
        if (undo) {
            controller.undo();
        } else {
            controller.redo();
        }
        return true;
    }

    /** Esc cancels a link in progress, or leaves the editor for the reader. */
    private boolean escape(Node focus) {
        if (session.linkStart().isPresent()) {
            session.cancelLink();
            return true;
        }
        if (isInside(focus, panel.editor)) {
            controller.activeReader().textArea().requestFocus();
            return true;
        }
        return false;
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private boolean handleKey(KeyCode code, boolean shift) {
        int digit = digitOf(code);
        if (digit >= 1 && !shift) {
            controller.markOrRetype(digit - 1);
            return true;
        }
        switch (code) {
            case N -> session.step(+1);
            case P -> session.step(-1);
            case DELETE, BACK_SPACE -> controller.deleteSelected();
            case L -> {
                if (shift) {
                    controller.startLink();
                } else {
                    controller.linkSelected();
                }
            }
            case ENTER -> panel.editor.focusNote();
            case R -> controller.reattachSelected();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int digitOf(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char c = name.charAt(name.length() - 1);
            return Character.isDigit(c) ? c - '0' : -1;
        }
        return -1;
    }
}
