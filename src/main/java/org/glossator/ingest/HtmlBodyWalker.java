package org.glossator.ingest;

import java.util.Set;
import java.util.regex.Pattern;

import org.glossator.domain.TextStyle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks HTML elements into reading text: block elements become paragraphs (styled
 * for headings, quotes, list items, captions and code), inline elements become
 * style runs, and {@code <br>} starts a new paragraph.
 */
final class HtmlBodyWalker {
    /** Elements that break the text into paragraphs; any other element flows inline. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "li", "main", "menu", "nav", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    /** Elements with nothing to read, also when they come in a Markdown file's HTML block. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "object", "embed", "canvas", "audio", "video", "button", "select", "textarea", "input", "img", "head");

    private static final Pattern EXPONENT = Pattern.compile("[-−+]?\\d+");

    private final ReadingTextBuilder builder;
    private final String title;

    private HtmlBodyWalker(ReadingTextBuilder builder, String title) {
        this.builder = builder;
        this.title = title;
    }

    /** @param title the article's title: an h1 repeating it is dropped, as the title is shown anyway */
    static void walk(Element root, ReadingTextBuilder builder, String title) {
        new HtmlBodyWalker(builder, title).children(root);
    }

    /** An HTML snippet embedded in another format (a Markdown HTML block). */
    static void appendFragment(String html, ReadingTextBuilder builder) {
        new HtmlBodyWalker(builder, null).children(Jsoup.parseBodyFragment(html).body());
    }

    private void children(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                builder.appendText(text.getWholeText());
            } else if (child instanceof Element childElement) {
                element(childElement);
            }
        }
    }

    private void element(Element element) {
        String tag = element.normalName();
        switch (tag) {
            case "br", "hr" -> builder.endParagraph();
            case "pre" -> {
                builder.beginBlock(TextStyle.PREFORMATTED);
                builder.appendPreformatted(element.wholeText());
                builder.endBlock();
            }
            case "li" -> listItem(element);
            case "em", "i" -> inline(TextStyle.EMPHASIS, element);
            case "strong", "b" -> inline(TextStyle.STRONG, element);
            case "code", "kbd", "samp", "tt" -> inline(TextStyle.CODE, element);
            case "sup" -> superscript(element);
            case "a" -> {
                if (element.hasAttr("href")) {
                    inline(TextStyle.LINK, element);
                } else {
                    children(element);
                }
            }
            default -> other(tag, element);
        }
    }

    private void other(String tag, Element element) {
        if (SKIPPED.contains(tag) || (tag.equals("h1") && HtmlMetadata.sameText(element.text(), title))) {
            return;
        }
        TextStyle style = blockStyle(tag);
        if (style != null || BLOCKS.contains(tag)) {
            builder.beginBlock(style);
            children(element);
            builder.endBlock();
        } else {
            children(element);
        }
    }

    /**
     * "10<sup>25</sup>" would read as 1025, a different number; an exponent keeps its
     * meaning as "10^25". Other superscripts (footnote marks, "1st") are left as text.
     */
    private void superscript(Element sup) {
        boolean afterDigit = sup.previousSibling() instanceof TextNode before
                && !before.getWholeText().isEmpty()
                && Character.isDigit(before.getWholeText().charAt(before.getWholeText().length() - 1));
        if (afterDigit && EXPONENT.matcher(sup.text()).matches()) {
            builder.appendText("^");
        }
        children(sup);
    }

    private void listItem(Element item) {
        builder.beginBlock(TextStyle.LIST_ITEM);
        builder.beginListItem(marker(item));
        children(item);
        builder.endListItem();
        builder.endBlock();
    }

    private void inline(TextStyle style, Element element) {
        builder.beginInline(style);
        children(element);
        builder.endInline(style);
    }

    private static TextStyle blockStyle(String tag) {
        return switch (tag) {
            case "h1" -> TextStyle.HEADING_1;
            case "h2" -> TextStyle.HEADING_2;
            case "h3", "h4", "h5", "h6" -> TextStyle.HEADING_3;
            case "blockquote" -> TextStyle.BLOCKQUOTE;
            case "figcaption", "caption" -> TextStyle.CAPTION;
            default -> null;
        };
    }

    /** Same markers as Markdown list items: "• " in unordered lists, the item's number in ordered ones. */
    private static String marker(Element item) {
        Element list = item.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return "• ";
        }
        if (item.hasAttr("value")) {
            return parseOr(item.attr("value"), 1) + ". ";
        }
        int number = parseOr(list.attr("start"), 1);
        for (Element sibling = item.previousElementSibling(); sibling != null;
                sibling = sibling.previousElementSibling()) {
            if (sibling.normalName().equals("li")) {
                number++;
            }
        }
        return number + ". ";
    }

    private static int parseOr(String number, int fallback) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
