package org.glossator.ingest;

import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.glossator.domain.TextStyle;

/** Walks a CommonMark syntax tree into reading text; only text nodes contribute characters. */
final class MarkdownBodyWalker extends AbstractVisitor {
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

    private final ReadingTextBuilder builder = new ReadingTextBuilder();
    private final Node skipped;
    private final boolean softBreaksSeparateParagraphs;

    private MarkdownBodyWalker(Node skipped, boolean softBreaksSeparateParagraphs) {
        this.skipped = skipped;
        this.softBreaksSeparateParagraphs = softBreaksSeparateParagraphs;
    }

    /** @param skipped a node left out of the text (the heading that became the title), or null */
    static ReadingText walk(Node root, Node skipped) {
        return walk(root, skipped, false);
    }

    /**
     * @param softBreaksSeparateParagraphs whether a single line break starts a new paragraph
     *        (the file uses them between paragraphs) or is a hard wrap inside one
     */
    static ReadingText walk(Node root, Node skipped, boolean softBreaksSeparateParagraphs) {
        MarkdownBodyWalker walker = new MarkdownBodyWalker(skipped, softBreaksSeparateParagraphs);
        root.accept(walker);
        return walker.builder.build();
    }

    @Override
    public void visit(Heading heading) {
        if (heading != skipped) {
            block(headingStyle(heading.getLevel()), heading);
        }
    }

    /**
     * A paragraph that opens with an image is that image's caption line (the usual
     * "![alt](src)" followed by "*Photo: ...*"), so it is styled as a caption.
     */
    @Override
    public void visit(Paragraph paragraph) {
        block(paragraph.getFirstChild() instanceof Image ? TextStyle.CAPTION : null, paragraph);
    }

    @Override
    public void visit(BlockQuote quote) {
        block(TextStyle.BLOCKQUOTE, quote);
    }

    @Override
    public void visit(ListItem item) {
        builder.beginBlock(TextStyle.LIST_ITEM);
        builder.beginListItem(marker(item));
        visitChildren(item);
        builder.endListItem();
        builder.endBlock();
    }

    @Override
    public void visit(FencedCodeBlock code) {
        preformatted(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        preformatted(code.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
        builder.beginBlock(null);
        HtmlBodyWalker.appendFragment(html.getLiteral(), builder);
        builder.endBlock();
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        builder.endParagraph();
    }

    /** The image's alt text is what a reader of the page would be told about it. */
    @Override
    public void visit(Image image) {
        block(TextStyle.CAPTION, image);
    }

    @Override
    public void visit(Text text) {
        builder.appendText(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        builder.beginInline(TextStyle.CODE);
        builder.appendText(code.getLiteral());
        builder.endInline(TextStyle.CODE);
    }

    @Override
    public void visit(Emphasis emphasis) {
        inline(TextStyle.EMPHASIS, emphasis);
    }

    @Override
    public void visit(StrongEmphasis strong) {
        inline(TextStyle.STRONG, strong);
    }

    @Override
    public void visit(Link link) {
        inline(TextStyle.LINK, link);
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        if (softBreaksSeparateParagraphs) {
            builder.endParagraph();
        } else {
            builder.appendText(" ");
        }
    }

    /** A GFM table row becomes one line, its cells separated by " | "; the header row is bold. */
    @Override
    public void visit(CustomNode node) {
        if (node instanceof TableRow row) {
            boolean header = row.getParent() instanceof TableHead;
            builder.beginBlock(null);
            if (header) {
                builder.beginInline(TextStyle.STRONG);
            }
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell != row.getFirstChild()) {
                    builder.appendText(" | ");
                }
                visitChildren(cell);
            }
            if (header) {
                builder.endInline(TextStyle.STRONG);
            }
            builder.endBlock();
        } else {
            // Table head and body, cells, ~~strikethrough~~ (its words stay; only the markers go).
            visitChildren(node);
        }
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        builder.endParagraph();
    }

    /** Inline tags are markup, not text; only a line break changes the reading text. */
    @Override
    public void visit(HtmlInline html) {
        if (LINE_BREAK_TAG.matcher(html.getLiteral()).matches()) {
            builder.endParagraph();
        }
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
        // Only tells the parser where links point; nothing to read.
    }

    private void block(TextStyle style, Node node) {
        builder.beginBlock(style);
        visitChildren(node);
        builder.endBlock();
    }

    private void inline(TextStyle style, Node node) {
        builder.beginInline(style);
        visitChildren(node);
        builder.endInline(style);
    }

    private void preformatted(String code) {
        builder.beginBlock(TextStyle.PREFORMATTED);
        builder.appendPreformatted(code);
        builder.endBlock();
    }

    private static TextStyle headingStyle(int level) {
        return switch (level) {
            case 1 -> TextStyle.HEADING_1;
            case 2 -> TextStyle.HEADING_2;
            default -> TextStyle.HEADING_3;
        };
    }

    private static String marker(ListItem item) {
        if (!(item.getParent() instanceof OrderedList list)) {
            return "• ";
        }
        int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
        for (Node previous = item.getPrevious(); previous != null; previous = previous.getPrevious()) {
            number++;
        }
        return number + ". ";
    }
}
