package org.glossator.anchoring;

import org.glossator.domain.TextTarget;

/** A text being anchored against, with the derived forms the search needs, each built once. */
final class AnchoringText {
    final String text;
    final CodePointIndex index;
    private FoldedText folded;
    private GramIndex grams;

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

    /** Gram index of the folded text, built on first use: once per text, shared by every target. */
    synchronized GramIndex grams() {
        if (grams == null) {
            grams = new GramIndex(folded());
        }
        return grams;
    }

    int length() {
        return text.length();
    }

    TextTarget targetAt(int charStart, int charEnd) {
        return Targets.fromCharRange(text, index, charStart, charEnd);
    }
}
