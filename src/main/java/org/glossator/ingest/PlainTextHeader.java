package org.glossator.ingest;

import java.util.List;
import java.util.Optional;

/**
 * The header many plain-text articles start with:
 * <pre>
 * A Short Title Without a Full Stop
 * By Jane Doe
 * Published 4 June 2025
 * </pre>
 * A first line only counts as a title if it is short, does not end like a sentence,
 * and is followed by a blank line or a byline; otherwise it is the first paragraph.
 */
record PlainTextHeader(String title, String author, String published, int bodyStart) {
    private static final int MAX_TITLE_LENGTH = 200;
    private static final int MAX_DATE_LINES = 2;

    static PlainTextHeader read(List<String> lines, int start) {
        int titleLine = nextNonBlank(lines, start);
        if (titleLine >= lines.size() || !looksLikeTitle(lines.get(titleLine).strip())
                || !followedByBreakOrByline(lines, titleLine)) {
            return new PlainTextHeader(null, null, null, start);
        }
        int position = titleLine + 1;
        String author = null;
        String bylineDate = null;
        int bylineLine = nextNonBlank(lines, position);
        Optional<Byline> byline = bylineLine < lines.size() ? Byline.parse(lines.get(bylineLine)) : Optional.empty();
        if (byline.isPresent()) {
            author = byline.get().author();
            bylineDate = byline.get().published();
            position = bylineLine + 1;
        }
        String publishedDate = null;
        String updatedDate = null;
        for (int i = 0; i < MAX_DATE_LINES; i++) {
            int dateLine = nextNonBlank(lines, position);
            Optional<PublishedDate.DateLine> date = dateLine < lines.size()
                    ? PublishedDate.parseDateLine(lines.get(dateLine)) : Optional.empty();
            if (date.isEmpty()) {
                break;
            }
            if (date.get().isUpdate()) {
                updatedDate = updatedDate == null ? date.get().iso() : updatedDate;
            } else {
                publishedDate = publishedDate == null ? date.get().iso() : publishedDate;
            }
            position = dateLine + 1;
        }
        String published = firstNonNull(bylineDate, publishedDate, updatedDate);
        return new PlainTextHeader(lines.get(titleLine).strip(), author, published, position);
    }

    private static boolean looksLikeTitle(String line) {
        return line.length() < MAX_TITLE_LENGTH
                && !PlainTextParagraphs.endsWithFullStop(line)
                && !PlainTextParagraphs.isListItem(line)
                && Byline.parse(line).isEmpty()
                && PublishedDate.parseDateLine(line).isEmpty();
    }

    private static boolean followedByBreakOrByline(List<String> lines, int titleLine) {
        int next = titleLine + 1;
        return next < lines.size() && (lines.get(next).isBlank()
                || Byline.parse(lines.get(next)).isPresent()
                || PublishedDate.parseDateLine(lines.get(next)).isPresent());
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
