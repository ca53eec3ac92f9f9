package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextStyle;
import org.junit.jupiter.api.Test;

class ReadingTextBuilderTest {
    private final ReadingTextBuilder builder = new ReadingTextBuilder();

    @Test
    void collapsesWhiteSpaceRunsAndTrimsParagraphs() {
        builder.appendText("  \t Several \n\n  words\tapart  ");
        builder.endParagraph();
        builder.appendText("   ");
        builder.endParagraph();
        builder.appendText("Next");

        assertThat(builder.build().text()).isEqualTo("Several words apart\nNext");
    }

    @Test
    void inlineSpanStartsAtItsFirstVisibleCharacterAndEndsBeforeTrailingSpace() {
        builder.appendText("Say ");
        builder.beginInline(TextStyle.STRONG);
        builder.appendText("   loud words   ");
        builder.endInline(TextStyle.STRONG);
        builder.appendText(" now");

        ReadingText result = builder.build();

        assertThat(result.text()).isEqualTo("Say loud words now");
        assertThat(result.spans()).containsExactly(new StyleSpan(4, 14, TextStyle.STRONG));
    }

    @Test
    void spanOffsetsCountEarlierParagraphsAndTheirLineBreaks() {
        builder.appendText("First.");
        builder.endParagraph();
        builder.beginBlock(TextStyle.BLOCKQUOTE);
        builder.appendText("Quoted ");
        builder.beginInline(TextStyle.EMPHASIS);
        builder.appendText("words");
        builder.endInline(TextStyle.EMPHASIS);
        builder.endBlock();

        ReadingText result = builder.build();

        assertThat(result.text()).isEqualTo("First.\nQuoted words");
        assertThat(result.spans()).containsExactly(
                new StyleSpan(7, 19, TextStyle.BLOCKQUOTE), new StyleSpan(14, 19, TextStyle.EMPHASIS));
    }

    @Test
    void inlineRunContinuesAcrossAParagraphBreak() {
        builder.beginInline(TextStyle.LINK);
        builder.appendText("one");
        builder.endParagraph();
        builder.appendText("two");
        builder.endInline(TextStyle.LINK);

        assertThat(builder.build().spans()).containsExactly(
                new StyleSpan(0, 3, TextStyle.LINK), new StyleSpan(4, 7, TextStyle.LINK));
    }

    @Test
    void emptyInlineRunLeavesNoSpan() {
        builder.appendText("a");
        builder.beginInline(TextStyle.CODE);
        builder.appendText(" ");
        builder.endInline(TextStyle.CODE);
        builder.appendText("b");

        ReadingText result = builder.build();

        assertThat(result.text()).isEqualTo("a b");
        assertThat(result.spans()).isEmpty();
    }

    @Test
    void innermostBlockStyleWinsAndUnstyledBlocksInheritIt() {
        builder.beginBlock(TextStyle.BLOCKQUOTE);
        builder.beginBlock(null);
        builder.appendText("inherits");
        builder.endBlock();
        builder.beginBlock(TextStyle.HEADING_2);
        builder.appendText("own");
        builder.endBlock();
        builder.appendText("after");
        builder.endBlock();

        List<TextStyle> styles = builder.build().spans().stream().map(StyleSpan::style).toList();

        assertThat(styles).containsExactly(TextStyle.BLOCKQUOTE, TextStyle.HEADING_2, TextStyle.BLOCKQUOTE);
    }

    @Test
    void listMarkerGoesBeforeTheFirstCharacterButOutsideInlineRuns() {
        builder.beginBlock(TextStyle.LIST_ITEM);
        builder.beginListItem("• ");
        builder.beginInline(TextStyle.STRONG);
        builder.appendText("  Bold");
        builder.endInline(TextStyle.STRONG);
        builder.appendText(" start");
        builder.endListItem();
        builder.endBlock();

        ReadingText result = builder.build();

        assertThat(result.text()).isEqualTo("• Bold start");
        assertThat(result.spans()).containsExactly(
                new StyleSpan(0, 12, TextStyle.LIST_ITEM), new StyleSpan(2, 6, TextStyle.STRONG));
    }

    @Test
    void emptyListItemDropsItsMarker() {
        builder.beginListItem("1. ");
        builder.appendText(" ");
        builder.endListItem();
        builder.appendText("Text");

        assertThat(builder.build().text()).isEqualTo("Text");
    }

    @Test
    void preformattedKeepsIndentationAndTabsButDropsBlankLinesAndTrailingSpace() {
        builder.appendPreformatted("if (x) {   \n\n\treturn  y;\n}\n");

        assertThat(builder.build().text()).isEqualTo("if (x) {\n\treturn  y;\n}");
    }

    @Test
    void noBreakSpacesStayInsideButNotAtTheEdges() {
        builder.appendText("\u00a0\u00a0ten\u00a0km\u00a0");

        assertThat(builder.build().text()).isEqualTo("ten\u00a0km");
    }
}
