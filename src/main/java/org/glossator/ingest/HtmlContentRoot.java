package org.glossator.ingest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The element that holds the article: {@code <article>} (the largest, when a page
 * also marks up teasers as articles), else {@code <main>}, else {@code [role=main]},
 * else the element whose paragraphs hold the most text, provided that is most of the
 * page's text. When the paragraphs are spread over many small containers no single one
 * is the article, and the whole body is read instead: some clutter is better than
 * losing part of the article.
 */
final class HtmlContentRoot {
    private static final double MIN_SHARE_OF_PAGE_TEXT = 0.5;

    private HtmlContentRoot() {
    }

    /** Whether the page itself marks the element as its article or main content. */
    static boolean isMarkedUp(Element element) {
        return element.normalName().equals("article") || element.normalName().equals("main")
                || "main".equals(element.attr("role"));
    }

    static Element find(Document page) {
        Element body = page.body();
        Element article = body.select("article").stream()
                .max(Comparator.comparingInt(element -> element.text().length())).orElse(null);
        if (article != null) {
            return article;
        }
        Element main = body.selectFirst("main");
        if (main != null) {
            return main;
        }
        Element roleMain = body.selectFirst("[role=main]");
        if (roleMain != null) {
            return roleMain;
        }
        Map<Element, Integer> paragraphText = new LinkedHashMap<>();
        for (Element paragraph : body.select("p")) {
            if (paragraph.parent() != null) {
                paragraphText.merge(paragraph.parent(), paragraph.text().length(), Integer::sum);
            }
        }
        int pageText = body.text().length();
        return paragraphText.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(best -> best.getValue() >= pageText * MIN_SHARE_OF_PAGE_TEXT)
                .map(Map.Entry::getKey).orElse(body);
    }
}
