package org.glossator.anchoring;

import org.glossator.domain.TextTarget;

/** A text being anchored against, with the derived forms the search needs, each built once. */
final class AnchoringText {
    final String text;
    final CodePointIndex index;
    private FoldedText folded;

    AnchoringText(String text) {
        this.text = text;
        this.index = new CodePointIndex(text);
    }

    /** Folded form of the whole text, built on first use (most edits never need it). */
    synchronized FoldedText folded() {
        if (folded == null) {
            folded = FoldedText.of(text);
        }
        return folded;
    }

    int length() {
        return text.length();
    }

    TextTarget targetAt(int charStart, int charEnd) {
        return Targets.fromCharRange(text, index, charStart, charEnd);
    }
}
