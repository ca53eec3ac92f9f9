package org.glossator.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.glossator.anchoring.Targets;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.Progress;
import org.glossator.exchange.AnnotationExporter;
import org.glossator.exchange.ExportFormat;
import org.glossator.exchange.ExportRequest;
import org.glossator.store.sqlite.SqliteStore;

/**
 * Importing 100,000 annotations through the command line, as a user runs it ({@code java -jar
 * target/glossator.jar import-annotations FILE}, a fresh JVM and a fresh copy of the database
 * per run): once into a database holding the very texts the annotations were made on (they
 * still match), once into one whose articles were edited since (same URLs, changed text: every
 * annotation needs re-anchoring). The child runs with a small heap ({@value #HEAP}) to show that
 * memory stays bounded whatever the file's size. Needs the packaged jar ({@code mvn package}).
 * Usage: {@code ImportBenchmark [annotations [folder]]}; with a folder, the files are made there and
 * kept (for profiling by hand) and nothing is timed.
 */
public final class ImportBenchmark {
    private static final int ARTICLES = 100;
    private static final int RUNS = 3;
    private static final String HEAP = "-Xmx160m";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path jar = Path.of("target", "glossator.jar");
        if (!Files.isRegularFile(jar)) {
            System.out.println("## Annotation import (CLI)\n\nSkipped: target/glossator.jar is not packaged.\n");
            return;
        }
        if (args.length > 1) {
            Path keep = Files.createDirectories(Path.of(args[1]));
            exportFile(keep.resolve("source.db"), keep.resolve("annotations.jsonld"), n);
            articlesOnly(keep.resolve("same.db"), false);
            articlesOnly(keep.resolve("edited.db"), true);
            return;
        }
        Path dir = Files.createTempDirectory("glossator-import-bench");
        try {
            run(n, jar, dir);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void run(int n, Path jar, Path dir) throws Exception {
        double loadBefore = load();
        Path file = dir.resolve("annotations.jsonld");
        long made = System.nanoTime();
        exportFile(dir.resolve("source.db"), file, n);
        Path same = dir.resolve("same.db");
        Path edited = dir.resolve("edited.db");
        articlesOnly(same, false);
        articlesOnly(edited, true);
        made = System.nanoTime() - made;

        Result matching = cliImport(jar, dir, same, file);
        Result reanchoring = cliImport(jar, dir, edited, file);
        double loadAfter = load();

        System.out.println("## Annotation import (CLI)");
        System.out.println();
        System.out.printf(Locale.ROOT, "Java %s, %d cores, load average %.1f before and %.1f after (other processes"
                        + " on the machine); %,d annotations on %d articles of ~10 kB, file %.1f MB (made in %.1f s,"
                        + " not timed); child JVM %s; median of %d runs, fresh JVM and fresh database copy each.%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter,
                n, ARTICLES, Files.size(file) / 1e6, made / 1e9, HEAP, RUNS);
        System.out.println("| Import | Median wall | Fastest | Target | CLI summary |");
        System.out.println("|---|---:|---:|---:|---|");
        System.out.printf(Locale.ROOT, "| texts unchanged (annotations match) | %.2f s | %.2f s | < 3 s | %s |%n",
                matching.median(), matching.fastest(), matching.summary());
        System.out.printf(Locale.ROOT, "| articles edited since (every annotation re-anchored) | %.2f s | %.2f s |"
                + " < 15 s | %s |%n", reanchoring.median(), reanchoring.fastest(), reanchoring.summary());
        System.out.println();
    }

    /** Wall times in seconds and the summary line the CLI printed on the last run. */
    private record Result(double[] seconds, String summary) {
        double median() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        }

        double fastest() {
            return Arrays.stream(seconds).min().orElse(Double.NaN);
        }
    }

    private static Result cliImport(Path jar, Path dir, Path database, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        double[] seconds = new double[RUNS];
        String summary = "";
        Path home = Files.createDirectories(dir.resolve("home"));
        for (int r = 0; r < RUNS; r++) {
            Path db = dir.resolve("run.db");
            Files.copy(database, db, StandardCopyOption.REPLACE_EXISTING);
            Path log = dir.resolve("cli.log");
            long t = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(java, HEAP, "-Duser.home=" + home, "-jar", jar.toString(),
                    "--db=" + db, "import-annotations", file.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("XDG_") || k.equals("APPDATA"));
            builder.environment().put("HOME", home.toString());
            Process process = builder.start();
            int status = process.waitFor();
            seconds[r] = (System.nanoTime() - t) / 1e9;
            List<String> lines = Files.readAllLines(log);
            if (status != 0) {
                throw new IllegalStateException("CLI import failed with status " + status + ": " + lines);
            }
            summary = lines.stream().filter(l -> l.contains(" anchored, ")).findFirst()
                    .map(l -> l.substring(l.indexOf(": ") + 2)).orElse("");
            deleteTree(dir.resolve("run.backups")); // the CLI's own backups (a day-old check, large imports)
        }
        return new Result(seconds, summary);
    }

    private static String text(int article, boolean edited) {
        String text = BenchText.article(10_000, article);
        if (!edited) {
            return text;
        }
        // The ways web pages change: a correction note on top, a paragraph added in the middle.
        int middle = text.indexOf('\n', text.length() / 2);
        return "Update: this article was corrected after publication.\n" + text.substring(0, middle)
                + "\nA paragraph added later, with new claims about the release.\n" + text.substring(middle + 1);
    }

    private static ArticleDraft draft(int article, boolean edited) {
        return new ArticleDraft("Article " + article, "Bench", "2024-01-01", "https://bench.example/" + article,
                null, text(article, edited), List.of());
    }

    private static void articlesOnly(Path database, boolean edited) {
        try (SqliteStore store = SqliteStore.open(database)) {
            for (int a = 0; a < ARTICLES; a++) {
                store.articles().add(draft(a, edited));
            }
        }
    }

    /** A store of word-aligned annotations, exported by Glossator itself. */
    private static void exportFile(Path database, Path file, int n) throws IOException {
        try (SqliteStore store = SqliteStore.open(database)) {
            int per = n / ARTICLES;
            Instant base = Instant.parse("2024-03-01T09:00:00Z");
            String[] types = {"claim", "quote", "source"};
            for (int a = 0; a < ARTICLES; a++) {
                String text = text(a, false);
                long id = store.articles().add(draft(a, false)).id();
                List<Integer> wordStarts = new ArrayList<>();
                for (int i = 0; i < text.length(); i++) {
                    if (i == 0 || text.charAt(i - 1) == ' ') {
                        wordStarts.add(i);
                    }
                }
                Random r = new Random(a);
                List<Annotation> batch = new ArrayList<>(per);
                for (int k = 0; k < per; k++) {
                    int w = r.nextInt(wordStarts.size() - 10);
                    int start = wordStarts.get(w);
                    int end = wordStarts.get(w + 2 + r.nextInt(6)) - 1;
                    int i = a * per + k;
                    Instant created = base.plusSeconds(i);
                    batch.add(Annotation.builder().id(new UUID(a, k).toString()).articleId(id)
                            .typeKey(types[i % 3]).target(Targets.fromCharRange(text, start, end))
                            .note(i % 4 == 0 ? "" : "Note " + i + ": check this figure")
                            .tags(i % 2 == 0 ? List.of("economy") : List.of())
                            .creator("alice").created(created).modified(created).build());
                }
                store.annotations().saveAll(batch);
            }
            new AnnotationExporter(store).exportTo(file, ExportFormat.W3C_JSON, ExportRequest.all(), Progress.NONE);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
