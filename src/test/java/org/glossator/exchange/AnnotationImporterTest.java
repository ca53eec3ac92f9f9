package org.glossator.exchange;

import org.glossator.domain.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossator.exchange.ExchangeFixtures.TEXT;
import static org.glossator.exchange.ExchangeFixtures.article;
import static org.glossator.exchange.ExchangeFixtures.fingerprint;
import static org.glossator.exchange.ExchangeFixtures.on;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.TypeKind;
import org.glossator.domain.Verdict;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationImporterTest {
    @TempDir
    Path dir;
    SqliteStore store;
    AnnotationImporter importer;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
        importer = new AnnotationImporter(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path resource(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/exchange/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path file(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    /** Exports the whole corpus of {@code from} as W3C JSON into a file. */
    private Path exportOf(SqliteStore from, boolean withArticles, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnotationExporter(from).writeJson(ExportRequest.all().withArticles(withArticles), out, Progress.NONE);
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void hypothesisSearchResultsAreAnchoredReanchoredOrphanedOrReportedAsUnmatched() throws Exception {
        long id = article(store, "Jobs", "https://example.org/jobs", TEXT);

        ImportSummary summary = importer.importFile(resource("hypothesis-search.json"), ImportOptions.defaults());

        assertThat(summary.anchored()).isEqualTo(1);
        assertThat(summary.reanchored()).isEqualTo(1);
        assertThat(summary.orphaned()).isEqualTo(1);
        assertThat(summary.unmatched()).isEqualTo(1);
        assertThat(summary.notPlaceable()).isEqualTo(2);
        assertThat(summary.total()).isEqualTo(6);
        assertThat(summary.toString()).startsWith("1 anchored, 1 re-anchored, 1 orphaned, 1 unmatched");
        assertThat(summary.unmatchedReport()).containsExactly("1 annotation on https://elsewhere.example.com/story:"
                + " no article in the database has this URL or text, and the file does not embed it");
        assertThat(store.articles().count()).isEqualTo(1); // no article invented for the unmatched one

        Annotation first = store.annotations().find("https://hypothes.is/a/Jk8QqE2lEe-9bqtXc7f1aQ").orElseThrow();
        assertThat(first.articleId()).isEqualTo(id);
        assertThat(first.typeKey()).isEqualTo("claim");
        assertThat(first.creator()).isEqualTo("maria");
        assertThat(first.note()).isEqualTo("Which survey? The statistics office says 4%.");
        assertThat(first.tags()).containsExactly("economy", "check");
        assertThat(first.created()).isEqualTo(Instant.parse("2024-03-04T10:11:12.345678Z"));
        assertThat(first.modified()).isEqualTo(Instant.parse("2024-03-04T10:15:00.120Z"));
        assertThat(first.target().start()).isEqualTo(23);
        assertThat(first.anchorState()).isEqualTo(AnchorState.ANCHORED);

        Annotation moved = store.annotations().find("https://hypothes.is/a/Kx9RrF3mEe-0crtYd8g2bR").orElseThrow();
        assertThat(moved.target().start()).isEqualTo(81); // the file said 311, a DOM offset
        assertThat(moved.target().end()).isEqualTo(106);
        assertThat(moved.anchorState()).isEqualTo(AnchorState.ANCHORED);

        Annotation orphan = store.annotations().find("https://hypothes.is/a/Lz0SsG4nEe-1dsuZe9h3cS").orElseThrow();
        assertThat(orphan.anchorState()).isEqualTo(AnchorState.ORPHANED);
        assertThat(orphan.target().exact()).isEqualTo("inflation doubled within a single quarter");
        assertThat(orphan.creator()).isEqualTo("tom");
    }

    @Test
    void theTypeGivenToHypothesisRowsIsAParameterAndMustExist() throws Exception {
        article(store, "Jobs", "https://example.org/jobs", TEXT);
        Path rows = resource("hypothesis-search.json");
        importer.importFile(rows, ImportOptions.defaults().withDefaultTypeKey("quote"));
        assertThat(store.annotations().all()).extracting(Annotation::typeKey).containsOnly("quote");

        assertThatThrownBy(() -> importer.importFile(rows, ImportOptions.defaults().withDefaultTypeKey("opinion")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("the default annotation type \"opinion\" is not in the scheme")
                .hasMessageContaining("claim, quote, source");
    }

    @Test
    void aW3cPageWithAnEmbeddedNextPageImportsEveryPage() throws Exception {
        article(store, "Jobs", "https://example.org/jobs", TEXT);

        ImportSummary summary = importer.importFile(resource("w3c-page-with-next.json"), ImportOptions.defaults());

        assertThat(summary.stored()).isEqualTo(2);
        Annotation foreign = store.annotations().find("https://annotations.example.net/anno/1").orElseThrow();
        assertThat(foreign.note()).isEqualTo("Needs a source.");
        assertThat(foreign.creator()).isEqualTo("ada");
        assertThat(foreign.created()).isEqualTo(Instant.parse("2023-11-01T08:00:00Z"));
        assertThat(foreign.modified()).isEqualTo(foreign.created());
        assertThat(foreign.target().start()).isEqualTo(23); // no position selector: the quote was searched for
        assertThat(foreign.target().suffix()).startsWith(" last year.");
        // urn:uuid ids become the canonical lowercase UUID
        Annotation second = store.annotations().find("7d4f0c2e-9a51-4f8b-b0c3-1e2d3f4a5b6c").orElseThrow();
        assertThat(second.note()).isEqualTo("Quoted without attribution?");
        assertThat(summary.anchored()).isEqualTo(1);
        assertThat(summary.reanchored()).isEqualTo(1);
    }

    @Test
    void aSingleAnnotationAnArrayAndACollectionAreAllAccepted() throws Exception {
        article(store, "Jobs", "https://example.org/jobs", TEXT);
        String one = annotationJson("https://x.example/1", "unemployment fell by 40%", 23, 47);
        String two = annotationJson("https://x.example/2", "cited the statistics office", 112, 139);
        String three = annotationJson("https://x.example/3", "the figures were massaged", 81, 106);

        assertThat(importer.importFile(file("single.json", "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\","
                + one.substring(1)), ImportOptions.defaults()).stored()).isEqualTo(1);
        ImportSummary array = importer.importFile(file("array.json", "[" + one + "," + two + "]"),
                ImportOptions.defaults());
        assertThat(List.of(array.stored(), array.alreadyPresent())).isEqualTo(List.of(1, 1));
        String collection = """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
                 "id": "https://x.example/c", "total": 1, "last": "https://x.example/c/p1",
                 "first": {"type": "AnnotationPage", "id": "https://x.example/c/p1", "items": [%s]}}
                """.formatted(three);
        assertThat(importer.importFile(file("collection.json", collection), ImportOptions.defaults()).stored())
                .isEqualTo(1);
        assertThat(store.annotations().count()).isEqualTo(3);
    }

    private static String annotationJson(String id, String exact, int start, int end) {
        return """
                {"id": "%s", "type": "Annotation", "body": {"type": "TextualBody", "value": "note for %s"},
                 "target": {"source": "https://example.org/jobs", "selector": [
                   {"type": "TextQuoteSelector", "exact": "%s"},
                   {"type": "TextPositionSelector", "start": %d, "end": %d}]}}""".formatted(id, id, exact, start, end);
    }

    @Test
    void offsetsIntoTheVerySameTextAnchorExactlyEvenWithoutContext() throws Exception {
        long id = article(store, "Local", null, TEXT);
        String sha = store.articles().find(id).orElseThrow().sha256();
        Path f = file("bare.json", """
                [{"id": "https://x.example/1", "type": "Annotation",
                  "target": {"source": "urn:sha256:%s", "selector": [
                    {"type": "TextQuoteSelector", "exact": "unemployment fell by 40%%"},
                    {"type": "TextPositionSelector", "start": 23, "end": 47}]}},
                 {"id": "https://x.example/2", "type": "Annotation",
                  "target": {"source": "urn:sha256:%s", "selector": [
                    {"type": "TextPositionSelector", "start": 112, "end": 139}]}}]""".formatted(sha, sha));

        ImportSummary s = importer.importFile(f, ImportOptions.defaults());

        assertThat(s.anchored()).isEqualTo(2);
        Annotation first = store.annotations().find("https://x.example/1").orElseThrow();
        assertThat(first.target().prefix()).isEqualTo("The minister said that ");
        Annotation second = store.annotations().find("https://x.example/2").orElseThrow();
        assertThat(second.target().exact()).isEqualTo("cited the statistics office"); // taken from the text
    }

    @Test
    void aCollectionWhosePagesAreElsewhereIsRejectedWithWhatToDo() throws Exception {
        Path f = file("remote.json", """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://x.example/c",
                 "type": "AnnotationCollection", "total": 40, "first": "https://x.example/c/page1"}""");
        assertThatThrownBy(() -> importer.importFile(f, ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessage("remote.json: the file holds no annotations itself, only links to pages elsewhere;"
                        + " download those pages and import them");
    }

    @Test
    void referencesToAnnotationsElsewhereAreWarnedAboutWithinBounds() throws Exception {
        article(store, "Jobs", "https://example.org/jobs", TEXT);
        StringBuilder items = new StringBuilder(annotationJson("https://x.example/1", "Critics", 59, 66));
        for (int i = 0; i < 150; i++) {
            items.append(", \"https://elsewhere.example/anno/").append(i).append('"');
        }
        Path f = file("refs.json", "{\"type\": \"AnnotationPage\", \"id\": \"https://x.example/p\", \"items\": ["
                + items + "]}");

        ImportSummary s = importer.importFile(f, ImportOptions.defaults());

        assertThat(s.stored()).isEqualTo(1);
        assertThat(s.warnings()).hasSize(101);
        assertThat(s.warnings().get(0)).isEqualTo("the annotation https://elsewhere.example/anno/0 is only referenced"
                + " by IRI; it was not imported");
        assertThat(s.warnings().get(100)).isEqualTo("and 50 more warnings like these");
    }

    @Test
    void reimportingTheSameFileAddsNothing() throws Exception {
        Path export;
        try (SqliteStore other = SqliteStore.open(dir.resolve("other.db"))) {
            long id = article(other, "Jobs", "https://example.org/jobs", TEXT);
            Annotation a = on(other, id, "unemployment fell by 40%", "claim");
            Annotation b = on(other, id, "the figures were massaged", "quote");
            other.annotations().saveAll(List.of(a, b));
            other.annotations().saveLink(ExchangeFixtures.link(a, b, LinkRelation.RELATED));
            export = exportOf(other, true, "export.jsonld");
        }
        ImportSummary first = importer.importFile(export, ImportOptions.defaults());
        assertThat(first.stored()).isEqualTo(2);
        assertThat(first.linksRestored()).isEqualTo(1);
        String after = fingerprint(store);

        ImportSummary second = importer.importFile(export, ImportOptions.defaults());

        assertThat(second.stored()).isZero();
        assertThat(second.alreadyPresent()).isEqualTo(2);
        assertThat(second.articlesAdded()).isZero();
        assertThat(fingerprint(store)).isEqualTo(after);
        assertThat(store.annotations().count()).isEqualTo(2);
        assertThat(store.annotations().allLinks()).hasSize(1);
    }

    @Test
    void aLaterCopyReplacesTheStoredOneAndAnEarlierOneIsSkipped() throws Exception {
        long id = article(store, "Jobs", "https://example.org/jobs", TEXT);
        Annotation mine = on(store, id, "unemployment fell by 40%", "claim").toBuilder().note("mine").build();
        store.annotations().save(mine);
        String iri = "urn:uuid:" + mine.id();
        String newer = """
                {"id": "%s", "type": "Annotation", "modified": "2030-01-01T00:00:00Z",
                 "body": {"type": "TextualBody", "purpose": "commenting", "value": "theirs"},
                 "target": {"source": "https://example.org/jobs", "selector": [
                   {"type": "TextQuoteSelector", "exact": "unemployment fell by 40%%"}]}}""".formatted(iri);
        ImportSummary s = importer.importFile(file("newer.json", newer), ImportOptions.defaults());
        assertThat(s.updated()).isEqualTo(1);
        assertThat(s.toString()).contains("(1 of them replaced older copies)");
        assertThat(store.annotations().find(mine.id()).orElseThrow().note()).isEqualTo("theirs");

        String older = newer.replace("2030-01-01", "2001-01-01").replace("theirs", "stale");
        ImportSummary t = importer.importFile(file("older.json", older), ImportOptions.defaults());
        assertThat(t.alreadyPresent()).isEqualTo(1);
        assertThat(store.annotations().find(mine.id()).orElseThrow().note()).isEqualTo("theirs");
    }

    @Test
    void anAnnotatorNameReplacesTheCreatorsOfAnnotationsAndLinks() throws Exception {
        Path export;
        try (SqliteStore other = SqliteStore.open(dir.resolve("other.db"))) {
            long id = article(other, "Jobs", null, TEXT);
            Annotation a = on(other, id, "unemployment fell by 40%", "claim");
            Annotation b = on(other, id, "cited the statistics office", "source");
            other.annotations().saveAll(List.of(a, b));
            other.annotations().saveLink(ExchangeFixtures.link(a, b, LinkRelation.SUPPORTED_BY));
            export = exportOf(other, true, "export.jsonld");
        }
        importer.importFile(export, ImportOptions.defaults().withAnnotator("bob"));
        assertThat(store.annotations().all()).extracting(Annotation::creator).containsOnly("bob");
        assertThat(store.annotations().allLinks()).extracting(AnnotationLink::creator).containsOnly("bob");
    }

    @Test
    void anArticleWithoutUrlIsMatchedByTheSha256OfItsText() throws Exception {
        Path export;
        try (SqliteStore other = SqliteStore.open(dir.resolve("other.db"))) {
            long id = article(other, "Jobs", null, TEXT);
            other.annotations().save(on(other, id, "cited the statistics office", "source"));
            export = exportOf(other, false, "export.jsonld");
        }
        assertThat(Files.readString(export)).contains("\"source\":\"urn:sha256:");
        long mine = article(store, "My copy", null, TEXT);

        ImportSummary s = importer.importFile(export, ImportOptions.defaults());

        assertThat(s.anchored()).isEqualTo(1);
        assertThat(store.annotations().all()).extracting(Annotation::articleId).containsExactly(mine);
    }

    @Test
    void withoutTheArticleNothingIsInventedAndTheAnnotationsAreReportedUnmatched() throws Exception {
        Path export;
        try (SqliteStore other = SqliteStore.open(dir.resolve("other.db"))) {
            long id = article(other, "Jobs", "https://example.org/jobs", TEXT);
            other.annotations().save(on(other, id, "cited the statistics office", "source"));
            export = exportOf(other, false, "export.jsonld");
        }
        ImportSummary s = importer.importFile(export, ImportOptions.defaults());
        assertThat(s.unmatched()).isEqualTo(1);
        assertThat(s.unmatchedSources()).containsEntry("https://example.org/jobs", 1);
        assertThat(store.articles().count()).isZero();
        assertThat(store.annotations().count()).isZero();
    }

    @Test
    void theDatabasesOwnVersionOfAnArticleWinsAndAnnotationsAreReanchoredToIt() throws Exception {
        Path export;
        try (SqliteStore other = SqliteStore.open(dir.resolve("other.db"))) {
            long id = article(other, "Jobs", "https://example.org/jobs", TEXT);
            other.annotations().save(on(other, id, "cited the statistics office", "source"));
            export = exportOf(other, true, "export.jsonld");
        }
        String edited = "Breaking: " + TEXT.replace("massaged", "cooked");
        long mine = article(store, "Jobs (re-fetched)", "https://example.org/jobs", edited);

        ImportSummary s = importer.importFile(export, ImportOptions.defaults());

        assertThat(s.articlesAdded()).isZero();
        assertThat(s.warnings()).singleElement().asString().contains("already has another version of it");
        assertThat(s.reanchored()).isEqualTo(1);
        Annotation a = store.annotations().all().get(0);
        assertThat(a.articleId()).isEqualTo(mine);
        assertThat(a.target().start()).isEqualTo(TEXT.indexOf("cited the statistics office") + 10 - 2);
        assertThat(a.target().exact()).isEqualTo("cited the statistics office");
    }

    @Test
    void aTypeTheDatabaseLacksIsCreatedFromTheClassifyingBody() throws Exception {
        article(store, "Jobs", "https://example.org/jobs", TEXT);
        String json = """
                [{"id": "https://x.example/1", "type": "Annotation",
                  "body": {"type": "TextualBody", "purpose": "classifying", "value": "loaded-language",
                           "label": "Loaded language", "color": "#CC79A7", "kind": "generic"},
                  "target": {"source": "https://example.org/jobs",
                             "selector": {"type": "TextQuoteSelector", "exact": "massaged"}}},
                 {"id": "https://x.example/2", "type": "Annotation",
                  "body": [{"type": "TextualBody", "purpose": "classifying", "value": "Weasel Words"}],
                  "target": {"source": "https://example.org/jobs",
                             "selector": {"type": "TextQuoteSelector", "exact": "Critics"}}}]""";

        ImportSummary s = importer.importFile(file("types.json", json), ImportOptions.defaults());

        assertThat(s.typesCreated()).containsExactly("loaded-language", "weasel-words");
        AnnotationType loaded = store.scheme().find("loaded-language").orElseThrow();
        assertThat(List.of(loaded.label(), loaded.color(), loaded.kind(), loaded.builtIn()))
                .isEqualTo(List.of("Loaded language", "#CC79A7", TypeKind.GENERIC, false));
        assertThat(store.scheme().find("weasel-words").orElseThrow().label()).isEqualTo("Weasel Words");
        assertThat(store.annotations().find("https://x.example/2").orElseThrow().typeKey()).isEqualTo("weasel-words");
    }

    @Test
    void aTypeTheDatabaseLacksAndTheFileDoesNotDescribeBecomesTheDefaultTypeAndIsListed() throws Exception {
        article(store, "Jobs", "https://example.org/jobs", TEXT);
        Path f = file("bare.json", """
                {"id": "https://x.example/1", "type": "Annotation",
                 "body": {"type": "TextualBody", "purpose": "classifying", "value": "hearsay"},
                 "target": {"source": "https://example.org/jobs",
                            "selector": {"type": "TextQuoteSelector", "exact": "massaged"}}}""");
        ImportSummary s = importer.importFile(f, ImportOptions.defaults());
        assertThat(s.stored()).isEqualTo(1);
        assertThat(s.problemReport()).containsExactly("annotation https://x.example/1, line 1: its type \"hearsay\""
                + " is not in this database's scheme, and the file does not describe it (no label or colour on the"
                + " classifying body); it was given the default type \"claim\" — imported");
        assertThat(store.annotations().find("https://x.example/1").orElseThrow().typeKey()).isEqualTo("claim");
        assertThat(store.scheme().find("hearsay")).isEmpty();
    }

    @Test
    void linksAreRestoredWhenBothEndsExistAndCountedWhenNot() throws Exception {
        long id = article(store, "Jobs", "https://example.org/jobs", TEXT);
        Annotation present = on(store, id, "Critics", "claim");
        store.annotations().save(present);
        String json = """
                [{"id": "https://x.example/1", "type": "Annotation",
                  "target": {"source": "https://example.org/jobs",
                             "selector": {"type": "TextQuoteSelector", "exact": "massaged"}},
                  "links": [{"id": "https://x.example/link/1", "relation": "contradicted-by",
                             "linkedTo": "urn:uuid:%s", "created": "2024-01-01T00:00:00Z"},
                            {"relation": "same-as", "linkedTo": "https://x.example/nowhere"}]}]
                """.formatted(present.id());

        ImportSummary s = importer.importFile(file("links.json", json), ImportOptions.defaults());

        assertThat(s.linksRestored()).isEqualTo(1);
        assertThat(s.linksUnresolved()).isEqualTo(1);
        AnnotationLink link = store.annotations().allLinks().get(0);
        assertThat(List.of(link.id(), link.fromId(), link.toId(), link.relation()))
                .isEqualTo(List.of("https://x.example/link/1", "https://x.example/1", present.id(),
                        LinkRelation.CONTRADICTED_BY));
    }

    @Test
    void glossatorFieldsComeBackFromTheExtension() throws Exception {
        long id = article(store, "Jobs", "https://example.org/jobs", TEXT);
        String json = """
                {"id": "https://x.example/1", "type": "Annotation", "created": "2024-02-03T04:05:06.000000007Z",
                 "body": [{"type": "TextualBody", "purpose": "classifying", "value": "claim"},
                          {"type": "TextualBody", "purpose": "commenting", "value": "first"},
                          {"type": "TextualBody", "value": "second"},
                          {"type": "TextualBody", "purpose": "tagging", "value": "t1"}],
                 "target": {"source": "https://example.org/jobs",
                            "selector": {"type": "TextQuoteSelector", "exact": "unemployment fell by 40%"}},
                 "verdict": "misleading", "evidence": "ONS table 3", "speaker": "the minister",
                 "attributionGiven": false, "citation": "ONS 2024", "url": "https://ons.example/t3"}""";

        importer.importFile(file("fields.json", json), ImportOptions.defaults());

        Annotation a = store.annotations().find("https://x.example/1").orElseThrow();
        assertThat(a.articleId()).isEqualTo(id);
        assertThat(a.note()).isEqualTo("first\n\nsecond");
        assertThat(a.tags()).containsExactly("t1");
        assertThat(a.verdict()).isEqualTo(Verdict.MISLEADING);
        assertThat(List.of(a.evidence(), a.speaker(), a.attributionGiven(), a.citation(), a.url()))
                .isEqualTo(List.of("ONS table 3", "the minister", false, "ONS 2024", "https://ons.example/t3"));
        assertThat(a.created()).isEqualTo(Instant.parse("2024-02-03T04:05:06.000000007Z"));
    }

    @Test
    void annotationsWithoutIdOrTimesGetStableOnesSoAReimportAddsNothing() throws Exception {
        article(store, "Jobs", "https://example.org/jobs", TEXT);
        Path f = file("anonymous.json", """
                {"type": "Annotation", "bodyValue": "no id, no times",
                 "target": {"source": "https://example.org/jobs",
                            "selector": {"type": "TextQuoteSelector", "exact": "massaged"}}}""");
        Instant mtime = Instant.parse("2022-02-22T22:22:22Z");
        Files.setLastModifiedTime(f, FileTime.from(mtime));

        importer.importFile(f, ImportOptions.defaults());
        ImportSummary again = importer.importFile(f, ImportOptions.defaults());

        assertThat(again.alreadyPresent()).isEqualTo(1);
        Annotation a = store.annotations().all().get(0);
        assertThat(a.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(a.created()).isEqualTo(mtime);
        assertThat(a.modified()).isEqualTo(mtime);
    }

    @Test
    void progressIsReportedAndCancellingRollsEverythingBack() throws Exception {
        Path export;
        try (SqliteStore other = SqliteStore.open(dir.resolve("other.db"))) {
            long id = article(other, "Jobs", null, TEXT);
            List<Annotation> many = new ArrayList<>();
            for (String q : List.of("minister", "unemployment", "Critics", "massaged", "statistics", "Zürich")) {
                many.add(on(other, id, q, "claim"));
            }
            other.annotations().saveAll(many);
            export = exportOf(other, true, "export.jsonld");
        }
        List<long[]> updates = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        Progress cancelAfterThree = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return calls.incrementAndGet() > 3; // the article and two annotations, then cancel
            }
        };
        String before = fingerprint(store);

        assertThatThrownBy(() -> importer.importFile(export, ImportOptions.defaults().withProgress(cancelAfterThree)))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).isCancelled()).isTrue())
                .hasMessage("export.jsonld: import cancelled; nothing was changed");
        assertThat(fingerprint(store)).isEqualTo(before);
        assertThat(updates).hasSize(3);
        long size = Files.size(export);
        assertThat(updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(size));
        assertThat(updates.get(2)[0]).isGreaterThan(updates.get(0)[0]).isLessThanOrEqualTo(size);
    }
}
