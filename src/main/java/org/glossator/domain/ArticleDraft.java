package org.glossator.domain;

import java.util.List;

/**
 * An article as an importer produces it, before it has an id in the corpus.
 * {@code text} is the reading text (no markup); {@code formatting} styles it;
 * {@code provenance} tells how it was decoded and repaired.
 */
public record ArticleDraft(String title, String author, String published, String sourceUrl,
                           String fileName, String text, List<StyleSpan> formatting,
                           TextProvenance provenance) {
    public ArticleDraft(String title, String author, String published, String sourceUrl,
                        String fileName, String text, List<StyleSpan> formatting) {
        this(title, author, published, sourceUrl, fileName, text, formatting, TextProvenance.UNKNOWN);
    }

    public ArticleDraft {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an article needs text");
        }
        title = title == null || title.isBlank() ? fallbackTitle(fileName) : title.strip();
        formatting = formatting == null ? List.of() : List.copyOf(formatting);
        provenance = provenance == null ? TextProvenance.UNKNOWN : provenance;
    }

    /**
     * A file without a title of its own is called by its file name, as a reader would say it:
     * without the extension, underscores as spaces ("interview_notes_2024.txt" is "interview notes
     * 2024"). The file name itself stays in {@link #fileName()}.
     */
    static String fallbackTitle(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Untitled";
        }
        String name = fileName.strip();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.replace('_', ' ').strip();
        return name.isEmpty() ? fileName.strip() : name;
    }
}
