package org.glossator.anchoring;

import java.util.Objects;
import org.glossator.domain.TextTarget;

/**
 * Outcome of anchoring one target. {@code target} is the new target (code point offsets,
 * exact, prefix and suffix re-taken from the new text), or the old one when ORPHANED.
 * {@code confidence} is 1.0 for EXACT, in (0, 1] for REANCHORED, and 0.0 for ORPHANED.
 */
public record AnchorResult(AnchorOutcome outcome, TextTarget target, double confidence) {
    public AnchorResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(target, "target");
    }

    public boolean isOrphaned() {
        return outcome == AnchorOutcome.ORPHANED;
    }
}
