package org.glossator.ingest;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Tells hard-wrapped Markdown (lines broken inside sentences, to be joined) from
 * Markdown saved from the web, which separates paragraphs with single line breaks
 * ("Q1: ...?" / "A1: ..." / "Q2: ..."). In the second kind nearly every line ends a
 * sentence; in wrapped prose most lines stop mid-sentence.
 */
final class SoftBreakUsage extends AbstractVisitor {
    private static final double SENTENCE_END_SHARE = 0.7;
    private static final int MIN_BREAKS = 2;
    private static final String CLOSING_MARKS = "\"'”’)]»*_";

    private int breaks;
    private int afterSentence;

    private SoftBreakUsage() {
    }

    static boolean separatesParagraphs(Node document) {
        SoftBreakUsage usage = new SoftBreakUsage();
        document.accept(usage);
        return usage.breaks >= MIN_BREAKS && usage.afterSentence >= usage.breaks * SENTENCE_END_SHARE;
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        breaks++;
        Node previous = lineBreak.getPrevious();
        while (previous != null && !(previous instanceof Text) && previous.getLastChild() != null) {
            previous = previous.getLastChild();
        }
        if (previous instanceof Text text && endsSentence(text.getLiteral())) {
            afterSentence++;
        }
    }

    private static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && (CLOSING_MARKS.indexOf(line.charAt(i)) >= 0 || Character.isWhitespace(line.charAt(i)))) {
            i--;
        }
        return i >= 0 && ".!?:…".indexOf(line.charAt(i)) >= 0;
    }
}
