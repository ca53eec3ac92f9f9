package org.glossator.exchange;

import org.glossator.domain.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.glossator.exchange.ExchangeFixtures.TEXT;
import static org.glossator.exchange.ExchangeFixtures.article;
import static org.glossator.exchange.ExchangeFixtures.fingerprint;
import static org.glossator.exchange.ExchangeFixtures.on;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.TypeKind;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed or hostile file is rejected with a message naming the file, the place and
 * the problem, and leaves the database exactly as it was.
 */
class MalformedImportTest {
    private static final String OTHER_TEXT = "A second article, about rumours. The mayor denied everything. "
            + "Residents said the bridge had been closed for weeks. 🌉";

    @TempDir
    Path dir;
    SqliteStore store;
    String before;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
        long id = article(store, "Jobs", "https://example.org/jobs", TEXT);
        store.annotations().save(on(store, id, "Critics", "claim"));
        before = fingerprint(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Imports and returns the exception, asserting the database did not change. */
    private ImportException rejected(byte[] content, ImportOptions options) throws Exception {
        Path file = Files.write(dir.resolve("bad.json"), content);
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> new AnnotationImporter(store).importFile(file, options));
        assertThat(e).as("the import should have been rejected").isNotNull();
        assertThat(e.fileName()).isEqualTo("bad.json");
        assertThat(e.getMessage()).startsWith("bad.json");
        assertThat(fingerprint(store)).as("database unchanged").isEqualTo(before);
        return e;
    }

    private ImportException rejected(String json) throws Exception {
        return rejected(json.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());
    }

    /** One annotation on the Jobs article with the given target JSON. */
    private static String withTarget(String target) {
        return "{\"id\": \"https://x.example/bad\", \"type\": \"Annotation\", \"target\": " + target + "}";
    }

