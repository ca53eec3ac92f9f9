package org.glossator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.DefaultScheme;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.TextHash;
import org.glossator.domain.TextTarget;
import org.glossator.domain.Verdict;
import org.glossator.exchange.AnnotationExporter;
import org.glossator.exchange.AnnotationIds;
import org.glossator.exchange.ExportFormat;
import org.glossator.exchange.ExportRequest;
import org.glossator.domain.Progress;
import org.glossator.exchange.W3cAnnotationWriter;
import org.glossator.exchange.W3cVocabulary;
import org.glossator.store.AnnotationRow;
import org.glossator.store.sqlite.SqliteStore;

/**
 * Exporting 100,000 annotations as W3C JSON-LD: the streaming writer against building the
 * whole collection as a Jackson tree and writing it with ObjectMapper, on the same
 * annotations in the same run, plus the end-to-end export from a SQLite store. Prints a
 * Markdown table. Usage: {@code ExportBenchmark [annotations]}.
 */
public final class ExportBenchmark {
    private static final int ARTICLES = 100;
    private static final int RUNS = 5;
    private static final int WARMUPS = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, AnnotationType> TYPES = Map.of("claim", DefaultScheme.types().get(0),
            "quote", DefaultScheme.types().get(1), "source", DefaultScheme.types().get(2));

    private ExportBenchmark() {
    }

    /**
     * One annotation to export with what the writer needs alongside it. {@code row} is the
     * annotation as the exporter hands it to the writer (text as UTF-8 bytes, as a store returns
     * it), prepared in memory so that the streaming baseline times the writer alone.
     */
    record Item(Annotation annotation, AnnotationRow row, String source, String sha, List<AnnotationLink> links) {
    }

    /** An {@link AnnotationRow} whose bytes are computed once, as a store's rows are read once. */
    record PreparedRow(String id, String typeKey, int start, int end, byte[] exact, byte[] prefix, byte[] suffix,
                       byte[] note, List<byte[]> tags, byte[] creator, byte[] created, byte[] modified,
                       Verdict verdict, byte[] evidence, byte[] speaker, Boolean attributionGiven, byte[] citation,
                       byte[] url, boolean orphan, byte[] modifiedBy, String importedSelectors)
            implements AnnotationRow {
        static PreparedRow of(Annotation annotation) {
            AnnotationRow r = AnnotationRow.of(annotation);
            return new PreparedRow(r.id(), r.typeKey(), r.start(), r.end(), r.exact(), r.prefix(), r.suffix(),
                    r.note(), r.tags(), r.creator(), r.created(), r.modified(), r.verdict(), r.evidence(),
                    r.speaker(), r.attributionGiven(), r.citation(), r.url(), r.orphan(), r.modifiedBy(),
                    r.importedSelectors());
        }
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("glossator-export-bench");
        try {
            run(n, dir);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(int n, Path dir) throws Exception {
        IntFunction<Item> generator = generator();
        checkSameDocument(generator);
        // The same objects for both ways of writing, made before timing starts.
        List<Item> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(generator.apply(i));
        }
        IntFunction<Item> items = list::get;
        Path out = dir.resolve("out.jsonld");

        // Warm-up, so that both paths are compiled before they are timed.
        for (int i = 0; i < WARMUPS; i++) {
            streaming(items, n, out);
            tree(items, n, out);
        }
        long[] streamNanos = new long[RUNS];
        long[] treeNanos = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            streamNanos[r] = streaming(items, n, out);
            treeNanos[r] = tree(items, n, out);
        }
        long bytes = Files.size(out);
        list = null;
        items = null;
        // Memory: annotations made on demand, so that only what the writer itself keeps stays on the heap.
        double streamHeap = streamingHeapMb(generator, n, dir.resolve("heap.jsonld"));
        double treeHeap = treeHeapMb(generator, n);

        // End to end: the same number of annotations in a SQLite store, exported to a file.
        SqliteStore store = SqliteStore.open(dir.resolve("bench.db"));
        long populate = System.nanoTime();
        populate(store, generator, n);
        populate = System.nanoTime() - populate;
        AnnotationExporter exporter = new AnnotationExporter(store);
        for (int i = 0; i < WARMUPS; i++) {
            exporter.exportTo(dir.resolve("warm.jsonld"), ExportFormat.W3C_JSON, ExportRequest.all(), Progress.NONE);
        }
        long[] endToEnd = new long[RUNS];
        long[] csv = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long t = System.nanoTime();
            exporter.exportTo(dir.resolve("store.jsonld"), ExportFormat.W3C_JSON, ExportRequest.all(), Progress.NONE);
            endToEnd[r] = System.nanoTime() - t;
            t = System.nanoTime();
            exporter.exportTo(dir.resolve("store.csv"), ExportFormat.CSV, ExportRequest.all(), Progress.NONE);
            csv[r] = System.nanoTime() - t;
        }
        long storeBytes = Files.size(dir.resolve("store.jsonld"));
        long csvBytes = Files.size(dir.resolve("store.csv"));
        store.close();
        // Through the command line, as a user runs it: a fresh JVM per export (needs the packaged jar).
        Path jar = Path.of("target", "glossator.jar");
        double cliJson = Files.isRegularFile(jar) ? cliExport(jar, dir, "w3c", "cli.jsonld", List.of()) : Double.NaN;
        double cliCsv = Files.isRegularFile(jar) ? cliExport(jar, dir, "csv", "cli.csv", List.of()) : Double.NaN;
        List<String> c1 = List.of(ImportBenchmark.C1_ONLY);
        double cliJsonC1 = Files.isRegularFile(jar) ? cliExport(jar, dir, "w3c", "cli.jsonld", c1) : Double.NaN;
        double cliCsvC1 = Files.isRegularFile(jar) ? cliExport(jar, dir, "csv", "cli.csv", c1) : Double.NaN;

