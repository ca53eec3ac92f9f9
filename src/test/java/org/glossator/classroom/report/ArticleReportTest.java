package org.glossator.classroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.glossator.classroom.ClassroomFixtures;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.Article;
import org.glossator.domain.DefaultScheme;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleReportTest {
    private static final String TEXT = "Title <b>bold</b> & more\nThe port is safe, says the <script>alert(1)</script> master.\n"
            + "Emoji \uD83C\uDF0A waves here.";

    private final Article article = new Article(3, "Ports <i>&</i> \"tides\"", "A. <Writer>", "2026-01-02",
            "javascript:alert(1)", "t.txt", TEXT, "0".repeat(64), Instant.EPOCH, List.of());

    private Annotation at(String quote, String type, String creator) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(quote));
        return ClassroomFixtures.span(3, start, start + quote.codePointCount(0, quote.length()), quote, type, creator);
    }

    private Document render(List<Annotation> annotations, List<AnnotationLink> links) {
        String html = new ArticleReport(article, annotations, DefaultScheme.types(), links, "Class of 2")
                .render(LocalDate.parse("2026-11-24"));
        assertThat(html).startsWith("<!DOCTYPE html>");
        return Jsoup.parse(html);
    }

    @Test
    void everythingFromTheDataIsEscaped() {
        Annotation claim = at("The port is safe", "claim", "<img src=x onerror=alert(1)>").toBuilder()
                .note("</li><script>steal()</script>").verdict(Verdict.FALSE).url("javascript:alert(2)")
                .tags(List.of("<t>")).build();
        Document doc = render(List.of(claim), List.of());

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.select("a[href^=javascript]")).as("only http(s) URLs become links").isEmpty();
        assertThat(doc.title()).isEqualTo("Ports <i>&</i> \"tides\" — Class of 2");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Ports <i>&</i> \"tides\"");
        assertThat(doc.selectFirst(".note").text()).isEqualTo("</li><script>steal()</script>");
        assertThat(doc.selectFirst(".creator").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(doc.selectFirst("main").text()).contains("<script>alert(1)</script>", "<b>bold</b> & more");
    }

    @Test
    void highlightsNotesSummaryAndLinks() {
        Annotation claim = at("The port is safe", "claim", "Anna").toBuilder().verdict(Verdict.MISLEADING)
                .note("Which port?").build();
        Annotation inner = at("port", "quote", "Ben");
        Annotation wave = at("\uD83C\uDF0A waves", "source", "Ben").toBuilder().url("https://example.org/w").build();
        Annotation orphan = at("Emoji", "claim", "Ben").toBuilder().anchorState(AnchorState.ORPHANED).verdict(null).build();
        AnnotationLink link = new AnnotationLink("l1", claim.id(), wave.id(), LinkRelation.SUPPORTED_BY, "Anna",
                Instant.EPOCH);

        Document doc = render(List.of(claim, inner, wave, orphan), List.of(link));

        assertThat(doc.select("main p")).hasSize(3);
        List<String> marked = doc.select("main mark").stream().map(Element::wholeText).toList();
        assertThat(marked).containsExactly("The ", "port", " is safe", "\uD83C\uDF0A waves");
        Element port = doc.select("main mark").get(1);
        assertThat(port.hasClass("t-quote")).as("the innermost mark colours").isTrue();
        assertThat(port.hasClass("layers")).isTrue();
        assertThat(port.attr("title")).contains("Quote — Ben").contains("Dubious claim — Anna");
        assertThat(doc.select("sup.ref a")).extracting(e -> e.attr("href"))
                .containsExactlyInAnyOrder("#note-1", "#note-2", "#note-4"); // note 3 is the orphan: no mark
        assertThat(doc.select(".notes li")).hasSize(4);
        assertThat(doc.select(".notes li").get(0).text()).contains("Misleading", "Which port?", "Anna",
                "supported by", "note 4");
        assertThat(doc.select(".notes li a[href=https://example.org/w]")).hasSize(1);
        assertThat(doc.select(".orphan").text()).contains("not placed in the text");
        // Summary: claims 1 misleading + 1 without verdict (the orphan) = 2; quote 1; source 1; total 4.
        Element claims = doc.select(".summary tbody tr").get(0);
        assertThat(claims.text()).startsWith("Dubious claim");
        assertThat(claims.select("td").eachText()).containsExactly("0", "0", "1", "0", "0", "1", "2");
        assertThat(doc.select(".summary tfoot td").last().text()).isEqualTo("4");
        assertThat(doc.select(".summary p").text()).contains("Anna: 1", "Ben: 3");
    }

    @Test
    void printsWithTheNotesAfterTheText() {
        Document doc = render(List.of(at("The port is safe", "claim", "Anna")), List.of());
        String css = doc.select("style").html();
        assertThat(css).contains("@media print").contains(".layout { display: block; }")
                .contains("print-color-adjust: exact").contains("@page");
        assertThat(css).contains("mark.t-claim { background: #D55E0040; }");
        assertThat(doc.select("link[rel=stylesheet], script, img")).as("standalone: nothing to fetch").isEmpty();
    }
}