    static Stream<Arguments> brokenAnnotations() {
        String src = "\"source\": \"https://example.org/jobs\"";
        String sha = "\"source\": \"urn:sha256:" + org.glossator.domain.TextHash.sha256(TEXT) + "\"";
        return Stream.of(
                Arguments.of("missing target", "{\"id\": \"https://x.example/bad\", \"type\": \"Annotation\"}",
                        "it has no \"target\""),
                Arguments.of("target without selectors", withTarget("{" + src + "}"), "its target has no selector"),
                Arguments.of("target that is only an IRI", withTarget("\"https://example.org/jobs\""),
                        "its target has no selector"),
                Arguments.of("only a RangeSelector", withTarget("{" + src + ", \"selector\": {\"type\": \"RangeSelector\","
                        + " \"startSelector\": {}, \"endSelector\": {}}}"), "no TextQuoteSelector or TextPositionSelector"),
                Arguments.of("missing source", withTarget("{\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}"),
                        "its target has no \"source\""),
                Arguments.of("source of the wrong type", withTarget("{\"source\": 42, \"selector\": "
                        + "{\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}"), "\"source\" must be an IRI, but it is a number (42)"),
                Arguments.of("exact of the wrong type", withTarget("{" + src + ", \"selector\": "
                        + "{\"type\": \"TextQuoteSelector\", \"exact\": [\"x\"]}}"), "\"exact\" must be a string, but it is an array"),
                Arguments.of("start given as a string", withTarget("{" + src + ", \"selector\": "
                        + "{\"type\": \"TextPositionSelector\", \"start\": \"23\", \"end\": 47}}"),
                        "TextPositionSelector \"start\" must be a whole number, but it is a string"),
                Arguments.of("fractional end", withTarget("{" + src + ", \"selector\": "
                        + "{\"type\": \"TextPositionSelector\", \"start\": 2, \"end\": 4.5}}"),
                        "\"end\" must be a whole number, but it is a number (4.5)"),
                Arguments.of("negative start", withTarget("{" + src + ", \"selector\": "
                        + "{\"type\": \"TextPositionSelector\", \"start\": -3, \"end\": 4}}"),
                        "the TextPositionSelector \"start\" is negative (-3)"),
                Arguments.of("huge end", withTarget("{" + src + ", \"selector\": "
                        + "{\"type\": \"TextPositionSelector\", \"start\": 0, \"end\": 99999999999}}"),
                        "\"end\" is out of range (99999999999)"),
                Arguments.of("start after end", withTarget("{" + src + ", \"selector\": "
                        + "{\"type\": \"TextPositionSelector\", \"start\": 50, \"end\": 40}}"),
                        "the TextPositionSelector starts after it ends (start 50 > end 40)"),
                Arguments.of("position-only selector past the end", withTarget("{" + src + ", \"selector\": "
                        + "{\"type\": \"TextPositionSelector\", \"start\": 170, \"end\": 500}}"),
                        "the TextPositionSelector (170..500) runs past the end of the article text, which has 181 characters"),
                Arguments.of("anchored in this very text yet past its end", withTarget("{" + sha + ", \"selector\": ["
                        + "{\"type\": \"TextQuoteSelector\", \"exact\": \"Critics\"},"
                        + "{\"type\": \"TextPositionSelector\", \"start\": 59, \"end\": 9000}]}"),
                        "(59..9000) runs past the end of the article text"),
                Arguments.of("unknown verdict", "{\"id\": \"https://x.example/bad\", \"type\": \"Annotation\", \"verdict\": \"dubious\","
                        + " \"target\": {" + src + ", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}}",
                        "unknown verdict \"dubious\""),
                Arguments.of("not a date", "{\"id\": \"https://x.example/bad\", \"type\": \"Annotation\", \"created\": \"yesterday\","
                        + " \"target\": {" + src + ", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}}",
                        "\"created\" is not a date and time like 2024-05-01T12:30:00Z: \"yesterday\""),
                Arguments.of("unpaired surrogate", "{\"id\": \"https://x.example/bad\", \"type\": \"Annotation\", \"bodyValue\": \"a\\ud800b\","
                        + " \"target\": {" + src + ", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}}",
                        "\"bodyValue\" holds a broken character (an unpaired surrogate, \\ud800)"),
                Arguments.of("empty id", "{\"id\": \" \", \"type\": \"Annotation\", \"target\": {" + src + ", \"selector\":"
                        + " {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}}", "the annotation's \"id\" is empty"),
                Arguments.of("unknown link relation", "{\"id\": \"https://x.example/bad\", \"type\": \"Annotation\","
                        + " \"links\": [{\"relation\": \"loves\", \"linkedTo\": \"https://x.example/2\"}],"
                        + " \"target\": {" + src + ", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}}",
                        "a link has the unknown relation \"loves\""),
                Arguments.of("link to itself", "{\"id\": \"https://x.example/bad\", \"type\": \"Annotation\","
                        + " \"links\": [{\"relation\": \"related\", \"linkedTo\": \"https://x.example/bad\"}],"
                        + " \"target\": {" + src + ", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}}",
                        "a link points back at the annotation itself"),
                Arguments.of("new type with a bad colour", "{\"id\": \"https://x.example/bad\", \"type\": \"Annotation\","
                        + " \"body\": {\"purpose\": \"classifying\", \"value\": \"rumour\", \"label\": \"Rumour\", \"color\": \"red\"},"
                        + " \"target\": {" + src + ", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}}",
                        "its new type \"rumour\" cannot be created: colour must look like #1f77b4: red"));
    }

    /** A well-formed annotation on the Jobs article, to travel with a broken one. */
    private static final String GOOD = "{\"id\": \"https://x.example/good\", \"type\": \"Annotation\", \"target\":"
            + " {\"source\": \"https://example.org/jobs\", \"selector\": {\"type\": \"TextQuoteSelector\","
            + " \"exact\": \"the figures were massaged\"}}}";

