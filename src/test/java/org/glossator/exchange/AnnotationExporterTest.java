package org.glossator.exchange;

import org.glossator.domain.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossator.exchange.ExchangeFixtures.TEXT;
import static org.glossator.exchange.ExchangeFixtures.article;
import static org.glossator.exchange.ExchangeFixtures.on;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.glossator.domain.Annotation;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationExporterTest {
    @TempDir
    Path dir;
    SqliteStore store;
    long jobs;
    long other;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
        jobs = article(store, "Jobs", "https://example.org/jobs", TEXT);
        other = article(store, "Other", null, "Another text about bridges and rumours.");
        List<Annotation> list = new ArrayList<>();
        for (String q : List.of("minister", "unemployment", "Critics", "massaged")) {
            list.add(on(store, jobs, q, "claim"));
        }
        list.add(on(store, other, "bridges", "claim").toBuilder().creator("bob").build());
        store.annotations().saveAll(list);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void exportToWritesTheFileAndReportsWhatItWrote() throws Exception {
        Path file = dir.resolve("out/annotations.jsonld");
        ExportSummary s = new AnnotationExporter(store).exportTo(file, ExportFormat.W3C_JSON,
                ExportRequest.all().withArticles(true), Progress.NONE);
        assertThat(s).isEqualTo(new ExportSummary(2, 5, 0, 2));
        assertThat(s.toString()).isEqualTo("5 annotations from 2 articles, 2 embedded");
        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        assertThat(doc.get("total").asInt()).isEqualTo(5);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void aCancelledExportLeavesNoFileAndAnExistingOneUntouched() throws Exception {
        Path file = Files.writeString(dir.resolve("annotations.csv"), "previous export");
        AtomicLong asked = new AtomicLong();
        Progress cancelLater = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > 2;
            }
        };
        assertThatThrownBy(() -> new AnnotationExporter(store).exportTo(file, ExportFormat.CSV, ExportRequest.all(),
                cancelLater)).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(file)).isEqualTo("previous export");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("annotations.csv.part")
                    .noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aSelectionExportsOnlyItsArticlesAndAnAnnotatorFilterOnlyTheirAnnotations() throws Exception {
        AnnotationExporter exporter = new AnnotationExporter(store);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThat(exporter.writeJson(ExportRequest.article(jobs), out, Progress.NONE).annotations()).isEqualTo(4);
        out.reset();
        assertThat(exporter.writeJson(ExportRequest.all().onlyAnnotator("bob"), out, Progress.NONE).annotations())
                .isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
        assertThat(doc.get("label").asText()).isEqualTo("Glossator annotations: whole corpus, by bob");
        assertThat(doc.get("first").get("items").get(0).get("creator").get("name").asText()).isEqualTo("bob");
    }

    @Test
    void anUnknownArticleIsRefused() {
        assertThatThrownBy(() -> new AnnotationExporter(store).writeJson(ExportRequest.article(999),
                new java.io.ByteArrayOutputStream(), Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("There is no article #999 in ");
    }

    @Test
    void progressCountsAnnotationsAgainstTheTotal() throws Exception {
        List<long[]> updates = new ArrayList<>();
        Progress record = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new AnnotationExporter(store).writeJson(ExportRequest.all(), new java.io.ByteArrayOutputStream(), record);
        assertThat(updates.get(updates.size() - 1)).containsExactly(5, 5);
    }
}
