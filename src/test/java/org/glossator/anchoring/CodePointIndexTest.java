package org.glossator.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {
    // chars: a=0, 🔓=1..2, b=3, 𝔸=4..5, c=6; code points: a b c at 0, 2, 4
    private static final String MIXED = "a\uD83D\uDD13b\uD835\uDD38c";

    @Test
    void bmpOnlyTextMapsOneToOne() {
        CodePointIndex index = new CodePointIndex("plain text, e\u0301 included");
        for (int i = 0; i <= 23; i++) {
            assertThat(index.toCodePoint(i)).isEqualTo(i);
            assertThat(index.toCharIndex(i)).isEqualTo(i);
        }
        assertThat(index.codePointLength()).isEqualTo(23);
    }

    @Test
    void supplementaryCharactersCountAsOneCodePoint() {
        CodePointIndex index = new CodePointIndex(MIXED);
        assertThat(index.codePointLength()).isEqualTo(5).isEqualTo(MIXED.codePointCount(0, MIXED.length()));
        assertThat(index.toCodePoint(0)).isEqualTo(0);
        assertThat(index.toCodePoint(1)).isEqualTo(1);
        assertThat(index.toCodePoint(3)).isEqualTo(2);
        assertThat(index.toCodePoint(4)).isEqualTo(3);
        assertThat(index.toCodePoint(6)).isEqualTo(4);
        assertThat(index.toCodePoint(7)).isEqualTo(5);
        assertThat(index.toCharIndex(2)).isEqualTo(3);
        assertThat(index.toCharIndex(3)).isEqualTo(4);
        assertThat(index.toCharIndex(4)).isEqualTo(6);
        assertThat(index.toCharIndex(5)).isEqualTo(7);
    }

    @Test
    void indexInsideSurrogatePairRoundsDownToThePair() {
        CodePointIndex index = new CodePointIndex(MIXED);
        assertThat(index.toCodePoint(2)).isEqualTo(1);
        assertThat(index.toCodePoint(5)).isEqualTo(3);
    }

    @Test
    void combiningMarksAreCodePointsOfTheirOwn() {
        String text = "Cafe\u0301 \uD83D\uDD13";
        CodePointIndex index = new CodePointIndex(text);
        assertThat(index.codePointLength()).isEqualTo(7);
        assertThat(index.toCodePoint(5)).isEqualTo(5);
        assertThat(index.toCharIndex(7)).isEqualTo(8);
    }

    @Test
    void everyCodePointBoundaryRoundTrips() {
        String text = "\uD83D\uDD13x\uD835\uDD38\uD835\uDD38e\u0301\uD83D\uDD13";
        CodePointIndex index = new CodePointIndex(text);
        for (int cp = 0; cp <= index.codePointLength(); cp++) {
            int charIndex = index.toCharIndex(cp);
            assertThat(charIndex).isEqualTo(text.offsetByCodePoints(0, cp));
            assertThat(index.toCodePoint(charIndex)).isEqualTo(cp);
        }
    }

    @Test
    void loneSurrogatesCountAsOneCodePointEach() {
        String text = "a\uD83Db\uDD13";
        CodePointIndex index = new CodePointIndex(text);
        assertThat(index.codePointLength()).isEqualTo(4).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(index.toCodePoint(2)).isEqualTo(2);
    }

    @Test
    void rejectsIndicesOutsideTheText() {
        CodePointIndex index = new CodePointIndex(MIXED);
        assertThatThrownBy(() -> index.toCodePoint(8)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> index.toCodePoint(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> index.toCharIndex(6)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