    /** Issue 12: a problem inside one annotation is listed by id, with the reason; the others are imported. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAnnotations")
    void aBrokenAnnotationIsListedNamingItsIdAndPlaceWhileTheOthersAreImported(String name, String json,
                                                                                 String expected) throws Exception {
        Path file = Files.writeString(dir.resolve("mixed.json"), "[" + GOOD + ",\n" + json + "]");
        ImportSummary s = new AnnotationImporter(store).importFile(file, ImportOptions.defaults());
        assertThat(store.annotations().find("https://x.example/good")).isPresent();
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).contains(expected);
            assertThat(p.line()).isEqualTo(2);
            if (json.contains("https://x.example/bad")) {
                assertThat(p.annotationId()).isEqualTo("https://x.example/bad");
            }
            if (p.outcome() != ImportProblem.Outcome.SKIPPED) {
                assertThat(store.annotations().find(AnnotationIds.fromIri(p.annotationId()))).isPresent();
            }
        });
        assertThat(s.total()).isEqualTo(2);
    }

    @Test
    void aFileOfItemsNoneOfWhichIsAnAnnotationIsRefused() throws Exception {
        ImportException e = rejected("[{\"hello\": \"world\"}, {\"type\": \"Note\"}]");
        assertThat(e.reason()).contains("neither a W3C Web Annotation");
        assertThat(e.line()).isPositive();
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("empty file", "", "the file is empty"),
                Arguments.of("only whitespace", "  \n\n ", "the file is empty"),
                Arguments.of("a bare string", "\"annotations\"", "starts with a string"),
                Arguments.of("not JSON at all", "id,type\n1,Annotation\n", "this is not valid JSON"),
                Arguments.of("trailing content", "[]\n{\"more\": 1}", "there is more content after the end of the JSON document"),
                Arguments.of("duplicate field", "{\"type\": \"Annotation\", \"type\": \"Annotation\"}", "a field appears twice in one object"),
                Arguments.of("items that are not objects", "{\"type\": \"AnnotationPage\", \"items\": [1, 2]}",
                        "an annotation must be a JSON object, but this one is a number"),
                Arguments.of("items that are not an array", "{\"type\": \"AnnotationPage\", \"id\": \"x:1\", \"items\": {}}",
                        "\"items\" must be an array of annotations, but it is an object"),
                Arguments.of("a page without items", "{\"type\": \"AnnotationCollection\", \"first\": {\"id\": \"x:p\"}}",
                        "an embedded page must hold \"items\""),
                Arguments.of("nested arrays", "[" + "[".repeat(5000) + "]".repeat(5000) + "]",
                        "an annotation must be a JSON object, but this one is an array"),
                Arguments.of("deeply nested in an annotation", "[{\"type\": \"Annotation\", \"body\": " + "[".repeat(5000)
                        + "]".repeat(5000) + "}]", "the JSON is nested more than 200 levels deep, the limit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRejectedNamingTheProblemAndItsPlace(String name, String json, String expected) throws Exception {
        ImportException e = rejected(json);
        assertThat(e.reason()).contains(expected);
    }

    @Test
    void aTruncatedExportIsRejectedWithLineAndColumn() throws Exception {
        byte[] export = export(false, 3);
        byte[] half = Arrays.copyOf(export, export.length / 2);
        ImportException e = rejected(half, ImportOptions.defaults());
        assertThat(e.reason()).startsWith("the JSON ends too early; the file looks truncated");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isGreaterThan(1);
        assertThat(e.getMessage()).matches("bad\\.json, line 1, column \\d+: the JSON ends too early.*");
    }

    @Test
    void bytesThatAreNotUtf8AreRejected() throws Exception {
        String latin1 = "[{\"type\": \"Annotation\", \"bodyValue\": \"Caf\u00e9 cr\u00e8me\"}]";
        ImportException e = rejected(latin1.getBytes(StandardCharsets.ISO_8859_1), ImportOptions.defaults());
        assertThat(e.reason()).startsWith("the file is not valid UTF-8 text");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void aStringLongerThanTheLimitIsRejected() throws Exception {
        String json = withTarget("{\"source\": \"https://example.org/jobs\", \"selector\": {\"type\": \"TextQuoteSelector\","
                + " \"exact\": \"" + "x".repeat(5000) + "\"}}");
        ImportLimits small = new ImportLimits(1_000_000, 1000, 50, 100);
        ImportException e = rejected(json.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults().withLimits(small));
        assertThat(e.reason()).isEqualTo("a text value is longer than the limit of 1,000 characters");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void theDefaultStringLimitHolds() throws Exception {
        String json = "[{\"type\": \"Annotation\", \"bodyValue\": \"" + "y".repeat(ImportLimits.DEFAULT.maxStringLength() + 10)
                + "\"}]";
        ImportException e = rejected(json);
        assertThat(e.reason()).isEqualTo("a text value is longer than the limit of 16,000,000 characters");
    }

    @Test
    void aFileLargerThanTheLimitIsRejectedBeforeReading() throws Exception {
        ImportLimits small = new ImportLimits(2048, 1000, 50, 100);
        byte[] export = export(true, 3);
        assertThat(export.length).isGreaterThan(2048);
        ImportException e = rejected(export, ImportOptions.defaults().withLimits(small));
        assertThat(e.reason()).isEqualTo("the file is " + export.length / 1024 + " KB; the limit is 2 KB");
    }

    @Test
    void aStreamLongerThanTheLimitIsCutOff() throws Exception {
        ImportLimits small = new ImportLimits(2048, 100_000, 50, 100);
        byte[] export = export(true, 3);
        ImportException e = catchThrowableOfType(ImportException.class, () -> new AnnotationImporter(store)
                .importStream(new java.io.ByteArrayInputStream(export), "download.json",
                        ImportOptions.defaults().withLimits(small)));
        assertThat(e.getMessage()).startsWith("download.json, line 1, column ")
                .endsWith("the file is larger than the limit of 2 KB");
        assertThat(fingerprint(store)).isEqualTo(before);
    }

    @Test
    void moreAnnotationsThanTheLimitAreRejected() throws Exception {
        ImportLimits three = new ImportLimits(10_000_000, 100_000, 50, 3);
        ImportException e = rejected(export(true, 5), ImportOptions.defaults().withLimits(three));
        assertThat(e.reason()).isEqualTo("the file holds more than 3 annotations, the limit for one file; split it");
    }

    @Test
    void referencesToAnnotationsElsewhereCountTowardsTheLimit() throws Exception {
        ImportLimits three = new ImportLimits(10_000_000, 100_000, 50, 3);
        String refs = "{\"type\": \"AnnotationPage\", \"id\": \"https://x.example/p\", \"items\": ["
                + "\"https://x.example/a1\", \"https://x.example/a2\", \"https://x.example/a3\", \"https://x.example/a4\"]}";
        ImportException e = rejected(refs.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults().withLimits(three));
        assertThat(e.reason()).isEqualTo("the file holds more than 3 annotations, the limit for one file; split it");
    }

    @Test
    void aPageThatOnlyReferencesAnnotationsElsewhereIsRejected() throws Exception {
        ImportException e = rejected("{\"type\": \"AnnotationPage\", \"id\": \"https://x.example/p\","
                + " \"items\": [\"https://x.example/a1\"]}");
        assertThat(e.reason()).startsWith("the file holds no annotations itself");
    }

    @Test
    void anIdTwiceInOneFileIsListedAndOnlyTheFirstIsRead() throws Exception {
        String one = withTarget("{\"source\": \"https://example.org/jobs\", \"selector\": {\"type\": \"TextQuoteSelector\","
                + " \"exact\": \"the figures were massaged\"}}");
        Path file = Files.writeString(dir.resolve("twice.json"), "[" + one + ",\n" + one + "]");
        ImportSummary s = new AnnotationImporter(store).importFile(file, ImportOptions.defaults());
        assertThat(s.stored()).isEqualTo(1);
        assertThat(s.problemReport()).containsExactly("annotation https://x.example/bad, line 2: the id appears twice"
                + " in the file; only the first one was read — not imported");
    }

    @Test
    void anEmbeddedArticleWhoseTextDoesNotMatchItsHashIsRejected() throws Exception {
        String export = new String(export(true, 2), StandardCharsets.UTF_8);
        String tampered = export.replace("The mayor denied everything.", "The mayor admitted everything.");
        assertThat(tampered).isNotEqualTo(export);
        ImportException e = rejected(tampered.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());
        assertThat(e.reason()).isEqualTo("the text of the embedded article https://example.org/other does not match"
                + " its sha256; the file was damaged or edited");
    }

    /**
     * The file is cut off after an embedded article was added, a type was created and more than
     * one batch of annotations was written: all of it must be rolled back.
     */
    @Test
    void aTruncationLateInALargeFileRollsBackEverythingBeforeIt() throws Exception {
        String export = new String(export(true, 1203), StandardCharsets.UTF_8);
        String broken = export.substring(0, export.lastIndexOf("\"start\":"));
        ImportException e = rejected(broken.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());
        assertThat(e.reason()).contains("the JSON ends too early");
        assertThat(store.scheme().find("rumour")).isEmpty();
        assertThat(store.articles().count()).isEqualTo(1);

        // the intact file imports whole
        Path good = Files.writeString(dir.resolve("good.json"), export);
        ImportSummary s = new AnnotationImporter(store).importFile(good, ImportOptions.defaults());
        assertThat(s.stored()).isEqualTo(1203);
        assertThat(s.typesCreated()).containsExactly("rumour");
        assertThat(store.annotations().count()).isEqualTo(1204);
    }

