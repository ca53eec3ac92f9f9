package org.glossator.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.glossator.domain.ArticleSummary;
import org.glossator.ui.common.Assets;
import org.glossator.ui.corpus.CorpusView;

/**
 * Issue 13: the corpus list of 10,000 articles scrolls without a stall. The real
 * {@link CorpusView} in a window (headless Monocle under the bench profile) gets 10,000
 * summaries with long, accented, repeated titles; then it is scrolled from top to bottom a page
 * at a time, and each page's frame work (CSS and layout of the cells) is timed, as is filling
 * the list and filtering it. A frame at 60 Hz has 16.7 ms.
 */
public final class CorpusListBenchmark {
    private static final int ARTICLES = 10_000;
    private static final int PAGE = 20;

    private CorpusListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run();
        Platform.exit();
    }

    /** Leaves the toolkit running, for the benchmarks that follow in the same JVM. */
    static void run() throws Exception {
        BenchFx.start();
        List<ArticleSummary> summaries = summaries();
        CorpusView view = BenchFx.onFx(() -> {
            Assets.loadFonts();
            CorpusView v = new CorpusView((a, t) -> { }, a -> { });
            Stage stage = new Stage();
            Scene scene = new Scene(v, 360, 900);
            scene.getStylesheets().add(Assets.stylesheet());
            stage.setScene(scene);
            stage.show();
            return v;
        });
        long fill = BenchFx.onFx(() -> {
            long t0 = System.nanoTime();
            view.setArticles(summaries);
            view.applyCss();
            view.layout();
            return System.nanoTime() - t0;
        });
        @SuppressWarnings("unchecked")
        TableView<ArticleSummary> table = BenchFx.onFx(() -> (TableView<ArticleSummary>) view.lookup("#corpus-table"));
        List<Long> pages = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up; the second is reported
            pages.clear();
            for (int row = 0; row < ARTICLES; row += PAGE) {
                int target = row;
                pages.add(BenchFx.onFx(() -> {
                    long t0 = System.nanoTime();
                    table.scrollTo(target);
                    table.applyCss();
                    table.layout();
                    return System.nanoTime() - t0;
                }));
            }
        }
        long filter = BenchFx.onFx(() -> {
            long t0 = System.nanoTime();
            view.filterField().setText("licence");
            view.applyCss();
            view.layout();
            return System.nanoTime() - t0;
        });
        long[] sorted = pages.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.println("## Corpus list of 10,000 articles (CorpusListBenchmark)\n");
        System.out.printf(Locale.ROOT, "load average while running: %.1f%n%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| measure | value |\n|---|---|");
        System.out.printf(Locale.ROOT, "| fill the list (10,000 rows), first layout | %.1f ms |%n", fill / 1e6);
        System.out.printf(Locale.ROOT, "| scroll a page (%d rows), %d pages: median | %.2f ms |%n", PAGE, sorted.length,
                sorted[sorted.length / 2] / 1e6);
        System.out.printf(Locale.ROOT, "| … p99 | %.2f ms |%n", sorted[(int) (sorted.length * 0.99)] / 1e6);
        System.out.printf(Locale.ROOT, "| … max | %.2f ms |%n", sorted[sorted.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "| … pages over one 60 Hz frame (16.7 ms) | %d |%n",
                Arrays.stream(sorted).filter(t -> t > 16_700_000L).count());
        System.out.printf(Locale.ROOT, "| filter by a word | %.1f ms |%n", filter / 1e6);
        System.out.println();
    }

    private static List<ArticleSummary> summaries() {
        Random random = new Random(17);
        String[] words = {"Open", "weights", "licence", "Modèle", "ouvert", "«source»", "Zoë’s", "review",
            "model", "card", "—", "data", "training", "claims", "explained", "myth"};
        List<ArticleSummary> list = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 6 + random.nextInt(14); w++) {
                title.append(words[random.nextInt(words.length)]).append(' ');
            }
            list.add(new ArticleSummary(i + 1, title.toString().strip(), "Author " + random.nextInt(300),
                    "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10), 300 + random.nextInt(3000),
                    random.nextInt(40)));
        }
        return list;
    }
}
