package org.glossator.ingest;

import java.util.List;
import java.util.Optional;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Markdown through the CommonMark parser: the text comes from the syntax tree, so no
 * markup characters can leak into the reading text. The first top-level heading (any
 * level) is the title unless front matter names one; front matter supplies metadata.
 */
final class MarkdownReader implements FormatReader {
    /** Immutable and safe to share between threads. GFM tables, ~~strikethrough~~ and bare URLs as on GitHub. */
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create())).build();
    private static final int BYLINE_SEARCH_PARAGRAPHS = 3;

    @Override
    public ExtractedArticle extract(String text) {
        MarkdownFrontMatter frontMatter = MarkdownFrontMatter.split(text);
        Node document = PARSER.parse(frontMatter.body());

        Heading firstHeading = firstTopLevelHeading(document);
        String headingText = firstHeading == null ? null : MarkdownBodyWalker.walk(firstHeading, null)
                .text().replace('\n', ' ');
        String declaredTitle = frontMatter.first("title");
        String title = declaredTitle != null ? declaredTitle : headingText;
        // The heading is only removed when it is the title, so front matter never hides a different heading.
        Heading titleHeading = headingText != null && headingText.equalsIgnoreCase(title) ? firstHeading : null;

        boolean lineBreaks = SoftBreakUsage.separatesParagraphs(document);
        ReadingText body = MarkdownBodyWalker.walk(document, titleHeading, lineBreaks);
        if (body.isEmpty() && titleHeading != null) {
            // A document that is nothing but a heading still has that heading to read.
            body = MarkdownBodyWalker.walk(document, null, lineBreaks);
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

    /**
     * The title heading: the first heading outside any quote or list among those of the
     * highest level the document uses. Pages saved from the web often start at "##"
     * (the site's name was the "#"); a "## Kicker" above a "# Headline" stays a kicker.
     */
    private static Heading firstTopLevelHeading(Node document) {
        Heading best = null;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && (best == null || heading.getLevel() < best.getLevel())) {
                best = heading;
            }
        }
        return best;
    }
}
