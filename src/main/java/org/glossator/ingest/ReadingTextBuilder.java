package org.glossator.ingest;

import java.util.ArrayList;
import java.util.List;

import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextStyle;

/**
 * Assembles the reading text the way every importer needs it: one paragraph per
 * line, white space collapsed, no empty paragraphs, and style spans whose offsets
 * are right in the final text. Format walkers only say where blocks and inline
 * runs begin and end.
 *
 * <p>Offsets are worked out while appending, not afterwards, because collapsing and
 * trimming white space would otherwise shift them.
 */
final class ReadingTextBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<StyleSpan> spans = new ArrayList<>();

    private final StringBuilder paragraph = new StringBuilder();
    private final List<StyleSpan> paragraphSpans = new ArrayList<>();
    /** Styles of the open blocks, innermost last; null for a block without a style of its own. */
    private final List<TextStyle> blockStyles = new ArrayList<>();
    private final List<OpenInline> openInlines = new ArrayList<>();
    private boolean pendingSpace;
    private String pendingListMarker;

    /** Starts a block; text before it ends its paragraph. A null style inherits the enclosing one. */
    void beginBlock(TextStyle style) {
        endParagraph();
        blockStyles.add(style);
    }

    void endBlock() {
        endParagraph();
        blockStyles.remove(blockStyles.size() - 1);
    }

    /** Marks the next paragraph as a list item; the marker ("• ", "3. ") goes before its first character. */
    void beginListItem(String marker) {
        endParagraph();
        pendingListMarker = marker;
    }

    void endListItem() {
        endParagraph();
        pendingListMarker = null;
    }

    void beginInline(TextStyle style) {
        openInlines.add(new OpenInline(style));
    }

    void endInline(TextStyle style) {
        for (int i = openInlines.size() - 1; i >= 0; i--) {
            OpenInline open = openInlines.get(i);
            if (open.style == style) {
                closeRun(open);
                openInlines.remove(i);
                return;
            }
        }
    }

    /** Appends flowing text: runs of white space become one space, leading and trailing space is dropped. */
    void appendText(CharSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isCollapsibleSpace(c)) {
                pendingSpace = paragraph.length() > 0;
            } else if (paragraph.length() > 0 || !Character.isSpaceChar(c)) {
                appendVisible(c);
            }
        }
    }

    /**
     * Appends a code block: each line becomes its own paragraph with its indentation
     * kept, because in code the spacing is part of the meaning. Blank lines are dropped
     * (the reading text has no empty paragraphs).
     */
    void appendPreformatted(String code) {
        endParagraph();
        for (String line : code.split("\n", -1)) {
            if (!line.isBlank()) {
                paragraph.append(line);
                endParagraph();
            }
        }
    }

    /** Ends the current paragraph, if it has any text; open inline runs continue in the next one. */
    void endParagraph() {
        for (OpenInline open : openInlines) {
            closeRun(open);
        }
        pendingSpace = false;
        int length = lengthWithoutTrailingSpace();
        if (length > 0) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int base = text.length();
            text.append(paragraph, 0, length);
            TextStyle blockStyle = currentBlockStyle();
            if (blockStyle != null) {
                spans.add(new StyleSpan(base, base + length, blockStyle));
            }
            for (StyleSpan span : paragraphSpans) {
                int end = Math.min(span.end(), length);
                if (span.start() < end) {
                    spans.add(new StyleSpan(base + span.start(), base + end, span.style()));
                }
            }
        }
        paragraph.setLength(0);
        paragraphSpans.clear();
    }

    ReadingText build() {
        endParagraph();
        return new ReadingText(text.toString(), spans);
    }

    private void appendVisible(char c) {
        if (paragraph.length() == 0 && pendingListMarker != null) {
            paragraph.append(pendingListMarker);
            pendingListMarker = null;
        } else if (pendingSpace) {
            paragraph.append(' ');
        }
        pendingSpace = false;
        for (OpenInline open : openInlines) {
            if (open.start < 0) {
                open.start = paragraph.length();
            }
        }
        paragraph.append(c);
    }

    private void closeRun(OpenInline open) {
        if (open.start >= 0 && open.start < paragraph.length()) {
            paragraphSpans.add(new StyleSpan(open.start, paragraph.length(), open.style));
        }
        open.start = -1;
    }

    private int lengthWithoutTrailingSpace() {
        int length = paragraph.length();
        while (length > 0 && isSpaceLike(paragraph.charAt(length - 1))) {
            length--;
        }
        return length;
    }

    private TextStyle currentBlockStyle() {
        for (int i = blockStyles.size() - 1; i >= 0; i--) {
            if (blockStyles.get(i) != null) {
                return blockStyles.get(i);
            }
        }
        return null;
    }

    /** The white space that source formats use for layout only. */
    private static boolean isCollapsibleSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** Also no-break and other Unicode spaces: kept inside a paragraph, trimmed at its edges. */
    private static boolean isSpaceLike(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** An inline run whose start is only fixed when its first visible character arrives. */
    private static final class OpenInline {
        private final TextStyle style;
        private int start = -1;

        private OpenInline(TextStyle style) {
            this.style = style;
        }
    }
}
