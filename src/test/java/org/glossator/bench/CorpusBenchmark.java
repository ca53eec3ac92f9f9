package org.glossator.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.time.Instant;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleSummary;
import org.glossator.domain.TextTarget;
import org.glossator.domain.Verdict;
import org.glossator.domain.Progress;
import org.glossator.store.SearchQuery;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.workspace.ArticleImportService;
import org.glossator.workspace.SearchService;

/**
 * A generated corpus of 10,000 text articles (~50 MB; sentences drawn from a shared
 * pool, so many repeat across articles; a tenth damaged: UTF-8 read as Windows-1252,
 * as Mac Roman, twice, or the file saved in Windows-1252) imported through the real
 * import path (decode, detect, repair, extract, insert, FTS5 triggers), then searched
 * with words, phrases, prefixes and annotation filters. Prints Markdown tables.
 * Usage: {@code CorpusBenchmark [articles]}.
 */
public final class CorpusBenchmark {
    private static final int SENTENCES = 4000;
    private static final int SENTENCES_PER_ARTICLE = 44;
    private static final int QUERIES = 400;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    private CorpusBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("glossator-corpus");
        try {
            run(dir, articles);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path dir, int articles) throws IOException {
        Random random = new Random(13);
        List<String> words = vocabulary(random);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < SENTENCES; i++) {
            pool.add(sentence(random, words));
        }
        Path files = Files.createDirectory(dir.resolve("articles"));
        long bytes = 0;
        int damaged = 0;
        for (int i = 0; i < articles; i++) {
            String text = article(random, pool, words, i);
            byte[] content;
            if (i % 10 == 0) {
                damaged++;
                content = switch ((i / 10) % 4) {
                    case 0 -> asWindows1252(text).getBytes(StandardCharsets.UTF_8);
                    case 1 -> new String(text.getBytes(StandardCharsets.UTF_8), MAC_ROMAN).getBytes(StandardCharsets.UTF_8);
                    case 2 -> asWindows1252(asWindows1252(text)).getBytes(StandardCharsets.UTF_8);
                    default -> text.replace('”', '"').getBytes(WINDOWS_1252);
                };
            } else {
                content = text.getBytes(StandardCharsets.UTF_8);
            }
            bytes += content.length;
            Files.write(files.resolve(String.format(Locale.ROOT, "a%05d.txt", i)), content);
        }

        System.gc();
        try (SqliteStore store = SqliteStore.open(dir.resolve("corpus.db"))) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ArticleImportService.Report report = new ArticleImportService(store).importPaths(List.of(files),
                    Progress.NONE);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            double importCpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            Runtime rt = Runtime.getRuntime();
            long heapUsed = rt.totalMemory() - rt.freeMemory();
            long repaired = report.outcomes().stream().filter(ArticleImportService.FileOutcome::repaired).count();
            long nonUtf8 = report.outcomes().stream().filter(o -> o.message().contains(", read as windows-1252")).count();