        double s = median(streamNanos);
        System.out.println("## Annotation export (W3C JSON-LD)");
        System.out.println();
        System.out.printf(Locale.ROOT, "Java %s, %d cores, load average %.1f at the end; %,d annotations on %d articles;"
                        + " median of %d runs after %d warm-up runs; SQLite store filled in %.1f s (not timed below).%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), n, ARTICLES, RUNS, WARMUPS,
                populate / 1e9);
        System.out.println("| Export | Time | Annotations/s | Output | Heap held while writing | Time vs streaming |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        row("W3cAnnotationWriter (streaming JsonGenerator) to a file, rows prepared in memory", s, n, bytes, streamHeap + " MB", s);
        row("ObjectMapper, tree of the whole collection, to a file", median(treeNanos), n, bytes,
                treeHeap + " MB", s);
        row("AnnotationExporter.exportTo, SQLite store to .jsonld", median(endToEnd), n, storeBytes,
                "a few batches of rows (read ahead on a second thread)", s);
        row("AnnotationExporter.exportTo, SQLite store to .csv", median(csv), n, csvBytes,
                "a few batches of rows (read ahead on a second thread)", s);
        if (!Double.isNaN(cliJson)) {
            row("`java -jar glossator.jar export --format w3c` (JVM start included)", cliJson, n, storeBytes,
                    "a few batches of rows", s);
            row("`java -jar glossator.jar export --format csv` (JVM start included)", cliCsv, n, csvBytes,
                    "a few batches of rows", s);
            row("`java " + c1.get(0) + " -jar glossator.jar export --format w3c`", cliJsonC1, n, storeBytes,
                    "a few batches of rows", s);
            row("`java " + c1.get(0) + " -jar glossator.jar export --format csv`", cliCsvC1, n, csvBytes,
                    "a few batches of rows", s);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Target, %,d annotations in under 3 s: %s (streaming writer %.2f s,"
                        + " end to end from SQLite %.2f s). Fastest runs: streaming %.2f s, tree %.2f s,"
                        + " end to end %.2f s.%n", n, s < 3e9 && median(endToEnd) < 3e9 ? "met" : "NOT met", s / 1e9,
                median(endToEnd) / 1e9, min(streamNanos) / 1e9, min(treeNanos) / 1e9, min(endToEnd) / 1e9);
        System.out.printf(Locale.ROOT, "Ratio to the bare streaming writer (target <= 1.5x): W3C %.2fx, CSV %.2fx;"
                        + " through the CLI (target < 1.5 s): W3C %.2f s, CSV %.2f s.%n", median(endToEnd) / s,
                median(csv) / s, cliJson / 1e9, cliCsv / 1e9);
    }

    /** Median wall time (ns) of exporting every annotation with a fresh {@code java -jar} process. */
    private static double cliExport(Path jar, Path dir, String format, String file, List<String> jvmOptions)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long[] nanos = new long[3];
        for (int r = 0; r < nanos.length; r++) {
            long t = System.nanoTime();
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString(), "--db=" + dir.resolve("bench.db"), "export", "--format",
                    format, "--out", dir.resolve(file).toString()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("CLI export failed with exit code " + process.exitValue());
            }
            nanos[r] = System.nanoTime() - t;
        }
        return median(nanos);
    }

    private static void row(String name, double nanos, int n, long bytes, String heap, double baseline) {
        System.out.printf(Locale.ROOT, "| %s | %.2f s | %,.0f | %.1f MB | %s | %.2f× |%n", name, nanos / 1e9,
                n / (nanos / 1e9), bytes / 1e6, heap, nanos / baseline);
    }

    /** Deterministic synthetic annotations, made on demand so none is held in memory. */
    private static IntFunction<Item> generator() {
        String[] sources = new String[ARTICLES];
        String[] shas = new String[ARTICLES];
        for (int a = 0; a < ARTICLES; a++) {
            sources[a] = a % 3 == 0 ? "urn:sha256:" + TextHash.sha256(articleText(a)) : "https://news.example/" + a;
            shas[a] = TextHash.sha256(articleText(a));
        }
        String[] keys = {"claim", "quote", "source"};
        return i -> {
            Random r = new Random(i);
            int article = i % ARTICLES;
            int start = r.nextInt(5000);
            Instant created = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 37L).plusNanos(r.nextInt(1_000_000_000));
            String key = keys[i % 3];
            Annotation a = Annotation.builder()
                    .id(new UUID(i, 42).toString()).articleId(article).typeKey(key)
                    .target(new TextTarget(start, start + 20 + r.nextInt(80), "the quoted passage number " + i
                            + " with “curly quotes” and é", "some prefix context of 32 cps..", "..and the suffix context"))
                    .note(i % 4 == 0 ? "" : "Note " + i + ": check the source, the figure looks off 🧐")
                    .tags(i % 2 == 0 ? List.of("economy", "needs-check") : List.of())
                    .creator(i % 5 == 0 ? "bob" : "alice").created(created).modified(created.plusSeconds(60))
                    .verdict(key.equals("claim") ? Verdict.values()[i % Verdict.values().length] : null)
                    .speaker(key.equals("quote") ? "the minister" : null)
                    .attributionGiven(key.equals("quote") ? i % 2 == 0 : null)
                    .citation(key.equals("source") ? "Statistics office, table " + i : null)
                    .build();
            List<AnnotationLink> links = i % 10 == 0 && i > 0
                    ? List.of(new AnnotationLink(new UUID(i, 7).toString(), a.id(), new UUID(i - 1, 42).toString(),
                    LinkRelation.SUPPORTED_BY, "alice", created))
                    : List.of();
            return new Item(a, PreparedRow.of(a), sources[article], shas[article], links);
        };
    }

    private static String articleText(int a) {
        return "Article " + a + ". " + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(100);
    }

    private static long streaming(IntFunction<Item> items, int n, Path file) throws IOException {
        long t = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             W3cAnnotationWriter writer = new W3cAnnotationWriter(out)) {
            writeStreaming(writer, items, n, null);
        }
        return System.nanoTime() - t;
    }

    private static void writeStreaming(W3cAnnotationWriter writer, IntFunction<Item> items, int n, Runnable every10k)
            throws IOException {
        writer.startCollection("benchmark", Instant.parse("2024-06-01T00:00:00Z"));
        for (int i = 0; i < n; i++) {
            Item item = items.apply(i);
            writer.writeAnnotation(item.row(), TYPES.get(item.row().typeKey()), item.source(), item.sha(),
                    item.links());
            if (every10k != null && i % 10_000 == 0) {
                every10k.run();
            }
        }
        writer.finish();
    }

    private static long tree(IntFunction<Item> items, int n, Path file) throws IOException {
        long t = System.nanoTime();
        ObjectNode doc = treeOf(items, n);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            MAPPER.writeValue(out, doc);
        }
        return System.nanoTime() - t;
    }

    /** The same document as the streaming writer's, built as one tree. */
    private static ObjectNode treeOf(IntFunction<Item> items, int n) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.set("@context", MAPPER.valueToTree(W3cVocabulary.CONTEXT_VALUE));
        doc.put("id", "urn:uuid:" + UUID.randomUUID());
        doc.put("type", "AnnotationCollection");
        doc.put("label", "benchmark");
        ObjectNode generator = doc.putObject("generator");
        generator.put("id", W3cVocabulary.GENERATOR_IRI);
        generator.put("type", "Software");
        generator.put("name", "Glossator");
        doc.put("generated", "2024-06-01T00:00:00Z");
        ObjectNode page = doc.putObject("first");
        page.put("id", "urn:uuid:" + UUID.randomUUID());
        page.put("type", "AnnotationPage");
        page.put("partOf", doc.get("id").asText());
        page.put("startIndex", 0);
        ArrayNode list = page.putArray("items");
        for (int i = 0; i < n; i++) {
            list.add(annotationNode(items.apply(i)));
        }
        doc.put("total", n);
        return doc;
    }

    private static ObjectNode annotationNode(Item item) {
        Annotation a = item.annotation();
        AnnotationType type = TYPES.get(a.typeKey());
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", AnnotationIds.toIri(a.id()));
        o.put("type", "Annotation");
        o.put("motivation", "classifying");
        o.put("created", a.created().toString());
        o.put("modified", a.modified().toString());
        if (!a.creator().isEmpty()) {
            ObjectNode creator = o.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", a.creator());
        }
        if (!a.modifiedBy().isEmpty()) { // as the writer does since issue 12
            ObjectNode modifiedBy = o.putObject("modifiedBy");
            modifiedBy.put("type", "Person");
            modifiedBy.put("name", a.modifiedBy());
        }
        ArrayNode body = o.putArray("body");
        ObjectNode classifying = body.addObject();
        classifying.put("type", "TextualBody");
        classifying.put("purpose", "classifying");
        classifying.put("value", a.typeKey());
        classifying.put("label", type.label());
        classifying.put("color", type.color());
        classifying.put("kind", type.kind().name().toLowerCase(Locale.ROOT));
        if (!a.note().isEmpty()) {
            ObjectNode note = body.addObject();
            note.put("type", "TextualBody");
            note.put("purpose", "commenting");
            note.put("value", a.note());
        }
        for (String tag : a.tags()) {
            ObjectNode t = body.addObject();
            t.put("type", "TextualBody");
            t.put("purpose", "tagging");
            t.put("value", tag);
        }
        ObjectNode target = o.putObject("target");
        target.put("source", item.source());
        if (!item.source().startsWith("urn:sha256:")) {
            target.put("textSha256", item.sha());
        }
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", a.target().exact());
        quote.put("prefix", a.target().prefix());
        quote.put("suffix", a.target().suffix());
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", a.target().start());
        position.put("end", a.target().end());
        if (a.verdict() != null) {
            o.put("verdict", a.verdict().key());
        }
        if (a.speaker() != null) {
            o.put("speaker", a.speaker());
        }
        if (a.attributionGiven() != null) {
            o.put("attributionGiven", a.attributionGiven());
        }
        if (a.citation() != null) {
            o.put("citation", a.citation());
        }
        o.put("anchorState", "anchored");
        if (!item.links().isEmpty()) {
            ArrayNode links = o.putArray("links");
            for (AnnotationLink l : item.links()) {
                ObjectNode link = links.addObject();
                link.put("id", AnnotationIds.toIri(l.id()));
                link.put("relation", l.relation().key());
                link.put("linkedTo", AnnotationIds.toIri(l.toId()));
                ObjectNode creator = link.putObject("creator");
                creator.put("type", "Person");
                creator.put("name", l.creator());
                link.put("created", l.created().toString());
            }
        }
        return o;
    }

    /** Refuses to compare unlike things: both ways must write the same annotations. */
    private static void checkSameDocument(IntFunction<Item> items) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (W3cAnnotationWriter writer = new W3cAnnotationWriter(out)) {
            writeStreaming(writer, items, 500, null);
        }
        JsonNode streamed = MAPPER.readTree(out.toByteArray());
        JsonNode built = MAPPER.readTree(MAPPER.writeValueAsBytes(treeOf(items, 500)));
        if (!streamed.get("first").get("items").equals(built.get("first").get("items"))
                || !streamed.get("@context").equals(built.get("@context"))) {
            throw new IllegalStateException("the two ways of writing do not produce the same annotations");
        }
    }

    /** Most heap in use (after GC) while streaming, above what was in use before. */
    private static double streamingHeapMb(IntFunction<Item> items, int n, Path file) throws IOException {
        long before = usedAfterGc();
        long[] peak = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             W3cAnnotationWriter writer = new W3cAnnotationWriter(out)) {
            writeStreaming(writer, items, n, () -> peak[0] = Math.max(peak[0], usedAfterGc()));
        }
        return round((peak[0] - before) / 1e6);
    }

    /** Heap the whole tree holds just before it is written. */
    private static double treeHeapMb(IntFunction<Item> items, int n) {
        long before = usedAfterGc();
        ObjectNode doc = treeOf(items, n);
        long held = usedAfterGc() - before;
        if (doc.get("total").asInt() != n) {
            throw new IllegalStateException();
        }
        return round(held / 1e6);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double round(double mb) {
        return Math.max(0, Math.round(mb * 10) / 10.0);
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow();
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void populate(SqliteStore store, IntFunction<Item> items, int n) {
        store.inTransaction(() -> {
            long[] ids = new long[ARTICLES];
            for (int a = 0; a < ARTICLES; a++) {
                ids[a] = store.articles().add(new ArticleDraft("Article " + a, null, null,
                        a % 3 == 0 ? null : "https://news.example/" + a, null, articleText(a), List.of())).id();
            }
            List<Annotation> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Annotation a = items.apply(i).annotation();
                batch.add(a.toBuilder().articleId(ids[(int) a.articleId()]).build());
                if (batch.size() == 1000) {
                    store.annotations().saveAll(batch);
                    batch.clear();
                }
            }
            store.annotations().saveAll(batch);
            for (int i = 10; i < n; i += 10) {
                for (AnnotationLink l : items.apply(i).links()) {
                    store.annotations().saveLink(l);
                }
            }
            return null;
        });
    }
}
