package org.glossator.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.StyleSpans;
import org.glossator.domain.Article;
import org.glossator.domain.TextHash;
import org.glossator.ui.common.Assets;
import org.glossator.ui.model.Mark;
import org.glossator.ui.reader.ReaderPane;

/**
 * Opening a 1 MB article that carries 10,000 annotations (overlapping and nested) in
 * a real reader pane, measured against a plain setStyleSpans of the same spans in
 * the same run; then the incremental restyle after one new annotation, and scrolling.
 * Runs on the JavaFX toolkit (headless Monocle under the bench profile).
 */
public final class HighlightBenchmark {
    private static final int MARKS = 10_000;
    private static final int RUNS = 5;

    private HighlightBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchFx.start();
        String text = BenchText.article(1_000_000, 11);
        Article article = new Article(1, "Bench", null, null, null, "bench.txt", text, TextHash.sha256(text),
                Instant.now(), List.of());
        List<Mark> marks = marks(text.length());

        ReaderPane pane = BenchFx.onFx(() -> {
            Assets.loadFonts();
            ReaderPane p = new ReaderPane("Bench");
            Stage stage = new Stage();
            Scene scene = new Scene(p, 900, 1000);
            scene.getStylesheets().add(Assets.stylesheet());
            stage.setScene(scene);
            stage.show();
            return p;
        });

        long[] open = new long[RUNS];
        long[] compute = new long[RUNS];
        long[] plain = new long[RUNS];
        long[] incremental = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            open[run] = BenchFx.onFx(() -> {
                long t0 = System.nanoTime();
                pane.show(article, marks);
                pane.applyCss();
                pane.layout();
                return System.nanoTime() - t0;
            });
            StyleSpans<Collection<String>>[] spans = new StyleSpans[1];
            compute[run] = BenchFx.onFx(() -> {
                long t0 = System.nanoTime();
                spans[0] = pane.computeAllSpans();
                return System.nanoTime() - t0;
            });
            plain[run] = BenchFx.onFx(() -> {
                long t0 = System.nanoTime();
                pane.textArea().setStyleSpans(0, spans[0]);
                pane.applyCss();
                pane.layout();
                return System.nanoTime() - t0;
            });
            List<Mark> plusOne = new ArrayList<>(marks);
            int at = 400_000 + run * 1000;
            plusOne.add(new Mark("new-" + run, at, at + 120, "quote"));
            incremental[run] = BenchFx.onFx(() -> {
                long t0 = System.nanoTime();
                pane.updateMarks(plusOne, List.of(new int[] {at, at + 120}));
                pane.applyCss();
                pane.layout();
                return System.nanoTime() - t0;
            });
        }
        long scrollNanos = BenchFx.onFx(() -> {
            int paragraphs = pane.textArea().getParagraphs().size();
            long t0 = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                pane.textArea().showParagraphAtTop((int) ((long) i * paragraphs / 100));
                pane.layout();
            }
            return (System.nanoTime() - t0) / 100;
        });
        Stats openStats = new Stats(open);
        Stats computeStats = new Stats(compute);
        Stats plainStats = new Stats(plain);
        Stats incStats = new Stats(incremental);
        System.out.println("## Open a 1 MB article with 10,000 annotations");
        System.out.println();
        System.out.printf("Text: %,d chars in %,d paragraphs; %,d marks (random, overlapping and nested).%n%n",
                text.length(), BenchFx.onFx(() -> pane.textArea().getParagraphs().size()), marks.size());
        System.out.println("| measure (median of " + RUNS + ") | time |");
        System.out.println("|---|---|");
        System.out.println("| open and show highlighted (replace text, paragraph styles, spans, layout) | "
                + Stats.ms(openStats.median()) + " |");
        System.out.println("| highlight computation alone (flatten 10,000 overlapping marks to spans) | "
                + Stats.ms(computeStats.median()) + " |");
        System.out.println("| plain setStyleSpans of the same spans (+ layout) | " + Stats.ms(plainStats.median()) + " |");
        System.out.printf("| ratio computation / plain setStyleSpans | %.2f |%n",
                computeStats.median() / plainStats.median());
        System.out.println("| add one annotation: restyle only its paragraphs (+ layout) | "
                + Stats.ms(incStats.median()) + " |");
        System.out.println("| scroll: jump to a new position and lay out (mean of 100) | "
                + Stats.ms(scrollNanos / 1e6) + " |");
        System.out.println();
        Platform.exit();
    }

    private static List<Mark> marks(int length) {
        Random r = new Random(5);
        List<Mark> marks = new ArrayList<>(MARKS);
        String[] types = {"claim", "quote", "source"};
        for (int i = 0; i < MARKS; i++) {
            int start;
            int len;
            if (i % 5 == 4 && !marks.isEmpty()) {
                Mark outer = marks.get(marks.size() - 1); // nested inside the previous one
                start = outer.start() + outer.length() / 4;
                len = Math.max(1, outer.length() / 2);
            } else {
                start = r.nextInt(length - 600);
                len = 10 + r.nextInt(400);
            }
            marks.add(new Mark("m" + i, start, start + len, types[r.nextInt(3)]));
        }
        return marks;
    }
}
