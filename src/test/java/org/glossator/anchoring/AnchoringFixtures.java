package org.glossator.anchoring;

import org.glossator.domain.TextTarget;

/** A small article and helpers shared by the re-anchoring tests. */
final class AnchoringFixtures {
    static final String ARTICLE = """
            Harbour Town Council met on Tuesday evening to debate the long-delayed budget for the coming year.
            After four hours of argument the members approved it by seven votes to five.

            Critics said the plan was rushed and that the public had not been consulted. \
            "We were given the figures on Friday night," said Ana Ruiz, who leads the opposition group. \
            She added that the consultation period had been cut from six weeks to two.

            The mayor thanked the finance staff for their work over the summer. \
            She promised an independent review of the process in the spring, \
            and said the reserves would cover any shortfall in the first quarter.

            Local businesses welcomed the decision to freeze parking charges. \
            The chamber of commerce called it a sensible compromise in difficult times.
            """;

    private AnchoringFixtures() {
    }

    /** Target on the first occurrence of {@code quote} in {@code text}. */
    static TextTarget targetOn(String text, String quote) {
        return targetOn(text, quote, 0);
    }

    static TextTarget targetOn(String text, String quote, int fromIndex) {
        int at = text.indexOf(quote, fromIndex);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + quote);
        }
        return Targets.fromCharRange(text, at, at + quote.length());
    }

    /** The char range a result's target covers in {@code text}. */
    static String covered(String text, AnchorResult result) {
        int[] range = Targets.toCharRange(new CodePointIndex(text), result.target());
        return text.substring(range[0], range[1]);
    }

    static int charStart(String text, AnchorResult result) {
        return Targets.toCharRange(new CodePointIndex(text), result.target())[0];
    }

    static String insertBefore(String text, String anchor, String insertion) {
        int at = text.indexOf(anchor);
        return text.substring(0, at) + insertion + text.substring(at);
    }
}
