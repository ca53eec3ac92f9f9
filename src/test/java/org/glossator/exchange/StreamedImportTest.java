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
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the importer looks stored ids up and writes in batches of a thousand as the file
 * streams in. A file of several batches keeps the rules of a small one: a bad record in the
 * middle costs only itself and is listed in file order, and only later copies replace stored ones.
 */
class StreamedImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] QUOTES = {"minister", "unemployment fell", "last year", "Critics replied",
        "the figures were massaged", "cited the statistics office", "Café owners", "were not asked"};
    private static final int COUNT = 2_600;

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

    private ObjectNode exportOfMany() throws Exception {
        try (SqliteStore other = SqliteStore.open(dir.resolve("other.db"))) {
            long id = article(other, "Jobs", "https://example.org/jobs", TEXT);
            List<Annotation> list = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
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

    private ImportSummary importTree(JsonNode tree) throws Exception {
        Path file = Files.write(dir.resolve("many.jsonld"), JSON.writeValueAsBytes(tree));
        return new AnnotationImporter(store).importFile(file, ImportOptions.defaults());
    }

    @Test
    void badRecordsInTheMiddleOfALargeFileCostOnlyThemselvesAndAreListedInFileOrder() throws Exception {
        ObjectNode export = exportOfMany();
        ObjectNode stale = (ObjectNode) items(export).get(1_700);
        for (JsonNode s : stale.get("target").get("selector")) {
            if (s.get("type").asText().equals("TextPositionSelector")) {
                ((ObjectNode) s).put("start", 5000).put("end", 5010);
            }
        }
        ObjectNode notAnAnnotation = (ObjectNode) items(export).get(1_200);
        notAnAnnotation.put("type", "Note");
        String duplicateId = items(export).get(10).get("id").asText();
        ((ObjectNode) items(export).get(2_400)).put("id", duplicateId);

        ImportSummary s = importTree(export);

        assertThat(s.stored()).isEqualTo(COUNT - 2);
        assertThat(store.annotations().forArticle(jobs)).hasSize(COUNT - 2).noneMatch(Annotation::isOrphan);
        assertThat(s.problems()).extracting(ImportProblem::annotationId)
                .containsExactly(notAnAnnotation.get("id").asText(), stale.get("id").asText(), duplicateId);
        assertThat(s.problems()).extracting(ImportProblem::outcome).containsExactly(ImportProblem.Outcome.SKIPPED,
                ImportProblem.Outcome.PLACED_BY_QUOTE, ImportProblem.Outcome.SKIPPED);
    }

    @Test
    void aSecondImportAddsNothingAndOnlyLaterCopiesReplaceStoredOnesInEveryBatch() throws Exception {
        ObjectNode export = exportOfMany();
        assertThat(importTree(export).stored()).isEqualTo(COUNT);

        ObjectNode later = (ObjectNode) items(export).get(150);
        later.put("modified", "2030-01-01T00:00:00Z");
        ObjectNode laterInThirdBatch = (ObjectNode) items(export).get(2_500);
        laterInThirdBatch.put("modified", "2030-01-01T00:00:00Z");
        ObjectNode earlier = (ObjectNode) items(export).get(1_500);
        earlier.put("modified", "2000-01-01T00:00:00Z");
        ImportSummary again = importTree(export);

        assertThat(again.updated()).isEqualTo(2);
        assertThat(again.alreadyPresent()).isEqualTo(COUNT - 2);
        assertThat(store.annotations().count()).isEqualTo(COUNT);
        assertThat(store.annotations().find(AnnotationIds.fromIri(later.get("id").asText())).orElseThrow().modified())
                .hasToString("2030-01-01T00:00:00Z");
        assertThat(store.annotations().find(AnnotationIds.fromIri(earlier.get("id").asText())).orElseThrow()
                .modified()).isNotEqualTo(java.time.Instant.parse("2000-01-01T00:00:00Z"));
    }
}
