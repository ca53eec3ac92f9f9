package org.glossator.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glossator.classroom.ClassroomFixtures;
import org.glossator.classroom.analysis.AgreementCalculator;
import org.glossator.classroom.analysis.AgreementReport;
import org.glossator.classroom.analysis.Heatmap;
import org.glossator.classroom.analysis.RatedArticle;
import org.glossator.domain.Annotation;

/**
 * A class's agreement and heatmaps: 30 students, 10 articles of 1,000 words, about 15 marks per
 * student and article (of 3 types), plus a reference. Times the whole AgreementCalculator.compute
 * (44 rows of αu and Fleiss' kappa, precision and recall) and the 10 heatmaps. Prints a Markdown
 * table. Usage: {@code ClassAgreementBenchmark [students]}.
 */
public final class ClassAgreementBenchmark {
    private static final int ARTICLES = 10;
    private static final int WORDS = 1000;
    private static final List<String> TYPES = List.of("claim", "quote", "source");
    private static final int RUNS = 3;

    private ClassAgreementBenchmark() {
    }

    public static void main(String[] args) {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Random random = new Random(2026);
        List<RatedArticle> articles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            names.add("Student " + (s + 1));
        }
        int marks = 0;
        for (int a = 0; a < ARTICLES; a++) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[WORDS];
            int[] ends = new int[WORDS];
            for (int w = 0; w < WORDS; w++) {
                if (w > 0) {
                    text.append(w % 40 == 0 ? '\n' : ' ');
                }
                starts[w] = text.length();
                text.append("word").append(w);
                ends[w] = text.length();
            }
            String t = text.toString();
            List<int[]> truth = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                int first = 20 + i * 64 + random.nextInt(20);
                truth.add(new int[] {first, first + 3 + random.nextInt(8), i % 3});
            }
            Map<String, List<Annotation>> layers = new LinkedHashMap<>();
            for (String name : names) {
                List<Annotation> own = new ArrayList<>();
                for (int[] m : truth) {
                    if (random.nextDouble() < 0.8) {
                        int first = Math.max(0, m[0] + random.nextInt(5) - 2);
                        int last = Math.min(WORDS - 1, Math.max(first, m[1] + random.nextInt(5) - 2));
                        own.add(ClassroomFixtures.span(a, starts[first], ends[last], "x", TYPES.get(m[2]), name));
                    }
                }
                if (random.nextDouble() < 0.5) {
                    int first = random.nextInt(WORDS - 10);
                    own.add(ClassroomFixtures.span(a, starts[first], ends[first + 4], "x", "claim", name));
                }
                marks += own.size();
                layers.put(name, own);
            }
            List<Annotation> reference = new ArrayList<>();
            for (int[] m : truth) {
                reference.add(ClassroomFixtures.span(a, starts[m[0]], ends[m[1]], "x", TYPES.get(m[2]), "Teacher"));
            }
            articles.add(new RatedArticle(a, "Article " + a, t, layers, reference));
        }
        long[] agreement = new long[RUNS];
        long[] agreementCpu = new long[RUNS];
        long[] heat = new long[RUNS];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        AgreementReport report = null;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            report = new AgreementCalculator().compute(articles, names, TYPES);
            agreement[run] = System.nanoTime() - t0;
            agreementCpu[run] = threads.getCurrentThreadCpuTime() - c0;
            long t1 = System.nanoTime();
            for (RatedArticle article : articles) {
                Heatmap.of(article.students()).hottest(article.students(), 10);
            }
            heat[run] = System.nanoTime() - t1;
        }
        System.out.println("## Class agreement (ClassAgreementBenchmark)");
        System.out.println();
        System.out.printf("%d students, %d articles of %d words, %d marks, %d agreement rows; median of %d runs%n%n",
                students, ARTICLES, WORDS, marks, report.rows().size(), RUNS);
        System.out.println("| work | median (wall) | max (wall) | median CPU time of the thread |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| agreement (αu, Fleiss' κ, precision/recall) | %s | %s | %s |%n",
                Stats.ms(new Stats(agreement).median()), Stats.ms(new Stats(agreement).percentile(100)),
                Stats.ms(new Stats(agreementCpu).median()));
        System.out.printf("| heatmaps and hottest passages, all articles | %s | %s | |%n",
                Stats.ms(new Stats(heat).median()), Stats.ms(new Stats(heat).percentile(100)));
        System.out.printf("%nαu over all articles and types: %.3f; Fleiss' κ: %.3f%n%n",
                report.row(null, null).alphaU(), report.row(null, null).kappa());
    }
}
