package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.ingest.ImportFixtures.importFile;
import static org.glossator.ingest.ImportFixtures.paragraphs;

import java.nio.file.Path;

import org.glossator.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextImportTest {
    @TempDir
    Path dir;

    @Test
    void liftsTitleBylineAndDateFromTheHeader() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "field-notes.txt", """
                Notes From a Rainy Field Trip
                By Marta Quennell
                Published 7 October 2024

                We left the car park at dawn and walked north along the river.

                The heron was still there at noon.
                """);

        assertThat(draft.title()).isEqualTo("Notes From a Rainy Field Trip");
        assertThat(draft.author()).isEqualTo("Marta Quennell");
        assertThat(draft.published()).isEqualTo("2024-10-07");
        assertThat(draft.sourceUrl()).isNull();
        assertThat(draft.fileName()).isEqualTo("field-notes.txt");
        assertThat(draft.text()).isEqualTo("We left the car park at dawn and walked north along the river.\n"
                + "The heron was still there at noon.");
        assertThat(draft.formatting()).isEmpty();
    }

    @Test
    void liftsHeaderSeparatedByBlankLinesWithUpperCaseBylineAndBareDate() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "h.txt", """
                What the Tide Leaves Behind

                BY JO ANN RIDLEY-OKAFOR

                2025-02-14

                Body paragraph one.
                """);

        assertThat(draft.title()).isEqualTo("What the Tide Leaves Behind");
        assertThat(draft.author()).isEqualTo("JO ANN RIDLEY-OKAFOR");
        assertThat(draft.published()).isEqualTo("2025-02-14");
        assertThat(draft.text()).isEqualTo("Body paragraph one.");
    }

    @Test
    void bylineMayCarryTheDateAndUpdatedLineIsUsedWhenNoPublishedDate() throws ImportRejectedException {
        ArticleDraft withDate = importFile(dir, "a.txt", """
                Title Here
                by Ana Ruiz | March 3rd, 2025

                Text.
                """);
        ArticleDraft updated = importFile(dir, "b.txt", """
                Another Title

                Updated: Tuesday, 4 Feb 2025 at 10:30 GMT

                Text.
                """);

        assertThat(withDate.author()).isEqualTo("Ana Ruiz");
        assertThat(withDate.published()).isEqualTo("2025-03-03");
        assertThat(withDate.text()).isEqualTo("Text.");
        assertThat(updated.published()).isEqualTo("2025-02-04");
        assertThat(updated.text()).isEqualTo("Text.");
    }

    @Test
    void firstLineEndingWithFullStopIsNotATitle() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "sentence.txt", """
                This opening line is a sentence.

                And this is the second paragraph.
                """);

        assertThat(draft.title()).isEqualTo("sentence");
        assertThat(draft.fileName()).isEqualTo("sentence.txt");
        assertThat(paragraphs(draft)).containsExactly("This opening line is a sentence.",
                "And this is the second paragraph.");
    }

    @Test
    void shortFirstLineFollowedDirectlyByTextIsNotATitle() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "run-on.txt", """
                Short opening words
                that continue on the next line.

                Second paragraph.
                """);

        assertThat(draft.title()).isEqualTo("run-on");
        assertThat(paragraphs(draft)).first().isEqualTo("Short opening words that continue on the next line.");
    }

    @Test
    void firstLineOfTwoHundredCharactersIsNotATitle() throws ImportRejectedException {
        String longLine = "word ".repeat(40).strip() + "s";

        ArticleDraft draft = importFile(dir, "long.txt", longLine + "\n\nNext.\n");

        assertThat(draft.title()).isEqualTo("long");
        assertThat(paragraphs(draft)).containsExactly(longLine, "Next.");
    }

    @Test
    void sentenceStartingWithByIsNotAByline() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "by.txt", """
                Plans for the Harbour

                By 2030, the council expects the harbour wall to be rebuilt.
                """);

        assertThat(draft.author()).isNull();
        assertThat(draft.text()).isEqualTo("By 2030, the council expects the harbour wall to be rebuilt.");
    }

    @Test
    void singleShortLineIsTheArticleNotATitleWithoutBody() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "one.txt", "Remember the milk\n\n");

        assertThat(draft.text()).isEqualTo("Remember the milk");
    }

    @Test
    void unwrapsHardWrappedParagraphsButKeepsListItemsApart() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "wrapped.txt", """
                The committee met on a Thursday and, after a long
                discussion about the budget, agreed to three things:
                - repair the roof
                * paint the hall
                • replace the
                  broken chairs
                1. publish the minutes

                A second paragraph,\tindented    oddly
                    and wrapped.
                """);

        assertThat(paragraphs(draft)).containsExactly(
                "The committee met on a Thursday and, after a long discussion about the budget,"
                        + " agreed to three things:",
                "- repair the roof",
                "* paint the hall",
                "• replace the broken chairs",
                "1. publish the minutes",
                "A second paragraph, indented oddly and wrapped.");
    }

    @Test
    void fileWithoutBlankLinesKeepsEachLineAsAParagraph() throws ImportRejectedException {
        String first = "The first line is a whole paragraph copied from a web page and it goes on for quite a while,"
                + " well past any wrapping width.";
        String third = "Another paragraph that is long enough to have been a single line in the original page,"
                + " not hard wrapped.";
        ArticleDraft draft = importFile(dir, "lines.txt", first + "\n"
                + "A Heading Without Punctuation\n"
                + third + "\n"
                + "Some features include:\n- speed\n- price\n");

        assertThat(paragraphs(draft)).containsExactly(first, "A Heading Without Punctuation", third,
                "Some features include:", "- speed", "- price");
    }

    @Test
    void fileWithoutBlankLinesStillJoinsAPlainlyBrokenSentence() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "broken.txt", """
                Rain fell on the town for
                nine days without stopping.
                Then it stopped.
                """);

        assertThat(paragraphs(draft)).containsExactly(
                "Rain fell on the town for nine days without stopping.", "Then it stopped.");
    }

    @Test
    void longLineEndingASentenceIsNotJoinedToTheNextEvenInsideABlock() throws ImportRejectedException {
        String longSentence = "This paragraph was typed on one long line by someone who pressed return"
                + " only once between paragraphs, which is common.";
        ArticleDraft draft = importFile(dir, "mixed.txt",
                "Title Line\n\n" + longSentence + "\nThe next paragraph follows directly.\n\nLast.\n");

        assertThat(paragraphs(draft)).containsExactly(longSentence, "The next paragraph follows directly.", "Last.");
    }

    @Test
    void dropsSkipLinkCopiedFromAWebPage() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "copied.txt", """
                Skip to content

                    A Title Copied From a Page

                    Indented body text copied from the page.
                """);

        assertThat(draft.title()).isEqualTo("A Title Copied From a Page");
        assertThat(draft.text()).isEqualTo("Indented body text copied from the page.");
    }
}
