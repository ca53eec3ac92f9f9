package org.glossator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.glossator.domain.Annotation;
import org.glossator.domain.Article;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.workspace.AnnotationService;
import org.glossator.workspace.SampleCorpus;
import org.glossator.workspace.UndoHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export and import-annotations from the command line, between two databases. */
class AnnotationCommandsTest {
    @TempDir
    Path dir;
    StringWriter out;
    StringWriter err;
    List<Annotation> made;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, db -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    @BeforeEach
    void annotateTwoArticles() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("a.db"))) {
            new SampleCorpus(store).addSamples();
            AnnotationService service = new AnnotationService(store, new UndoHistory(), Clock.systemUTC());
            var types = store.scheme().types();
            for (int i = 1; i <= 2; i++) {
                Article article = store.articles().find(i).orElseThrow();
                service.create(article, 10, 40, types.get(0), "Ada");
                service.create(article, 100, 130, types.get(1), "Ada");
            }
            made = store.annotations().all();
        }
    }

    @Test
    void exportWithArticlesThenImportIntoAnEmptyDatabaseBringsEverythingBack() throws Exception {
        Path file = dir.resolve("out.jsonld");
        assertThat(run("--db", dir.resolve("a.db").toString(), "export", "--format", "w3c", "--article", "1",
                "--article", "2", "--with-articles", "--out", file.toString())).isZero();
        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        assertThat(doc.get("type").asText()).isEqualTo("AnnotationCollection");

        Path fresh = dir.resolve("b.db");
        try (SqliteStore store = SqliteStore.open(fresh)) {
            assertThat(store.articles().count()).isZero();
        }
        assertThat(run("--db", fresh.toString(), "import-annotations", file.toString())).isZero();
        assertThat(out.toString()).contains("4 anchored, 0 re-anchored, 0 orphaned");
        try (SqliteStore store = SqliteStore.open(fresh)) {
            assertThat(store.annotations().all()).containsExactlyInAnyOrderElementsOf(made);
        }
        // Importing the same file again does not duplicate.
        assertThat(run("--db", fresh.toString(), "import-annotations", file.toString())).isZero();
        try (SqliteStore store = SqliteStore.open(fresh)) {
            assertThat(store.annotations().count()).isEqualTo(4);
        }
    }

    @Test
    void csvHasAHeaderAndOneRowPerAnnotation() throws Exception {
        Path csv = dir.resolve("out.csv");
        assertThat(run("--db", dir.resolve("a.db").toString(), "export", "--format", "csv", "--out",
                csv.toString())).isZero();
        String content = Files.readString(csv);
        assertThat(content.lines().findFirst().orElseThrow()).contains("article").contains("quote").contains("note");
        // Quoted fields may hold line breaks (RFC 4180): count records, not lines.
        assertThat(records(content)).isEqualTo(1 + 4);
        for (Annotation a : made) {
            assertThat(content).contains(a.id());
        }
    }

    private static int records(String csv) {
        int records = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                records++;
            }
        }
        return records;
    }

    @Test
    void aMalformedFileIsRefusedWithItsNameAndLineAndChangesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"type\": \"Annotation\",\n  \"target\": ");
        assertThat(run("--db", dir.resolve("a.db").toString(), "import-annotations", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.json").containsPattern("line \\d+");
        try (SqliteStore store = SqliteStore.open(dir.resolve("a.db"))) {
            assertThat(store.annotations().all()).containsExactlyInAnyOrderElementsOf(made);
        }
    }

    @Test
    void exportOfAMissingArticleIsRefused() {
        Path file = dir.resolve("x.jsonld");
        assertThat(run("--db", dir.resolve("a.db").toString(), "export", "--format", "w3c", "--article", "999",
                "--out", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("#999");
        assertThat(Files.exists(file)).isFalse();
    }

    /** Issue 12, defect 2: one bad annotation is listed by id with its reason, the rest imported, exit 1. */
    @Test
    void aBadAnnotationIsListedTheOthersAreImportedAndTheStatusIsOne() throws Exception {
        Path file = dir.resolve("all.jsonld");
        assertThat(run("--db", dir.resolve("a.db").toString(), "export", "--format", "w3c", "--with-articles",
                "--out", file.toString())).isZero();
        ObjectMapper json = new ObjectMapper();
        var doc = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        JsonNode stale = doc.get("first").get("items").get(2);
        for (JsonNode selector : stale.get("target").get("selector")) {
            if (selector.get("type").asText().equals("TextPositionSelector")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) selector).put("start", 900000).put("end", 900010);
            }
        }
        json.writeValue(file.toFile(), doc);

        Path fresh = dir.resolve("b.db");
        assertThat(run("--db", fresh.toString(), "import-annotations", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(stale.get("id").asText()).contains("(900000..900010) runs past the end")
                .contains("placed by its quote");
        assertThat(out.toString()).contains("1 annotation with problems");
        try (SqliteStore store = SqliteStore.open(fresh)) {
            assertThat(store.annotations().count()).isEqualTo(4);
        }
    }

    @Test
    void bomStartsTheCsvWithAByteOrderMarkForSpreadsheets() throws Exception {
        Path csv = dir.resolve("excel.csv");
        assertThat(run("--db", dir.resolve("a.db").toString(), "export", "--format", "csv", "--bom", "--out",
                csv.toString())).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(run("--db", dir.resolve("a.db").toString(), "export", "--format", "w3c", "--bom", "--out",
                dir.resolve("x.jsonld").toString())).isEqualTo(2);
    }
}
