package org.glossator.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes out of a page everything that is not the article: scripts, navigation, page
 * header and footer, sidebars, forms, and elements whose class or id names them as
 * sharing widgets, newsletter boxes, related links, cookie banners, ads, menus,
 * breadcrumbs or comments. Annotators would otherwise read "Share on X" as part of
 * the article.
 */
final class HtmlClutterRemover {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, object, embed,"
            + " canvas, audio, video, button, select, textarea";
    private static final String PAGE_FURNITURE = "nav, aside, [role=navigation], [role=banner],"
            + " [role=complementary], [role=contentinfo]";
    /** Whole words of a class or id that mark clutter ("ad" only whole, so "head" and "shadow" are safe). */
    private static final Set<String> CLUTTER_WORDS = Set.of("ad", "ads", "comment", "comments", "disqus",
            "menu", "menus", "subscribe", "subscription", "sponsored");
    /** Beginnings of words that mark clutter: "share", "sharebar", "social-links", "related-posts", "promo"... */
    private static final List<String> CLUTTER_PREFIXES = List.of("share", "sharing", "social", "newsletter",
            "related", "cookie", "advert", "breadcrumb", "promo");
    /** Holding any of these means an element wraps the article itself and must stay. */
    private static final String ARTICLE_CONTAINERS = "article, main, [role=main]";
    /**
     * A class name is weaker evidence than a tag: a wrapper called "has-share-bar" may
     * hold the headline too, and then it is not clutter.
     */
    private static final String ARTICLE_CONTAINERS_OR_HEADLINE = ARTICLE_CONTAINERS + ", h1";

    private HtmlClutterRemover() {
    }

    static void clean(Document page) {
        page.select(NEVER_TEXT).remove();
        removeUnlessHolding(ARTICLE_CONTAINERS, page.select(PAGE_FURNITURE));
        // Some frameworks wrap the whole page in one form; only the small ones (search, sign-up) go.
        removeUnlessHolding(ARTICLE_CONTAINERS_OR_HEADLINE, page.select("form"));
        for (Element header : page.select("header")) {
            // An article's own header carries its headline; the page header carries the site's logo and menu.
            boolean articleHeader = header.closest("article") != null && !header.select("h1, h2").isEmpty();
            if (!articleHeader) {
                removeUnlessHolding(ARTICLE_CONTAINERS, List.of(header));
            }
        }
        for (Element footer : page.select("footer")) {
            // Inside a quote or figure, a footer is the attribution, which readers check.
            if (footer.closest("blockquote, figure") == null) {
                removeUnlessHolding(ARTICLE_CONTAINERS, List.of(footer));
            }
        }
        removeUnlessHolding(ARTICLE_CONTAINERS_OR_HEADLINE, page.body().select("*").stream()
                .filter(HtmlClutterRemover::namedAsClutter).toList());
    }

    private static void removeUnlessHolding(String keepers, List<Element> elements) {
        for (Element element : elements) {
            boolean attached = element.parent() != null && !element.normalName().equals("body");
            if (attached && element.select(keepers).isEmpty()) {
                element.remove();
            }
        }
    }

    private static boolean namedAsClutter(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[^a-z0-9]+")) {
            if (CLUTTER_WORDS.contains(word) || CLUTTER_PREFIXES.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
