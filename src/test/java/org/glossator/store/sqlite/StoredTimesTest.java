package org.glossator.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.glossator.anchoring.Targets;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Times a streamed row passes on as stored bytes are always in the form the export writes. */
class StoredTimesTest {
    @TempDir
    Path dir;

    @Test
    void timesInAnotherFormThanTheStoresOwnAreWrittenAgainAsInstantWouldWriteThem() throws Exception {
        Path file = dir.resolve("g.db");
        String text = "One claim here and another there.";
        List<String> ids = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(file)) {
            long article = store.articles().add(new ArticleDraft("T", null, null, null, null, text, List.of())).id();
            for (int i = 0; i < 5; i++) {
                Instant t = Instant.parse("2024-05-01T12:30:00Z");
                Annotation a = Annotation.builder().id(UUID.randomUUID().toString()).articleId(article)
                        .typeKey("claim").target(Targets.fromCharRange(text, 4, 9)).note("").tags(List.of())
                        .creator("alice").created(t).modified(t).build();
                store.annotations().save(a);
                ids.add(a.id());
            }
        }
        // As another program might have left them: an offset, extra zeros, a long fraction.
        String[] stored = {"2024-05-01T13:30:00+01:00", "2024-05-01T12:30:00.000Z", "2024-05-01T12:30:00.500000Z",
            "2024-05-01T12:30:00.123456789Z", "2024-05-01T12:30:00Z"};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("UPDATE annotation SET created = ? WHERE id = ?")) {
            for (int i = 0; i < stored.length; i++) {
                ps.setString(1, stored[i]);
                ps.setString(2, ids.get(i));
                ps.executeUpdate();
            }
        }
        List<String> created = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(file)) {
            long article = store.articles().summaries().get(0).id();
            store.annotations().forEachRowOfArticle(article, null,
                    row -> created.add(ids.indexOf(row.id()) + " " + new String(row.created(), StandardCharsets.UTF_8)));
        }
        assertThat(created).containsExactlyInAnyOrder("0 2024-05-01T12:30:00Z", "1 2024-05-01T12:30:00Z",
                "2 2024-05-01T12:30:00.500Z", "3 2024-05-01T12:30:00.123456789Z", "4 2024-05-01T12:30:00Z");
    }
}