            System.out.println("## Corpus import and search (CorpusBenchmark)");
            System.out.println();
            System.out.printf(Locale.ROOT, "%,d generated .txt articles, %.1f MB, %,d damaged (%,d repaired on import,"
                            + " %,d detected as Windows-1252); sentences drawn from a pool of %,d.%n%n", articles,
                    bytes / 1e6, damaged, repaired, nonUtf8, SENTENCES);
            System.out.println("| measure | value |");
            System.out.println("|---|---|");
            System.out.printf(Locale.ROOT, "| import (read, detect, repair, extract; batched commits; FTS5 triggers)"
                    + " | %.1f s wall, %.1f s CPU (%s) |%n", importSeconds, importCpuSeconds, report.summary());
            System.out.printf(Locale.ROOT, "| load average while running (other processes on the machine) | %.1f |%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "| heap in use after import | %d MB |%n", heapUsed / (1024 * 1024));
            annotate(store, random);
            searches(store, words, random, articles);
        }
    }

    private static void searches(SqliteStore store, List<String> words, Random random, int articles) {
        SearchService search = new SearchService(store);
        String[] kinds = {"common word", "two words", "phrase", "prefix", "rare word", "type + tag + verdict filter"};
        double[][] times = new double[kinds.length][QUERIES / kinds.length];
        double[][] cpu = new double[kinds.length][QUERIES / kinds.length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int[] hits = new int[kinds.length];
        for (int warm = 0; warm < 50; warm++) {
            search.search(SearchQuery.of(words.get(random.nextInt(words.size()))));
        }
        for (int k = 0; k < kinds.length; k++) {
            for (int q = 0; q < times[k].length; q++) {
                String w1 = words.get(random.nextInt(200));
                String w2 = words.get(random.nextInt(words.size()));
                SearchQuery query = switch (k) {
                    case 0 -> top20(w1);
                    case 1 -> top20(w1 + " " + w2);
                    case 2 -> top20("\"" + w1 + " " + words.get(random.nextInt(200)) + "\"");
                    case 3 -> top20(w2.substring(0, Math.min(3, w2.length())) + "*");
                    case 4 -> top20("zq" + 2 * random.nextInt(articles));
                    default -> new SearchQuery(w1, "claim", "licence", Verdict.UNSUPPORTED, 20);
                };
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                hits[k] += search.search(query).size();
                times[k][q] = (System.nanoTime() - start) / 1e6;
                cpu[k][q] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
        }
        System.out.println();
        System.out.println("Search, top 20 hits with snippets and code-point offsets, " + QUERIES + " queries:");
        System.out.println();
        System.out.println("| query | runs | mean hits | median | p95 | max | CPU median | CPU p95 |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        double[] all = new double[0];
        double[] allCpu = new double[0];
        for (int k = 0; k < kinds.length; k++) {
            double[] t = times[k].clone();
            double[] c = cpu[k].clone();
            Arrays.sort(t);
            Arrays.sort(c);
            all = concat(all, t);
            allCpu = concat(allCpu, c);
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n",
                    kinds[k], t.length, hits[k] / (double) t.length, t[t.length / 2], t[(int) (t.length * 0.95)],
                    t[t.length - 1], c[c.length / 2], c[(int) (c.length * 0.95)]);
        }
        Arrays.sort(all);
        Arrays.sort(allCpu);
        System.out.printf(Locale.ROOT, "| **all** | %d | | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n%n",
                all.length, all[all.length / 2], all[(int) (all.length * 0.95)], all[all.length - 1],
                allCpu[allCpu.length / 2], allCpu[(int) (allCpu.length * 0.95)]);
    }

    /** One claim in every tenth article, a third of them unsupported and tagged "licence", for the filters. */
    private static void annotate(SqliteStore store, Random random) {
        List<Annotation> claims = new ArrayList<>();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        for (ArticleSummary summary : store.articles().summaries()) {
            if (summary.id() % 10 != 3) {
                continue;
            }
            boolean flagged = random.nextInt(3) == 0;
            claims.add(Annotation.builder().id(UUID.randomUUID().toString()).articleId(summary.id()).typeKey("claim")
                    .target(new TextTarget(0, 7, "Article", "", " ")).creator("bench").created(now).modified(now)
                    .verdict(flagged ? Verdict.UNSUPPORTED : Verdict.UNVERIFIED)
                    .tags(flagged ? List.of("licence") : List.of()).build());
        }
        store.annotations().saveAll(claims);
    }

    private static SearchQuery top20(String text) {
        return new SearchQuery(text, null, null, null, 20);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Made-up words (so no real text is copied), the first 200 frequent, plus accented ones. */
    private static List<String> vocabulary(Random random) {
        String[] syllables = {"ka", "lo", "mer", "tan", "vi", "so", "rel", "du", "pa", "gen", "ti", "or", "an", "qui",
            "bel", "sta", "ro", "ne", "fal", "cor"};
        List<String> words = new ArrayList<>();
        while (words.size() < 6000) {
            StringBuilder w = new StringBuilder();
            int n = 1 + random.nextInt(3);
            for (int s = 0; s < n; s++) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            if (random.nextInt(12) == 0) {
                w.append(random.nextBoolean() ? "é" : "ü");
            }
            words.add(w.toString());
        }
        return words;
    }

    private static String sentence(Random random, List<String> words) {
        int length = 8 + random.nextInt(14);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                s.append(random.nextInt(15) == 0 ? " — " : " ");
            }
            // Zipf-like: frequent words come from the first 200.
            String word = random.nextInt(3) == 0 ? words.get(random.nextInt(200)) : words.get(random.nextInt(words.size()));
            if (random.nextInt(25) == 0) {
                word = "“" + word + "”";
            } else if (random.nextInt(25) == 0) {
                word = word + "’s";
            }
            s.append(word);
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.append('.').toString();
    }

    private static String article(Random random, List<String> pool, List<String> words, int index) {
        StringBuilder text = new StringBuilder();
        text.append("Article ").append(index).append(": ").append(words.get(random.nextInt(words.size())))
                .append(' ').append(words.get(random.nextInt(words.size()))).append("\n\n");
        for (int i = 0; i < SENTENCES_PER_ARTICLE; i++) {
            text.append(pool.get(random.nextInt(pool.size())));
            if (i == 7) {
                text.append(" Reference zq").append(index * 2).append('.');
            }
            text.append(i % 5 == 4 ? "\n\n" : " ");
        }
        return text.toString();
    }

    /** UTF-8 read as Windows-1252 the way browsers do (undefined bytes become C1 controls). */
    private static String asWindows1252(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String decoded = new String(new byte[] {b}, WINDOWS_1252);
            out.append(decoded.equals("\uFFFD") ? (char) (b & 0xFF) : decoded.charAt(0));
        }
        return out.toString();
    }
}
