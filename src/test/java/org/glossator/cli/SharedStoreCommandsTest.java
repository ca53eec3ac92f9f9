package org.glossator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.TextTarget;
import org.glossator.store.postgres.SharedPostgres;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that reads or writes a corpus works on a shared store named by a URL, and push/pull move one. */
class SharedStoreCommandsTest {
    private static final String TEXT = "Harbour Lanterns\n\nThe harbour lanterns were replaced last winter."
            + " Fishermen call the new lanterns too bright.\n";

    @TempDir
    Path dir;
    private String jdbcUrl;
    private String url;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void database() {
        jdbcUrl = SharedPostgres.migratedDatabase("cli");
        url = jdbcUrl.substring("jdbc:".length()); // the libpq form users type
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, location -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void importListSearchShowExportAndImportAnnotationsOnTheSharedStore() throws Exception {
        Path file = Files.writeString(dir.resolve("lanterns.txt"), TEXT);
        assertThat(run("--db", jdbcUrl, "import", file.toString())).as(err.toString()).isZero();
        assertThat(run("--db", url, "list")).isZero();
        assertThat(out.toString()).contains("Harbour Lanterns");

        assertThat(run("--db", url, "search", "lantern*", "--json")).as(err.toString()).isZero();
        JsonNode hit = new ObjectMapper().readTree(out.toString()).get(0);
        long id = hit.get("articleId").asLong();
        assertThat(hit.get("matches")).hasSize(2);

        assertThat(run("--db", url, "show", String.valueOf(id))).isZero();
        assertThat(out.toString()).contains("too bright.");

        Path export = dir.resolve("export.json");
        assertThat(run("--db", url, "export", "--format", "w3c", "--with-articles", "--out", export.toString()))
                .as(err.toString()).isZero();
        assertThat(Files.readString(export)).contains("Harbour Lanterns");
        Path annotations = Files.writeString(dir.resolve("notes.json"), """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
                 "items": [{"type": "Annotation", "id": "urn:uuid:7d1e5c9a-1111-4c1e-9d1e-5c9a7d1e5c9a",
                   "creator": {"name": "Ada"}, "bodyValue": "too vague",
                   "target": {"source": "urn:sha256:%s",
                     "selector": {"type": "TextQuoteSelector", "exact": "new lanterns"}}}]}"""
                .formatted(org.glossator.domain.TextHash.sha256(textOf(id))));
        assertThat(run("--db", url, "import-annotations", annotations.toString())).as(out + " " + err).isZero();
        assertThat(run("--db", url, "list", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("annotationCount").asInt()).isEqualTo(1);
    }

    private String textOf(long id) throws Exception {
        run("--db", url, "show", String.valueOf(id), "--json");
        return new ObjectMapper().readTree(out.toString()).get("text").asText();
    }

    @Test
    void backupCommandsSayTheyAreForTheFileStore() {
        assertThat(run("--db", url, "backup")).isEqualTo(Cli.SOME_REFUSED);
        assertThat(err.toString()).contains("Backups are for a database file").contains("glossator pull");
        assertThat(run("--db", url, "backups")).isEqualTo(Cli.SOME_REFUSED);
    }

    @Test
    void groupInitSetsUpTheRolesOnASharedStoreOnly() {
        assertThat(run("--db", url, "group", "init")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("GRANT glossator_annotator TO");
        assertThat(run("--db", dir.resolve("file.db").toString(), "group", "init")).isEqualTo(Cli.SOME_REFUSED);
        assertThat(err.toString()).contains("for a shared store");
    }

    @Test
    void pushAndPullCopyACorpusAndAreIdempotent() {
        Path laptop = dir.resolve("laptop.db");
        List<Annotation> marked = laptopWithAClaimAndASource(laptop);
        Annotation claim = marked.get(0);
        Annotation source = marked.get(1);
        try (SqliteStore store = SqliteStore.open(laptop)) {
            store.annotations().saveLink(new AnnotationLink("link-1", claim.id(), source.id(), LinkRelation.RELATED,
                    "Ada", Instant.parse("2026-01-01T00:00:00Z")));
        }
        assertThat(run("push", "--from", laptop.toString(), "--to", url)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Articles: 1 added").contains("Annotations: 2 added")
                .contains("Links: 1 added");
        assertThat(run("push", "--from", laptop.toString(), "--to", url)).isZero();
        assertThat(out.toString()).contains("Articles: 0 added, 1 already there")
                .contains("Annotations: 0 added, 0 updated, 2 unchanged").contains("Links: 0 added");

        // Worked offline: one annotation edited, one new; the push carries exactly those.
        try (SqliteStore store = SqliteStore.open(laptop)) {
            store.annotations().save(claim.toBuilder().note("edited offline")
                    .modified(claim.modified().plusSeconds(60)).build());
            store.annotations().save(annotation(claim.articleId(), 8, 16, "Lanterns"));
        }
        assertThat(run("push", "--from", laptop.toString(), "--to", url)).isZero();
        assertThat(out.toString()).contains("Annotations: 1 added, 1 updated, 1 unchanged");

        Path copy = dir.resolve("copy.db");
        assertThat(run("pull", "--from", url, "--to", copy.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Annotations: 3 added").contains("Links: 1 added");
        assertThat(run("pull", "--from", url, "--to", copy.toString())).isZero();
        assertThat(out.toString()).contains("Annotations: 0 added, 0 updated, 3 unchanged");
        try (SqliteStore store = SqliteStore.open(copy)) {
            assertThat(store.annotations().find(claim.id()).orElseThrow().note()).isEqualTo("edited offline");
            assertThat(store.annotations().allLinks()).hasSize(1);
            assertThat(store.articles().count()).isEqualTo(1);
        }
    }

    @Test
    void aDeletionTravelsWithPushAndPullAndAnOlderCopyDoesNotBringItBack() {
        Path laptop = dir.resolve("laptop.db");
        List<Annotation> marked = laptopWithAClaimAndASource(laptop);
        Annotation claim = marked.get(0);
        Annotation source = marked.get(1);
        assertThat(run("push", "--from", laptop.toString(), "--to", url)).as(err.toString()).isZero();
        Path other = dir.resolve("other-laptop.db");
        assertThat(run("pull", "--from", url, "--to", other.toString())).as(err.toString()).isZero();

        // Offline on the first laptop: the claim deleted. The push deletes it in the shared store.
        try (SqliteStore store = SqliteStore.open(laptop)) {
            assertThat(store.annotations().delete(claim.id())).isTrue();
        }
        assertThat(run("push", "--from", laptop.toString(), "--to", url)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 unchanged, 1 deleted");

        // The other laptop still has its older copy: pushing it does not bring the claim back,
        // and pulling deletes it there too.
        assertThat(run("push", "--from", other.toString(), "--to", url)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 not brought back (deleted at the target)");
        assertThat(run("pull", "--from", url, "--to", other.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 deleted");
        try (SqliteStore store = SqliteStore.open(other)) {
            assertThat(store.annotations().find(claim.id())).isEmpty();
            assertThat(store.annotations().find(source.id())).isPresent();
        }
        assertThat(run("push", "--from", other.toString(), "--to", url)).isZero();
        assertThat(out.toString()).contains("Annotations: 0 added, 0 updated, 1 unchanged.");
    }

    /** A laptop's database with one article, a claim on it and a source: the two annotations, in that order. */
    private static List<Annotation> laptopWithAClaimAndASource(Path laptop) {
        try (SqliteStore store = SqliteStore.open(laptop)) {
            long id = store.articles().add(new ArticleDraft("Lanterns", null, null, null, null, TEXT, List.of())).id();
            List<Annotation> marked = List.of(annotation(id, 22, 30, "lanterns"), annotation(id, 0, 7, "Harbour"));
            store.annotations().saveAll(marked);
            return marked;
        }
    }

    private static Annotation annotation(long articleId, int start, int end, String exact) {
        Instant at = Instant.parse("2026-01-01T10:00:00.123456789Z");
        return Annotation.builder().id(UUID.randomUUID().toString()).articleId(articleId).typeKey("claim")
                .target(new TextTarget(start, end, exact, "", "")).note("n").tags(List.of("t"))
                .creator("Ada").created(at).modified(at).build();
    }
}
