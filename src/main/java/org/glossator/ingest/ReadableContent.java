package org.glossator.ingest;

import java.util.Optional;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Element;

/**
 * The main content of a page that does not mark its article up ({@code <article>},
 * {@code <main>}), found by Readability4J, a port of Mozilla's Readability (the
 * algorithm behind Firefox's Reader View): it scores containers by their paragraphs,
 * commas and link density, and keeps headings, paragraphs, quotes and lists.
 */
final class ReadableContent {
    /** Below this, Readability found a fragment rather than the article; the whole page is safer. */
    private static final int MIN_ARTICLE_CHARS = 200;
    /** No valid URL is known for a file on disk; Readability only needs one to resolve relative links. */
    private static final String BASE_URL = "https://glossator.invalid/";

    private ReadableContent() {
    }

    static Optional<Element> find(String html) {
        try {
            Article article = new Readability4JExtended(BASE_URL, html).parse();
            Element content = article.getArticleContent();
            if (content == null || content.text().length() < MIN_ARTICLE_CHARS) {
                return Optional.empty();
            }
            return Optional.of(content);
        } catch (RuntimeException e) {
            // A library failure on one odd page must not cost the import: fall back to our own extraction.
            return Optional.empty();
        }
    }
}
