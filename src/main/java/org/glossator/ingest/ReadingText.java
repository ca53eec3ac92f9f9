package org.glossator.ingest;

import java.util.List;

import org.glossator.domain.StyleSpan;

/** Reading text (one paragraph per line) and the style spans over it. */
record ReadingText(String text, List<StyleSpan> spans) {
    ReadingText {
        spans = List.copyOf(spans);
    }

    boolean isEmpty() {
        return text.isBlank();
    }

    /** The first {@code count} paragraphs, for readers that look for a byline near the top. */
    List<String> firstParagraphs(int count) {
        return text.lines().limit(count).toList();
    }
}
