package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.ingest.ImportFixtures.importFile;
import static org.glossator.ingest.ImportFixtures.styled;

import java.nio.file.Path;

import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown as saved from web pages: "##" titles, single line breaks, GFM tables, strikethrough, bare URLs. */
class MarkdownFromTheWebTest {
    @TempDir
    Path dir;

    @Test
    void levelTwoHeadingIsTheTitleAndTheTableReadsAsText() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "ferries.md", """
                ## Ferry Jobs on the Coast

                Crews grew as routes were added.

                | Year | Crew | Routes |
                |------|-----:|:------:|
                | 2019 | 140  | 6      |
                | 2024 | 210  | **9**  |

                The ~~old~~ new terminal opened in spring; details at https://example.org/ferries.
                """);

        assertThat(draft.title()).isEqualTo("Ferry Jobs on the Coast");
        assertThat(draft.text()).isEqualTo("""
                Crews grew as routes were added.
                Year | Crew | Routes
                2019 | 140 | 6
                2024 | 210 | 9
                The old new terminal opened in spring; details at https://example.org/ferries.""");
        assertThat(draft.text()).doesNotContain("|---").doesNotContain("~~").doesNotContain("**");
        assertThat(styled(draft, TextStyle.STRONG)).containsExactly("Year | Crew | Routes", "9");
        assertThat(styled(draft, TextStyle.LINK)).containsExactly("https://example.org/ferries");
    }

    @Test
    void singleLineBreaksBetweenParagraphsAreKept() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "faq.md", """
                # Ferry FAQ
                Q1: Do ferries run on holidays?
                A1: Yes, on the Sunday timetable.
                Q2: Can I bring a bicycle?
                A2: Bicycles travel free outside rush hour.
                """);

        assertThat(draft.title()).isEqualTo("Ferry FAQ");
        assertThat(draft.text().lines()).containsExactly("Q1: Do ferries run on holidays?",
                "A1: Yes, on the Sunday timetable.", "Q2: Can I bring a bicycle?",
                "A2: Bicycles travel free outside rush hour.");
    }

    @Test
    void hardWrappedParagraphsAreStillJoined() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "wrapped.md", """
                # Notes

                The harbour board met on Tuesday and agreed, after a long
                debate about costs, to keep the night ferry running through
                the winter. Members asked for a review in March.

                A second paragraph follows here.
                """);

        assertThat(draft.text().lines()).containsExactly("The harbour board met on Tuesday and agreed, after a long"
                + " debate about costs, to keep the night ferry running through the winter. Members asked for a"
                + " review in March.", "A second paragraph follows here.");
    }

    @Test
    void frontMatterTitleStillWinsOverAHeading() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "fm.md", "---\ntitle: Declared Title\n---\n## Section\n\nText.\n");

        assertThat(draft.title()).isEqualTo("Declared Title");
        assertThat(styled(draft, TextStyle.HEADING_2)).containsExactly("Section");
    }
}
