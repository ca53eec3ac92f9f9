package org.glossator.workspace;

import java.util.Set;

/**
 * One user action on annotations that can be undone and redone. Each direction runs
 * in one transaction, so undo is as durable as the action itself.
 */
public interface Edit {
    /** Shown in the Edit menu, e.g. "Undo Create quote". */
    String label();

    void undo();

    void redo();

    /** Articles whose annotations the edit changes (to refresh their views). */
    Set<Long> articleIds();
}
