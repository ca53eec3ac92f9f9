package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.ingest.ImportFixtures.importFile;
import static org.glossator.ingest.ImportFixtures.styled;

import java.nio.file.Path;

import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextStyle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Main-content extraction on pages that do not mark their article up: Readability4J
 * where our own container heuristic falls back to the whole body.
 */
class HtmlMainContentTest {
    /** Generic class names, no <article>/<main>/<nav>: only the content itself tells what is what. */
    private static final String PAGE = """
            <html><head><title>Night Ferry Kept Running</title></head><body>
            <div class="c1"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
              <a href="/travel">Travel</a> <a href="/shop">Shop</a> <a href="/login">Log in</a></div>
            <div class="c2">
              <div class="c3"><p>The harbour board agreed on Tuesday to keep the night ferry running through the
                winter, after a long debate about fuel costs and crew hours.</p></div>
              <div class="c3"><h2>What the crews said</h2>
                <blockquote>We carry nurses and bakers at two in the morning, and nobody else does,
                  said a deckhand who has worked the route for eleven years.</blockquote></div>
              <div class="c3"><p>Three changes were agreed, each to be reviewed in March:</p>
                <ul><li>a smaller boat on weeknights, to save fuel</li>
                    <li>a fixed crew rota, agreed with the union</li>
                    <li>fares frozen until the review, for residents only</li></ul></div>
              <div class="c3"><p>Members asked for monthly figures on passengers, so that the March review
                can compare the winter with the summer, and the board agreed.</p></div>
            </div>
            <div class="c4"><a href="/a">Ferry fares rise</a> <a href="/b">Port strike ends</a>
              <a href="/c">Bridge closes</a> <a href="/d">New pier</a></div>
            <div class="c5">Get the morning briefing <a href="/signup">here</a></div>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void ourHeuristicAloneFallsBackToTheWholeBody() {
        Document page = Jsoup.parse(PAGE);
        HtmlClutterRemover.clean(page);

        assertThat(HtmlContentRoot.find(page)).isSameAs(page.body());
    }

    @Test
    void readabilityKeepsHeadingsParagraphsQuotesAndListsAndDropsMenus() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "ferry.html", PAGE);

        assertThat(draft.title()).isEqualTo("Night Ferry Kept Running");
        assertThat(draft.text()).startsWith("The harbour board agreed on Tuesday")
                .contains("nurses and bakers").contains("monthly figures on passengers");
        assertThat(styled(draft, TextStyle.HEADING_2)).containsExactly("What the crews said");
        assertThat(styled(draft, TextStyle.BLOCKQUOTE)).hasSize(1);
        assertThat(styled(draft, TextStyle.LIST_ITEM)).containsExactly("• a smaller boat on weeknights, to save fuel",
                "• a fixed crew rota, agreed with the union", "• fares frozen until the review, for residents only");
        assertThat(draft.text()).doesNotContain("Log in").doesNotContain("Port strike ends")
                .doesNotContain("morning briefing").doesNotContain("Home News Sport");
    }

    @Test
    void markedUpArticleStillUsesOurOwnExtraction() throws ImportRejectedException {
        String page = "<html><body><nav>Home News</nav><article><h1>Quay</h1><p>Short piece inside an article"
                + " element.</p></article><footer>Contact</footer></body></html>";

        ArticleDraft draft = importFile(dir, "short.html", page);

        assertThat(draft.text()).isEqualTo("Short piece inside an article element.");
        assertThat(draft.title()).isEqualTo("Quay");
    }
}
