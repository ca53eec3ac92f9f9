package org.glossator.workspace;

import java.nio.file.Path;
import java.time.Clock;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.DefaultScheme;
import org.glossator.store.sqlite.SqliteStore;

/**
 * A writer process for the crash test: creates annotations through the same service
 * the UI uses and prints each id only after its transaction committed ("what the UI
 * showed as saved"). The test kills it with SIGKILL at a random moment.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        try (SqliteStore store = SqliteStore.open(Path.of(args[0]))) {
            String text = "Open weights are not the same thing as open source. ".repeat(200);
            long articleId = store.articles().add(new ArticleDraft("Crash", "W", null, null, "c.txt", text, null)).id();
            Article article = store.articles().find(articleId).orElseThrow();
            AnnotationService service = new AnnotationService(store, new UndoHistory(), Clock.systemUTC());
            AnnotationType claim = DefaultScheme.types().get(0);
            for (int i = 0; ; i++) {
                int start = (i * 7) % (text.length() - 40);
                String id = service.create(article, start, start + 30, claim, "writer").id();
                System.out.println("saved " + id);
                System.out.flush();
            }
        }
    }
}
