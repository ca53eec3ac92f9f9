package org.glossator.ingest;

import java.util.Optional;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Markdown through the CommonMark parser: the text comes from the syntax tree, so no
 * markup characters can leak into the reading text. The first top-level "# Heading"
 * is the title; front matter, when present, supplies metadata.
 */
final class MarkdownReader implements FormatReader {
    /** Immutable and safe to share between threads. */
    private static final Parser PARSER = Parser.builder().build();
    private static final int BYLINE_SEARCH_PARAGRAPHS = 3;

    @Override
    public ExtractedArticle extract(String text) {
        MarkdownFrontMatter frontMatter = MarkdownFrontMatter.split(text);
        Node document = PARSER.parse(frontMatter.body());

        Heading firstHeading = firstTopLevelHeadingIfLevelOne(document);
        String headingText = firstHeading == null ? null : MarkdownBodyWalker.walk(firstHeading, null)
                .text().replace('\n', ' ');
        String declaredTitle = frontMatter.first("title");
        String title = declaredTitle != null ? declaredTitle : headingText;
        // The heading is only removed when it is the title, so front matter never hides a different heading.
        Heading titleHeading = headingText != null && headingText.equalsIgnoreCase(title) ? firstHeading : null;

        ReadingText body = MarkdownBodyWalker.walk(document, titleHeading);
        if (body.isEmpty() && titleHeading != null) {
            // A document that is nothing but a heading still has that heading to read.
            body = MarkdownBodyWalker.walk(document, null);
        }

        Byline byline = body.firstParagraphs(BYLINE_SEARCH_PARAGRAPHS).stream()
                .map(Byline::parse).flatMap(Optional::stream).findFirst().orElse(null);
        String author = frontMatter.first("author", "authors", "by");
        if (author == null && byline != null) {
            author = byline.author();
        }
        String published = PublishedDate.isoOrRaw(frontMatter.first("date", "published", "pubdate", "published_at"));
        if (published == null && byline != null) {
            published = byline.published();
        }
        String sourceUrl = HttpUrls.absoluteOrNull(frontMatter.first(
                "url", "source_url", "source", "canonical_url", "canonical", "original_url", "link"));
        return new ExtractedArticle(title, author, published, sourceUrl, body);
    }

    /** The document's first heading, if it is a level-one heading outside any quote or list. */
    private static Heading firstTopLevelHeadingIfLevelOne(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                return heading.getLevel() == 1 ? heading : null;
            }
        }
        return null;
    }
}
