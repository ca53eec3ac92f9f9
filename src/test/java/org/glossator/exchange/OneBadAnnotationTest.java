package org.glossator.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.exchange.ExchangeFixtures.TEXT;
import static org.glossator.exchange.ExchangeFixtures.article;
import static org.glossator.exchange.ExchangeFixtures.on;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossator.domain.Annotation;
import org.glossator.domain.Progress;
import org.glossator.domain.TextHash;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defect 2: one stale or broken annotation never sinks the others. It is placed by
 * its quote if it has one, otherwise kept as an orphan with its selectors as written, and the
 * summary lists it by id with the reason.
 */
class OneBadAnnotationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] QUOTES = {"minister", "unemployment fell", "last year", "Critics replied",
        "the figures were massaged", "cited the statistics office", "Café owners", "were not asked", "40%",
        "statistics"};

    @TempDir
    Path dir;
    SqliteStore store;
    long jobs;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
        jobs = article(store, "Jobs", "https://example.org/jobs", TEXT);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A W3C export of 20 annotations on the Jobs text, made in another database, as a tree to tamper with. */
    private ObjectNode exportOfTwenty() throws Exception {
        try (SqliteStore other = SqliteStore.open(dir.resolve("other.db"))) {
            long id = article(other, "Jobs", "https://example.org/jobs", TEXT);
            List<Annotation> list = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                list.add(on(other, id, QUOTES[i % QUOTES.length], "claim"));
            }
            other.annotations().saveAll(list);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new AnnotationExporter(other).writeJson(ExportRequest.all(), out, Progress.NONE);
            return (ObjectNode) JSON.readTree(out.toByteArray());
        }
    }

    private static ArrayNode items(ObjectNode collection) {
        return (ArrayNode) collection.get("first").get("items");
    }

    private static ObjectNode selector(JsonNode annotation, String type) {
        for (JsonNode s : annotation.get("target").get("selector")) {
            if (s.get("type").asText().equals(type)) {
                return (ObjectNode) s;
            }
        }
        throw new AssertionError("no " + type);
    }

    private ImportSummary importTree(JsonNode tree) throws Exception {
        Path file = Files.write(dir.resolve("colleague.jsonld"), JSON.writeValueAsBytes(tree));
        return new AnnotationImporter(store).importFile(file, ImportOptions.defaults());
    }

    @Test
    void aStalePositionInOneOfTwentyAnnotationsCostsNothingAndTheAnnotationIsPlacedByItsQuote() throws Exception {
        ObjectNode export = exportOfTwenty();
        JsonNode stale = items(export).get(7);
        selector(stale, "TextPositionSelector").put("start", 5000).put("end", 5010);

        ImportSummary s = importTree(export);

        assertThat(s.stored()).isEqualTo(20);
        assertThat(store.annotations().forArticle(jobs)).hasSize(20).noneMatch(Annotation::isOrphan);
        String id = stale.get("id").asText();
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.annotationId()).isEqualTo(id);
            assertThat(p.reason()).contains("(5000..5010) runs past the end of the article text");
            assertThat(p.outcome()).isEqualTo(ImportProblem.Outcome.PLACED_BY_QUOTE);
        });
        assertThat(s.hasProblems()).isTrue();
        assertThat(s.problemReport()).singleElement().asString().startsWith("annotation " + id + ", line ")
                .endsWith("— placed by its quote");
        Annotation placed = store.annotations().find(AnnotationIds.fromIri(id)).orElseThrow();
        String quote = selector(stale, "TextQuoteSelector").get("exact").asText();
        int at = TEXT.indexOf(quote);
        assertThat(placed.target().start()).isEqualTo(TEXT.codePointCount(0, at));
        assertThat(placed.target().exact()).isEqualTo(quote);
    }

    @Test
    void aPositionThatDisagreesWithItsQuoteInTheVeryTextItNamesIsListedAndPlacedByTheQuote() throws Exception {
        ObjectNode export = exportOfTwenty();
        JsonNode wrong = items(export).get(3);
        String quote = selector(wrong, "TextQuoteSelector").get("exact").asText();
        ObjectNode position = selector(wrong, "TextPositionSelector");
        int start = position.get("start").asInt() > 20 ? 0 : 30;
        position.put("start", start).put("end", start + quote.codePointCount(0, quote.length()));

        ImportSummary s = importTree(export);

        assertThat(s.stored()).isEqualTo(20);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.annotationId()).isEqualTo(wrong.get("id").asText());
            assertThat(p.reason()).contains("does not hold its TextQuoteSelector's text");
            assertThat(p.outcome()).isEqualTo(ImportProblem.Outcome.PLACED_BY_QUOTE);
        });
        Annotation placed = store.annotations().find(AnnotationIds.fromIri(wrong.get("id").asText())).orElseThrow();
        assertThat(placed.target().exact()).isEqualTo(quote);
        assertThat(placed.target().start()).isEqualTo(TEXT.codePointCount(0, TEXT.indexOf(quote)));
    }

    @Test
    void anAnnotationWithoutAQuoteWhosePositionIsUnusableIsAnOrphanThatExportsItsSelectorsAsWritten()
            throws Exception {
        ObjectNode export = exportOfTwenty();
        ObjectNode odd = (ObjectNode) items(export).get(11);
        ArrayNode selectors = JSON.createArrayNode();
        selectors.addObject().put("type", "TextPositionSelector").put("start", 170).put("end", 500);
        selectors.addObject().put("type", "FragmentSelector").put("value", "para=4");
        ((ObjectNode) odd.get("target")).set("selector", selectors);

        ImportSummary s = importTree(export);

        assertThat(s.stored()).isEqualTo(20);
        assertThat(s.orphaned()).isEqualTo(1);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(ImportProblem.Outcome.ORPHANED);
            assertThat(p.reason()).contains("(170..500) runs past the end");
        });
        Annotation orphan = store.annotations().find(AnnotationIds.fromIri(odd.get("id").asText())).orElseThrow();
        assertThat(orphan.isOrphan()).isTrue();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnotationExporter(store).writeJson(ExportRequest.all(), out, Progress.NONE);
        JsonNode back = null;
        for (JsonNode a : JSON.readTree(out.toByteArray()).get("first").get("items")) {
            if (a.get("id").asText().equals(odd.get("id").asText())) {
                back = a;
            }
        }
        assertThat(back).isNotNull();
        assertThat(back.get("target").get("selector")).isEqualTo(selectors);
        assertThat(back.get("anchorState").asText()).isEqualTo("orphaned");
    }

    @Test
    void anAnnotationWithAFieldWrittenTwiceIsSkippedWithTheFieldNamedWhileTheOthersAreImported() throws Exception {
        String src = "\"source\": \"https://example.org/jobs\"";
        String first = "{\"id\": \"https://x.example/first\", \"type\": \"Annotation\", \"target\": {" + src
                + ", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"Critics replied\"}}}";
        // Which "exact" is meant cannot be known: the annotation is skipped, not guessed at.
        String twice = "{\"id\": \"https://x.example/twice\", \"type\": \"Annotation\", \"target\": {" + src
                + ", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"last year\","
                + " \"exact\": \"40%\", \"nested\": [{\"deeper\": {\"x\": 1}}]}}, \"bodyValue\": \"after\"}";
        String last = "{\"id\": \"https://x.example/last\", \"type\": \"Annotation\", \"target\": {" + src
                + ", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"were not asked\"}}}";
        Path file = Files.writeString(dir.resolve("twice.json"), "[" + first + ",\n" + twice + ",\n" + last + "]");

        ImportSummary s = new AnnotationImporter(store).importFile(file, ImportOptions.defaults());

        assertThat(s.stored()).isEqualTo(2);
        assertThat(store.annotations().find(AnnotationIds.fromIri("https://x.example/first"))).isPresent();
        assertThat(store.annotations().find(AnnotationIds.fromIri("https://x.example/last"))).isPresent();
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.outcome()).isEqualTo(ImportProblem.Outcome.SKIPPED);
            assertThat(p.reason()).isEqualTo("a field appears twice in one object (\"exact\")");
        });
    }

    @Test
    void brokenAnnotationsOfEveryKindAreListedWhileTheGoodOnesAreImported() throws Exception {
        String src = "\"source\": \"https://example.org/jobs\"";
        String sha = "\"source\": \"urn:sha256:" + TextHash.sha256(TEXT) + "\"";
        String good = "{\"id\": \"https://x.example/good\", \"type\": \"Annotation\", \"target\": {" + src
                + ", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"the figures were massaged\"}}}";
        List<String> bad = List.of(
                // unknown type the file does not describe: default type
                "{\"id\": \"https://x.example/b1\", \"type\": \"Annotation\", \"body\": {\"purpose\": \"classifying\","
                        + " \"value\": \"rumour\"}, \"target\": {" + sha + ", \"selector\": {\"type\":"
                        + " \"TextQuoteSelector\", \"exact\": \"Critics replied\"}}}",
                // missing selector: orphan
                "{\"id\": \"https://x.example/b2\", \"type\": \"Annotation\", \"target\": {" + src + "}}",
                // unknown verdict: placed by its quote
                "{\"id\": \"https://x.example/b3\", \"type\": \"Annotation\", \"verdict\": \"dubious\", \"target\": {"
                        + sha + ", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"cited the statistics"
                        + " office\"}}}",
                // negative start, no quote: orphan
                "{\"id\": \"https://x.example/b4\", \"type\": \"Annotation\", \"target\": {" + src + ", \"selector\":"
                        + " {\"type\": \"TextPositionSelector\", \"start\": -3, \"end\": 4}}}",
                // no target at all: nothing to keep
                "{\"id\": \"https://x.example/b5\", \"type\": \"Annotation\"}",
                // not an annotation at all, among annotations
                "{\"hello\": \"world\"}",
                // the same id again
                good);
        Path file = Files.writeString(dir.resolve("mixed.json"), "[" + good + ",\n" + String.join(",\n", bad) + "]");

        ImportSummary s = new AnnotationImporter(store).importFile(file, ImportOptions.defaults());

        assertThat(s.total()).isEqualTo(8);
        assertThat(store.annotations().find(AnnotationIds.fromIri("https://x.example/good"))).isPresent();
        assertThat(s.problems()).extracting(ImportProblem::annotationId).containsExactly("https://x.example/b1",
                "https://x.example/b2", "https://x.example/b3", "https://x.example/b4", "https://x.example/b5", null,
                "https://x.example/good");
        assertThat(s.problems()).extracting(ImportProblem::outcome).containsExactly(
                ImportProblem.Outcome.REPAIRED, ImportProblem.Outcome.ORPHANED, ImportProblem.Outcome.PLACED_BY_QUOTE,
                ImportProblem.Outcome.ORPHANED, ImportProblem.Outcome.SKIPPED, ImportProblem.Outcome.SKIPPED,
                ImportProblem.Outcome.SKIPPED);
        assertThat(s.problems().get(0).reason()).contains("\"rumour\"").contains("default type \"claim\"");
        assertThat(s.problems().get(2).reason()).contains("unknown verdict \"dubious\"");
        assertThat(s.problems().get(3).reason()).contains("\"start\" is negative (-3)");
        assertThat(s.problems().get(4).reason()).contains("no \"target\"");
        assertThat(s.problems().get(6).reason()).contains("appears twice");
        Annotation b1 = store.annotations().find(AnnotationIds.fromIri("https://x.example/b1")).orElseThrow();
        assertThat(b1.typeKey()).isEqualTo("claim");
        assertThat(b1.isOrphan()).isFalse();
        assertThat(store.annotations().find(AnnotationIds.fromIri("https://x.example/b3")).orElseThrow().isOrphan())
                .isFalse();
        assertThat(s.stored()).isEqualTo(5);
        assertThat(s.skipped()).isEqualTo(3);
    }
}
