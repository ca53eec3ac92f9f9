package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossator.ingest.ImportFixtures.importFile;
import static org.glossator.ingest.ImportFixtures.paragraphs;
import static org.glossator.ingest.ImportFixtures.styled;

import java.nio.file.Path;

import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImportTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <meta charset="utf-8">
            <title>Bees in the City | The Allotment Weekly</title>
            <meta name="author" content="Priyanka Dasgupta-Moll">
            <meta property="article:published_time" content="2024-06-02T08:15:00+01:00">
            <link rel="canonical" href="https://example.org/bees-in-the-city">
            <meta property="og:url" content="https://example.org/og/bees">
            <style>.x { color: red }</style>
            <script>var tracker = "SCRIPT TEXT MUST NOT APPEAR";</script>
            </head>
            <body>
            <div id="cookie-banner">We use cookies. <button>Accept</button></div>
            <header class="site"><a href="/">The Allotment Weekly</a> <p>Gardening news since 1999</p></header>
            <nav><ul><li><a href="/news">News link</a></li><li><a href="/tips">Tips link</a></li></ul></nav>
            <div class="breadcrumb"><a href="/">Home</a> › Wildlife</div>
            <main>
            <article>
              <header>
                <h1>Bees in the City</h1>
                <p class="byline">By Priyanka Dasgupta-Moll · 2 June 2024</p>
                <ul class="share-buttons"><li><a href="/share/x">Share on X</a></li></ul>
              </header>
              <p>Rooftop hives have <em>tripled</em> since 2019, according to the <a href="/survey">city survey</a>.</p>
              <p>Keepers   say
                 the honey tastes of <strong>lime trees</strong> and <code>linden</code>.</p>
              <figure>
                <img src="hive.jpg" alt="A hive on a roof">
                <figcaption>A hive above the old post office.</figcaption>
              </figure>
              <h2>Swarm season</h2>
              <blockquote><p>“They arrive like weather.”</p><footer>— a keeper in Hackney</footer></blockquote>
              <ol start="2"><li>Call a keeper.</li><li>Keep your distance.</li></ol>
              <pre><code>hives:
              roof: 14
            </code></pre>
              <div>A note in a div<br>on two lines.</div>
              <div class="newsletter-signup"><p>Get our newsletter every Friday!</p></div>
              <section class="comments"><p>Great article, Bob said.</p></section>
              <div class="ad-slot"><p>BUY SEEDS NOW</p></div>
              <div class="social"><a href="/fb">Like us</a></div>
              <form><p>Search the site</p><input name="q"></form>
            </article>
            <aside><h3>Related stories</h3><p>Wasps are back</p></aside>
            </main>
            <footer><p>© 2024 The Allotment Weekly. All rights reserved.</p></footer>
            </body></html>
            """;

    @Test
    void readsMetadataFromTheHead() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "bees.html", PAGE);

        assertThat(draft.title()).isEqualTo("Bees in the City");
        assertThat(draft.author()).isEqualTo("Priyanka Dasgupta-Moll");
        assertThat(draft.published()).isEqualTo("2024-06-02");
        assertThat(draft.sourceUrl()).isEqualTo("https://example.org/bees-in-the-city");
        assertThat(draft.fileName()).isEqualTo("bees.html");
    }

    @Test
    void removesClutterAroundAndInsideTheArticle() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "bees.html", PAGE);

        assertThat(draft.text()).doesNotContain("SCRIPT TEXT", "color: red", "cookies", "Accept",
                "Gardening news", "News link", "Tips link", "Wildlife", "Share on X", "newsletter", "Bob said",
                "BUY SEEDS", "Like us", "Search the site", "Related stories", "Wasps", "©", "All rights reserved");
    }

    @Test
    void dropsTheHeadlineThatRepeatsTheTitleButKeepsTheArticleText() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "bees.html", PAGE);

        assertThat(paragraphs(draft)).containsExactly(
                "By Priyanka Dasgupta-Moll · 2 June 2024",
                "Rooftop hives have tripled since 2019, according to the city survey.",
                "Keepers say the honey tastes of lime trees and linden.",
                "A hive above the old post office.",
                "Swarm season",
                "“They arrive like weather.”",
                "— a keeper in Hackney",
                "2. Call a keeper.",
                "3. Keep your distance.",
                "hives:",
                "  roof: 14",
                "A note in a div",
                "on two lines.");
    }

    @Test
    void stylesBlocksAndInlineRunsAtTheRightOffsets() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "bees.html", PAGE);

        assertThat(styled(draft, TextStyle.CAPTION)).containsExactly("A hive above the old post office.");
        assertThat(styled(draft, TextStyle.HEADING_2)).containsExactly("Swarm season");
        assertThat(styled(draft, TextStyle.HEADING_1)).isEmpty();
        assertThat(styled(draft, TextStyle.BLOCKQUOTE)).containsExactly("“They arrive like weather.”",
                "— a keeper in Hackney");
        assertThat(styled(draft, TextStyle.LIST_ITEM)).containsExactly("2. Call a keeper.", "3. Keep your distance.");
        assertThat(styled(draft, TextStyle.PREFORMATTED)).containsExactly("hives:", "  roof: 14");
        assertThat(styled(draft, TextStyle.EMPHASIS)).containsExactly("tripled");
        assertThat(styled(draft, TextStyle.LINK)).containsExactly("city survey");
        assertThat(styled(draft, TextStyle.STRONG)).containsExactly("lime trees");
        assertThat(styled(draft, TextStyle.CODE)).containsExactly("linden");
    }

    @Test
    void prefersOpenGraphTitleAndKeepsADifferentHeadline() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "og.html", """
                <head><meta property="og:title" content="Short title">
                <title>Long title | Site</title></head>
                <body><h1>The long headline</h1><p>Text.</p></body>
                """);

        assertThat(draft.title()).isEqualTo("Short title");
        assertThat(styled(draft, TextStyle.HEADING_1)).containsExactly("The long headline");
    }

    @Test
    void keepsTitleSuffixWhenTheHeadlineDoesNotConfirmIt() throws ImportRejectedException {
        ArticleDraft dash = importFile(dir, "dash.html", """
                <title>Rust - the good, the bad - Field Notes</title>
                <h1>Rust - the good, the bad</h1><p>Text.</p>
                """);
        ArticleDraft unconfirmed = importFile(dir, "unconfirmed.html", """
                <title>Well - being at work</title><h1>Something else</h1><p>Text.</p>
                """);

        assertThat(dash.title()).isEqualTo("Rust - the good, the bad");
        assertThat(unconfirmed.title()).isEqualTo("Well - being at work");
    }

    @Test
    void fallsBackToFirstHeadlineForTitleAndBylineElementsForAuthorAndDate() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "bare.html", """
                <body><div class="post">
                <h1>Moths at Night</h1>
                <span class="author">by Célestine Arrow</span>
                <p>Moths navigate by the moon, or try to.</p>
                <p>Porch lights confuse them.</p>
                <time datetime="2023-08-19">Saturday</time>
                </div></body>
                """);

        assertThat(draft.title()).isEqualTo("Moths at Night");
        assertThat(draft.author()).isEqualTo("Célestine Arrow");
        assertThat(draft.published()).isEqualTo("2023-08-19");
        assertThat(draft.text()).doesNotContain("Moths at Night");
    }

    @Test
    void authorFromRelAuthorAndDateFromBylineWhenTheHeadHasNone() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "rel.html", """
                <article><p class="byline">Words by <a rel="author" href="/u/ng">Mei Ng</a>, March 5, 2022</p>
                <p>Text.</p></article>
                """);
        ArticleDraft bylineOnly = importFile(dir, "byline.html", """
                <article><p class="byline">By Sam Ortiz | 12 Jan 2021</p><p>Text.</p></article>
                """);

        assertThat(draft.author()).isEqualTo("Mei Ng");
        assertThat(bylineOnly.author()).isEqualTo("Sam Ortiz");
        assertThat(bylineOnly.published()).isEqualTo("2021-01-12");
    }

    @Test
    void ignoresAuthorUrlsAndRelativeOrNonWebSourceUrls() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "urls.html", """
                <head><meta property="article:author" content="https://social.example/profile/ann">
                <link rel="canonical" href="/relative/path">
                <meta property="og:url" content="ftp://example.org/file"></head>
                <body><p>Text.</p></body>
                """);
        ArticleDraft ogOnly = importFile(dir, "og-url.html", """
                <head><meta property="og:url" content="http://example.org/a"></head><p>Text.</p>
                """);

        assertThat(draft.author()).isNull();
        assertThat(draft.sourceUrl()).isNull();
        assertThat(ogOnly.sourceUrl()).isEqualTo("http://example.org/a");
    }

    @Test
    void keepsUnparseableDateAsGiven() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "date.html", """
                <head><meta name="date" content="Spring 2021"></head><p>Text.</p>
                """);

        assertThat(draft.published()).isEqualTo("Spring 2021");
    }

    @Test
    void picksTheLargestArticleWhenThereAreSeveral() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "many.html", """
                <article><h2>Teaser</h2><p>Short.</p></article>
                <article><p>The real story is much longer than any teaser on the page.</p></article>
                """);

        assertThat(draft.text()).isEqualTo("The real story is much longer than any teaser on the page.");
    }

    @Test
    void withoutArticleOrMainUsesTheElementWithMostParagraphText() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "divs.html", """
                <div class="sidebar"><p>Short links.</p></div>
                <div class="content"><p>First long paragraph of the story itself.</p>
                <p>Second long paragraph of the story itself.</p></div>
                """);
        ArticleDraft roleMain = importFile(dir, "role.html", """
                <div><p>Outside text that is quite long indeed, longer than the main part.</p></div>
                <div role="main"><p>Inside.</p></div>
                """);

        assertThat(paragraphs(draft)).containsExactly("First long paragraph of the story itself.",
                "Second long paragraph of the story itself.");
        assertThat(roleMain.text()).isEqualTo("Inside.");
    }

    @Test
    void wrapperWhoseClassMentionsClutterIsKeptWhenItHoldsTheArticle() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "wrapper.html", """
                <body class="menu-open"><div class="page has-share-bar"><main><p>Kept text.</p></main></div></body>
                """);

        assertThat(draft.text()).isEqualTo("Kept text.");
    }

    @Test
    void pageWrappedInOneFormKeepsItsArticle() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "form.html", """
                <body><form id="page-form" action="/post"><h1>Tide Tables</h1><p>Body text.</p></form>
                <form class="search"><p>Search this site</p></form></body>
                """);

        assertThat(draft.title()).isEqualTo("Tide Tables");
        assertThat(draft.text()).isEqualTo("Body text.");
    }

    @Test
    void exponentsKeepTheirMeaningAndNonBreakingSpacesAreTrimmedAtParagraphEdges()
            throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "sup.html", """
                <p>More than 10<sup>25</sup> operations, said the 1<sup>st</sup> report.</p>
                <p>&nbsp;</p><p>&nbsp;Ten&nbsp;km&nbsp;</p>
                """);

        assertThat(paragraphs(draft)).containsExactly("More than 10^25 operations, said the 1st report.",
                "Ten\u00a0km");
    }

    @Test
    void listItemsInUnorderedListsGetBullets() throws ImportRejectedException {
        ArticleDraft draft = importFile(dir, "ul.html", "<ul><li>one <b>bold</b></li><li><p>two</p></li></ul>");

        assertThat(paragraphs(draft)).containsExactly("• one bold", "• two");
        assertThat(styled(draft, TextStyle.STRONG)).containsExactly("bold");
    }

    @Test
    void pageWithOnlyTheHeadlineHasNoArticleText() {
        assertThatThrownBy(() -> importFile(dir, "headline.html",
                "<title>Only</title><h1>Only</h1><nav><a href='/'>Home</a></nav>"))
                .hasMessageContaining("no article text");
    }
}
