package org.glossator.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotationEditorTextTest {
    @Test
    void wellFormedTextIsReturnedAsItIs() {
        String text = "Open 🔓 weights, e\u0301 and 𝔸";
        assertThat(AnnotationEditor.wellFormed(text)).isSameAs(text);
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharactersAndPairsSurvive() {
        String lonelyHigh = "a\uD83Db";
        String lonelyLow = "\uDD13🔓";
        assertThat(AnnotationEditor.wellFormed(lonelyHigh)).isEqualTo("a\uFFFDb");
        assertThat(AnnotationEditor.wellFormed(lonelyLow)).isEqualTo("\uFFFD🔓");
        assertThat(AnnotationEditor.wellFormed("end\uD83D")).isEqualTo("end\uFFFD");
    }

    @Test
    void tagsAreSplitOnCommasTrimmedAndDeduplicated() {
        assertThat(AnnotationEditor.parseTags(" licence, weights ,,licence, ")).containsExactly("licence", "weights");
    }
}
