package org.glossator.store.sqlite;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextTarget;

/** Builders for test data shared by the store tests. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    static ArticleDraft draft(String title, String text) {
        return new ArticleDraft(title, "A. Writer", "2025-03-01", null, title + ".txt", text, List.of());
    }

    /**
     * Adds an article to a database made by an older Glossator, with the columns version 1
     * had (today's repository writes columns an old schema does not have yet).
     */
    static long oldArticle(java.nio.file.Path file, String title, String text) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var ps = c.prepareStatement("INSERT INTO article(title, author, text, sha256, word_count, imported_at)"
                     + " VALUES (?, 'A. Writer', ?, ?, ?, '2025-03-01T00:00:00Z')")) {
            ps.setString(1, title);
            ps.setString(2, text);
            ps.setString(3, org.glossator.domain.TextHash.sha256(text));
            ps.setInt(4, text.split("\\s+").length);
            ps.executeUpdate();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Annotation annotation(long articleId, String type, int start, int end, String exact) {
        Instant now = Instant.parse("2025-06-01T10:15:30.123Z");
        return Annotation.builder().id(UUID.randomUUID().toString()).articleId(articleId).typeKey(type)
                .target(new TextTarget(start, end, exact, "", "")).note("note").tags(List.of("a", "b"))
                .creator("Ada").created(now).modified(now).build();
    }
}
