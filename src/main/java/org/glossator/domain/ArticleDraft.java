package org.glossator.domain;

import java.util.List;

/**
 * An article as an importer produces it, before it has an id in the corpus.
 * {@code text} is the reading text (no markup); {@code formatting} styles it.
 */
public record ArticleDraft(String title, String author, String published, String sourceUrl,
                           String fileName, String text, List<StyleSpan> formatting) {
    public ArticleDraft {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an article needs text");
        }
        title = title == null || title.isBlank() ? fallbackTitle(fileName) : title.strip();
        formatting = formatting == null ? List.of() : List.copyOf(formatting);
    }

    private static String fallbackTitle(String fileName) {
        return fileName == null || fileName.isBlank() ? "Untitled" : fileName;
    }
}
