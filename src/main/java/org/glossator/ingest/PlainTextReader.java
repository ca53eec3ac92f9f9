package org.glossator.ingest;

import java.util.List;
import java.util.regex.Pattern;

/** Plain text: a header (title, byline, date) when the file has one, then paragraphs. */
final class PlainTextReader implements FormatReader {
    /** Text copied from a web page often starts with the page's skip link. It is not part of the article. */
    private static final Pattern SKIP_LINK = Pattern.compile(
            "(?i)(skip|jump) to (the )?(main )?(content|article|navigation)|skip navigation");

    @Override
    public ExtractedArticle extract(String text) {
        List<String> lines = text.lines().toList();
        int start = 0;
        while (start < lines.size() && (lines.get(start).isBlank()
                || SKIP_LINK.matcher(lines.get(start).strip()).matches())) {
            start++;
        }
        PlainTextHeader header = PlainTextHeader.read(lines, start);
        ReadingText body = PlainTextParagraphs.build(lines.subList(header.bodyStart(), lines.size()));
        if (body.isEmpty()) {
            // A file that is nothing but a short line is a (short) article, not a title without a body.
            return new ExtractedArticle(null, null, null, null,
                    PlainTextParagraphs.build(lines.subList(start, lines.size())));
        }
        return new ExtractedArticle(header.title(), header.author(), header.published(), null, body);
    }
}
