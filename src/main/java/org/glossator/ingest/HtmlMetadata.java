package org.glossator.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, author, date and canonical URL of a web page, read from the places pages
 * put them, most reliable first. Must be read before clutter is removed: bylines
 * and dates often sit in the page header.
 */
record HtmlMetadata(String title, String author, String published, String sourceUrl) {
    /** What sites put between an article's title and their own name in {@code <title>}. */
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " — ", " – ", " · ", " • ", " :: ");

    static HtmlMetadata of(Document page) {
        return new HtmlMetadata(title(page), author(page), published(page), sourceUrl(page));
    }

    private static String title(Document page) {
        String heading = firstH1(page);
        String openGraph = meta(page, "property", "og:title");
        if (openGraph != null) {
            return openGraph;
        }
        String title = page.title().strip();
        if (!title.isEmpty()) {
            return withoutSiteName(title, heading);
        }
        return heading;
    }

    /**
     * "Article title | Site name" becomes "Article title", but only when the page's
     * h1 confirms which part is the article's: a title that itself contains " - " is
     * otherwise left alone.
     */
    private static String withoutSiteName(String title, String heading) {
        if (heading == null) {
            return title;
        }
        for (String separator : TITLE_SEPARATORS) {
            for (int at = title.lastIndexOf(separator); at > 0; at = title.lastIndexOf(separator, at - 1)) {
                String rest = title.substring(0, at);
                if (sameText(rest, heading)) {
                    return rest.strip();
                }
            }
        }
        return title;
    }

    private static String author(Document page) {
        for (String candidate : new String[] {meta(page, "name", "author"), meta(page, "property", "article:author")}) {
            // article:author is often a link to the author's profile page rather than a name.
            if (candidate != null && HttpUrls.absoluteOrNull(candidate) == null) {
                return candidate;
            }
        }
        List<Element> relAuthor = page.select("a[rel]").stream().filter(link -> hasRel(link, "author")).toList();
        for (List<Element> elements : List.of(relAuthor, page.select("[itemprop=author]"),
                page.select(".byline, .author"))) {
            for (Element element : elements) {
                Optional<String> name = Byline.authorFrom(element.text());
                if (name.isPresent()) {
                    return name.get();
                }
            }
        }
        return null;
    }

    private static String published(Document page) {
        String declared = meta(page, "property", "article:published_time");
        if (declared == null) {
            declared = meta(page, "name", "date");
        }
        if (declared == null) {
            declared = meta(page, "itemprop", "datePublished");
        }
        if (declared == null) {
            Element time = page.selectFirst("time[datetime]");
            declared = time == null || time.attr("datetime").isBlank() ? null : time.attr("datetime");
        }
        if (declared != null) {
            return PublishedDate.isoOrRaw(declared);
        }
        Element byline = page.selectFirst(".byline");
        return byline == null ? null : Byline.parse(byline.text()).map(Byline::published).orElse(null);
    }

    private static String sourceUrl(Document page) {
        for (Element link : page.select("link[rel][href]")) {
            if (hasRel(link, "canonical")) {
                String canonical = HttpUrls.absoluteOrNull(link.attr("href"));
                if (canonical != null) {
                    return canonical;
                }
            }
        }
        return HttpUrls.absoluteOrNull(meta(page, "property", "og:url"));
    }

    /** rel holds a list of link types, e.g. rel="author external". */
    private static boolean hasRel(Element element, String type) {
        return List.of(element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains(type);
    }

    private static String firstH1(Document page) {
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text();
    }

    /** The content of the first {@code <meta attribute="name">}, compared case-insensitively as browsers do. */
    private static String meta(Document page, String attribute, String name) {
        for (Element meta : page.select("meta[" + attribute + "]")) {
            if (meta.attr(attribute).strip().equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    static boolean sameText(String a, String b) {
        return a != null && b != null
                && a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }
}
