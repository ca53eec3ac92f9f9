package org.glossator.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void foldsQuoteMarksDashesWhitespaceAndCase() {
        assertThat(FoldedText.fold("\u201CHello\u201D  \u2014\n\tWorld\u2019s `best\u00A0\u2013 \u00ABtry\u00BB"))
                .isEqualTo("\"hello\" - world's 'best - \"try\"");
    }

    @Test
    void precomposedAndCombiningAccentsFoldAlike() {
        assertThat(FoldedText.fold("Caf\u00E9")).isEqualTo("cafe");
        assertThat(FoldedText.fold("Cafe\u0301")).isEqualTo("cafe");
        assertThat(FoldedText.fold("\uFB01nal\u00AD")).isEqualTo("final");
    }

    @Test
    void keepsSupplementaryCharacters() {
        assertThat(FoldedText.fold("A\uD83D\uDD13B")).isEqualTo("a\uD83D\uDD13b");
    }

    @Test
    void mapsFoldedIndicesBackToSourceIndices() {
        String source = "Xy  \u201Cz\u201D e\u0301!";
        FoldedText folded = FoldedText.of(source);
        assertThat(folded.toString()).isEqualTo("xy \"z\" e!");
        int[] expected = {0, 1, 2, 4, 5, 6, 7, 8, 10, 11};
        for (int i = 0; i <= folded.length(); i++) {
            assertThat(folded.sourceIndex(i)).as("folded %d", i).isEqualTo(expected[i]);
        }
        assertThat(folded.foldedIndexAtOrAfter(3)).isEqualTo(3);
        assertThat(folded.foldedIndexAtOrAfter(9)).isEqualTo(8);
        assertThat(folded.foldedIndexAtOrAfter(source.length())).isEqualTo(folded.length());
    }

    @Test
    void foldsASliceWithAbsoluteOrigins() {
        FoldedText folded = FoldedText.of("ABC  DEF", 2, 7);
        assertThat(folded.toString()).isEqualTo("c de");
        assertThat(folded.sourceIndex(0)).isEqualTo(2);
        assertThat(folded.sourceIndex(2)).isEqualTo(5);
        assertThat(folded.sourceIndex(folded.length())).isEqualTo(7);
    }

    @Test
    void indexOfStaysInsideTheGivenRange() {
        FoldedText folded = FoldedText.of("one two one two");
        assertThat(folded.indexOf("two", 0, 15)).isEqualTo(4);
        assertThat(folded.indexOf("two", 5, 14)).isEqualTo(-1);
        assertThat(folded.indexOf("two", 5, 15)).isEqualTo(12);
    }

    @Test
    void mojibakeFoldsLikeTheCharacterItGarbles() {
        assertThat(FoldedText.fold("it\u00E2\u20AC\u2122s \u00E2\u20AC\u0153caf\u00C3\u00A9\u00E2\u20AC\u009D"))
                .isEqualTo(FoldedText.fold("it\u2019s \u201Ccaf\u00E9\u201D"))
                .isEqualTo("it's \"cafe\"");
        // Accented letters that happen to stand next to each other are not mistaken for mojibake.
        assertThat(FoldedText.fold("\u00C3 la \u00E2me")).isEqualTo("a la ame");
    }

    @Test
    void tellsWhetherFoldingLeavesAnythingAsFoldingItWouldForEveryAsciiCharAndMixture() {
        for (char c = 0; c < 0x80; c++) {
            assertThat(FoldedText.foldsToSomething(String.valueOf(c))).as("char %d", (int) c).isTrue();
            assertThat(FoldedText.fold(String.valueOf(c))).as("char %d", (int) c).isNotEmpty();
        }
        for (String s : new String[] {"", "\u00AD", "\u0301\u200B", "\u00AD a", "\u00E9", "\u00C3\u00A2\u00E2\u0082\u00AC",
            "\u2014\u00AD", "\u0301x", "\u200D\u2060\uFEFF"}) {
            assertThat(FoldedText.foldsToSomething(s)).as(s).isEqualTo(!FoldedText.fold(s).isEmpty());
        }
        assertThat(FoldedText.foldsToSomething("\u00AD\u200B")).isFalse();
    }
}
