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

    static Annotation annotation(long articleId, String type, int start, int end, String exact) {
        Instant now = Instant.parse("2025-06-01T10:15:30.123Z");
        return Annotation.builder().id(UUID.randomUUID().toString()).articleId(articleId).typeKey(type)
                .target(new TextTarget(start, end, exact, "", "")).note("note").tags(List.of("a", "b"))
                .creator("Ada").created(now).modified(now).build();
    }
}
