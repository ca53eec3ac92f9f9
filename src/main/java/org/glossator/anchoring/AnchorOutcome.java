package org.glossator.anchoring;

/** How a target was attached to a (possibly changed) text. */
public enum AnchorOutcome {
    /**
     * The quote is still there verbatim where the position selector says (after an edit:
     * where the edit moved that position). Offsets may have shifted with the edit.
     */
    EXACT,
    /** The quote was found by searching: elsewhere, or changed (typo, whitespace, quote marks). */
    REANCHORED,
    /** No place in the text matches with confidence; the old target is kept as it was. */
    ORPHANED
}
