package org.glossator.domain;

/**
 * Reading-text formatting that importers recover from Markdown and HTML.
 * Block styles apply to whole paragraphs; inline styles to runs inside them.
 */
public enum TextStyle {
    TITLE(true), HEADING_1(true), HEADING_2(true), HEADING_3(true),
    BLOCKQUOTE(true), LIST_ITEM(true), CAPTION(true), PREFORMATTED(true),
    EMPHASIS(false), STRONG(false), CODE(false), LINK(false);

    private final boolean block;

    TextStyle(boolean block) {
        this.block = block;
    }

    public boolean isBlock() {
        return block;
    }

    /** CSS class name used by the reader, e.g. {@code heading-1}. */
    public String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
