package org.glossator.domain;

/**
 * Whether an annotation's target is attached to the article text. ORPHANED ones
 * could not be re-anchored with confidence after an edit or import; they are kept,
 * listed and exportable, and can be re-attached by hand.
 */
public enum AnchorState {
    ANCHORED, ORPHANED
}