    /** An export of {@code count} annotations on another article, with a user-defined type and a link. */
    private byte[] export(boolean withArticles, int count) throws Exception {
        try (SqliteStore other = SqliteStore.open(dir.resolve("other-" + System.nanoTime() + ".db"))) {
            long id = article(other, "Other", "https://example.org/other", OTHER_TEXT);
            other.scheme().save(new AnnotationType("rumour", "Rumour", "#CC79A7", 5, TypeKind.GENERIC, false));
            List<Annotation> list = new ArrayList<>();
            String[] quotes = {"rumours", "The mayor denied everything.", "bridge", "closed for weeks", "Residents"};
            for (int i = 0; i < count; i++) {
                list.add(on(other, id, quotes[i % quotes.length], i % 2 == 0 ? "rumour" : "claim"));
            }
            other.annotations().saveAll(list);
            if (count > 1) {
                other.annotations().saveLink(ExchangeFixtures.link(list.get(0), list.get(1), LinkRelation.SAME_AS));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new AnnotationExporter(other).writeJson(ExportRequest.all().withArticles(withArticles), out, Progress.NONE);
            return out.toByteArray();
        }
    }

    /** Issue 12: a broken annotation late in a large file costs only itself, and is placed by its quote. */
    @Test
    void aBrokenPositionLateInALargeFileCostsOnlyThatAnnotation() throws Exception {
        String export = new String(export(true, 1203), StandardCharsets.UTF_8);
        int last = export.lastIndexOf("\"start\":");
        String broken = export.substring(0, last) + "\"start\":-1" + export.substring(export.indexOf(',', last));
        Path file = Files.writeString(dir.resolve("late.json"), broken);
        ImportSummary s = new AnnotationImporter(store).importFile(file, ImportOptions.defaults());
        assertThat(s.stored()).isEqualTo(1203);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("the TextPositionSelector \"start\" is negative (-1)");
            assertThat(p.annotationId()).startsWith("urn:uuid:");
            assertThat(p.outcome()).isIn(ImportProblem.Outcome.PLACED_BY_QUOTE, ImportProblem.Outcome.ORPHANED);
        });
    }
}
