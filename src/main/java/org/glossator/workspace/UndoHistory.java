package org.glossator.workspace;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo stacks of {@link Edit}s. Thread-confined to the worker that runs
 * store work; the UI reads labels through snapshots it is given after each change.
 */
public final class UndoHistory {
    private static final int LIMIT = 500;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    /** Records an edit that has just been done; clears the redo stack. */
    public synchronized void done(Edit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    /**
     * Undoes the latest edit, if any, and returns it. An edit whose undo fails (e.g. someone
     * else changed the annotation since) stays where it was, so nothing is silently dropped.
     */
    public synchronized Optional<Edit> undo() {
        Edit edit = undo.peek();
        if (edit == null) {
            return Optional.empty();
        }
        edit.undo();
        redo.push(undo.pop());
        return Optional.of(edit);
    }

    public synchronized Optional<Edit> redo() {
        Edit edit = redo.peek();
        if (edit == null) {
            return Optional.empty();
        }
        edit.redo();
        undo.push(redo.pop());
        return Optional.of(edit);
    }

    public synchronized Optional<String> nextUndoLabel() {
        return Optional.ofNullable(undo.peek()).map(Edit::label);
    }

    public synchronized Optional<String> nextRedoLabel() {
        return Optional.ofNullable(redo.peek()).map(Edit::label);
    }

    /** Forgets edits that touched an article (after it is deleted, they cannot be replayed). */
    /** Forgets every step (the database's content was replaced by a backup). */
    public synchronized void clear() {
        undo.clear();
        redo.clear();
    }

    public synchronized void forgetArticle(long articleId) {
        undo.removeIf(e -> e.articleIds().contains(articleId));
        redo.removeIf(e -> e.articleIds().contains(articleId));
    }
}
