package org.glossator.domain;

import java.time.Instant;
import java.util.List;

/** An article held in the corpus. {@code sha256} identifies its text across machines. */
public record Article(long id, String title, String author, String published, String sourceUrl,
                      String fileName, String text, String sha256, Instant importedAt,
                      List<StyleSpan> formatting) {
    public Article {
        formatting = formatting == null ? List.of() : List.copyOf(formatting);
    }

    public int wordCount() {
        return WordCounter.count(text);
    }
}
