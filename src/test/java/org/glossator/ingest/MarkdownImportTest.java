package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.ingest.ImportFixtures.importFile;
import static org.glossator.ingest.ImportFixtures.paragraphs;
import static org.glossator.ingest.ImportFixtures.styled;

import java.nio.file.Path;

import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownImportTest {
    @TempDir
    Path dir;

    private static final String ARTICLE = """
            # Lanterns on the *Old* Canal

            *By Odile Brannigan · 9 September 2024*

            The festival began in 1987 with **twelve lanterns** and a borrowed boat.
            Today it draws thousands, says the [organisers' report](https://example.org/report),
            though nobody counted `exactly`.

            ## How it works

            Volunteers fold each lantern by hand.

            ### Materials

            #### Paper

            > “It is slower than buying them,” one volunteer said.
            > “That is the point.”

            - rice paper
            - a candle stub
              with a long wick

            3. fold
            4. light

            ---

            ![A row of paper lanterns on dark water](https://example.org/lanterns.jpg)
            *Photo: festival archive*

            ```
            lantern.light()
                .float()
            ```

                indented code line

            <div class="note"><p>Held every <b>autumn</b>.</p></div>

            Last line,  with   spaces.\\
            After a hard break.
            """;

    @Test
    void firstTopLevelHeadingBecomesTheTitleAndLeavesTheBody() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "lanterns.md", ARTICLE);

        assertThat(draft.title()).isEqualTo("Lanterns on the Old Canal");
        assertThat(draft.text()).doesNotContain("Lanterns on the");
        assertThat(draft.sourceUrl()).isNull();
    }

    @Test
    void bylineNearTheTopGivesAuthorAndDateAndStaysInTheBody() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "lanterns.md", ARTICLE);

        assertThat(draft.author()).isEqualTo("Odile Brannigan");
        assertThat(draft.published()).isEqualTo("2024-09-09");
        assertThat(paragraphs(draft)).first().isEqualTo("By Odile Brannigan · 9 September 2024");
        assertThat(styled(draft, TextStyle.EMPHASIS)).first().isEqualTo("By Odile Brannigan · 9 September 2024");
    }

    @Test
    void leavesNoMarkdownMarkersInTheText() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "lanterns.md", ARTICLE);

        assertThat(draft.text()).doesNotContain("**", "##", "](", "![", "```", "> ", "*", "`", "<div", "<b>", "\\",
                "https://", "---");
    }

    @Test
    void softLineBreaksBecomeSpacesAndLinkTextIsKept() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "lanterns.md", ARTICLE);

        assertThat(paragraphs(draft)).contains("The festival began in 1987 with twelve lanterns and a borrowed boat."
                + " Today it draws thousands, says the organisers' report, though nobody counted exactly.");
    }

    @Test
    void inlineSpansPointAtTheStyledWords() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "lanterns.md", ARTICLE);

        assertThat(styled(draft, TextStyle.STRONG)).containsExactly("twelve lanterns", "autumn");
        assertThat(styled(draft, TextStyle.LINK)).containsExactly("organisers' report");
        assertThat(styled(draft, TextStyle.CODE)).containsExactly("exactly");
        assertThat(styled(draft, TextStyle.EMPHASIS)).contains("Photo: festival archive");
    }

    @Test
    void headingsBecomeStyledParagraphsWithDeepLevelsAsHeadingThree() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "lanterns.md", ARTICLE);

        assertThat(styled(draft, TextStyle.HEADING_1)).isEmpty();
        assertThat(styled(draft, TextStyle.HEADING_2)).containsExactly("How it works");
        assertThat(styled(draft, TextStyle.HEADING_3)).containsExactly("Materials", "Paper");
        assertThat(styled(draft, TextStyle.TITLE)).isEmpty();
    }

    @Test
    void blockQuotesListsCodeAndImagesBecomeStyledParagraphs() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "lanterns.md", ARTICLE);

        assertThat(styled(draft, TextStyle.BLOCKQUOTE)).containsExactly(
                "“It is slower than buying them,” one volunteer said. “That is the point.”");
        assertThat(styled(draft, TextStyle.LIST_ITEM)).containsExactly(
                "• rice paper", "• a candle stub with a long wick", "3. fold", "4. light");
        assertThat(styled(draft, TextStyle.PREFORMATTED)).containsExactly(
                "lantern.light()", "    .float()", "indented code line");
        assertThat(styled(draft, TextStyle.CAPTION)).containsExactly(
                "A row of paper lanterns on dark water", "Photo: festival archive");
    }

    @Test
    void htmlBlocksContributeTheirTextAndHardBreaksSplitParagraphs() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "lanterns.md", ARTICLE);

        assertThat(paragraphs(draft)).endsWith("Held every autumn.", "Last line, with spaces.", "After a hard break.");
        assertThat(styled(draft, TextStyle.STRONG)).contains("autumn");
    }

    @Test
    void thematicBreakLeavesNothingBehind() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "hr.md", "Before.\n\n***\n\nAfter.\n");

        assertThat(draft.text()).isEqualTo("Before.\nAfter.");
    }

    @Test
    void frontMatterGivesMetadataAndIsNotReadAsText() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "fm.md", """
                ---
                title: "Salt Roads of the North"
                authors:
                  - Ingrid Faulk
                  - Tomas Berg
                date: 2023-11-30
                canonical_url: https://example.org/salt-roads
                ---
                # Salt Roads of the North

                Merchants carried salt inland for centuries.
                """);

        assertThat(draft.title()).isEqualTo("Salt Roads of the North");
        assertThat(draft.author()).isEqualTo("Ingrid Faulk");
        assertThat(draft.published()).isEqualTo("2023-11-30");
        assertThat(draft.sourceUrl()).isEqualTo("https://example.org/salt-roads");
        assertThat(draft.text()).isEqualTo("Merchants carried salt inland for centuries.");
    }

    @Test
    void frontMatterUrlThatIsNotAbsoluteHttpIsIgnored() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "rel.md", "---\nurl: /posts/salt\n---\nText.\n");

        assertThat(draft.sourceUrl()).isNull();
    }

    @Test
    void laterLevelOneHeadingsStayInTheBody() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "two.md", "# First\n\nText.\n\n# Second Part\n\nMore.\n");

        assertThat(draft.title()).isEqualTo("First");
        assertThat(styled(draft, TextStyle.HEADING_1)).containsExactly("Second Part");
    }

    @Test
    void kickerAboveTheHeadlineIsNotTheTitle() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "sub.md", "## Kicker\n\n# Headline\n\nText.\n");

        assertThat(draft.title()).isEqualTo("Headline");
        assertThat(styled(draft, TextStyle.HEADING_2)).containsExactly("Kicker");
    }

    @Test
    void setextHeadingIsATitleToo() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "setext.md", "Harbour Lights\n==============\n\nText.\n");

        assertThat(draft.title()).isEqualTo("Harbour Lights");
        assertThat(draft.text()).isEqualTo("Text.");
    }

    @Test
    void nestedListsAndQuotedListsKeepMarkersAndStyles() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "nest.md", """
                1. outer **bold** item
                   - inner item

                > - quoted item
                """);

        assertThat(paragraphs(draft)).containsExactly("1. outer bold item", "• inner item", "• quoted item");
        assertThat(styled(draft, TextStyle.LIST_ITEM)).hasSize(3);
        assertThat(styled(draft, TextStyle.STRONG)).containsExactly("bold");
    }

    @Test
    void escapedAndEntityCharactersAppearAsCharacters() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "esc.md", "Use \\*stars\\* &amp; &ldquo;quotes&rdquo;.\n");

        assertThat(draft.text()).isEqualTo("Use *stars* & “quotes”.");
    }
}
