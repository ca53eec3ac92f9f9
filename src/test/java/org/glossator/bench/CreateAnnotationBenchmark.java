package org.glossator.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.workspace.AnnotationService;
import org.glossator.workspace.UndoHistory;

/**
 * Creating an annotation from the key press to the committed row: what the key
 * handler runs on the worker (target from the selection, INSERT, COMMIT with
 * synchronous=FULL) on a real SQLite file that already holds 10,000 annotations.
 */
public final class CreateAnnotationBenchmark {
    private static final int WARM_UP = 300;
    private static final int MEASURED = 2000;

    private CreateAnnotationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("glossator-bench");
        try (SqliteStore store = SqliteStore.open(dir.resolve("bench.db"))) {
            String text = BenchText.article(200_000, 7);
            long id = store.articles().add(new ArticleDraft("Bench", null, null, null, null, text, null)).id();
            Article article = store.articles().find(id).orElseThrow();
            AnnotationService service = new AnnotationService(store, new UndoHistory(), Clock.systemUTC());
            AnnotationType claim = store.scheme().types().get(0);
            for (int i = 0; i < 10_000; i++) {
                int start = (i * 17) % (text.length() - 100);
                service.create(article, start, start + 60, claim, "bench");
            }
            for (int i = 0; i < WARM_UP; i++) {
                service.create(article, i, i + 40, claim, "bench");
            }
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                int start = (i * 31) % (text.length() - 100);
                long t0 = System.nanoTime();
                service.create(article, start, start + 50, claim, "bench");
                nanos[i] = System.nanoTime() - t0;
            }
            Stats stats = new Stats(nanos);
            System.out.println("## Create annotation (key press to committed row)");
            System.out.println();
            System.out.println("| runs | median | p90 | p99 | max |");
            System.out.println("|---|---|---|---|---|");
            System.out.printf("| %d | %s | %s | %s | %s |%n", MEASURED, Stats.ms(stats.median()),
                    Stats.ms(stats.percentile(90)), Stats.ms(stats.percentile(99)), Stats.ms(stats.percentile(100)));
            System.out.println();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
