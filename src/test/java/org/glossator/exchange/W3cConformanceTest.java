package org.glossator.exchange;

import org.glossator.domain.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.exchange.ExchangeFixtures.TEXT;
import static org.glossator.exchange.ExchangeFixtures.article;
import static org.glossator.exchange.ExchangeFixtures.on;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextHash;
import org.glossator.domain.TextStyle;
import org.glossator.domain.TypeKind;
import org.glossator.domain.Verdict;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exports meet every MUST of the W3C Web Annotation Data Model, and the validator catches breaches. */
class W3cConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    SqliteStore store;
    long withUrl;
    long withoutUrl;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
        withUrl = article(store, "Jobs", "https://example.org/jobs", TEXT);
        withoutUrl = store.articles().add(new org.glossator.domain.ArticleDraft("Local file", null, null, null,
                "notes.md", "# Notes\nA rumour about the bridge 🌉 spread fast.",
                List.of(new StyleSpan(0, 7, TextStyle.HEADING_1)))).id();
        store.scheme().save(new AnnotationType("rumour", "Rumour", "#CC79A7", 3, TypeKind.GENERIC, false));
        Annotation claim = on(store, withUrl, "unemployment fell by 40%", "claim").toBuilder()
                .note("Which survey?\nSee the ONS.").tags(List.of("economy", "numbers, with comma"))
                .verdict(Verdict.MISLEADING).evidence("ONS table 3").build();
        Annotation quote = on(store, withUrl, "the figures were massaged", "quote").toBuilder()
                .speaker("critics").attributionGiven(false).creator("").build();
        Annotation source = on(store, withUrl, "cited the statistics office", "source").toBuilder()
                .citation("ONS 2024").url("https://ons.example/t3").build();
        Annotation rumour = on(store, withoutUrl, "rumour about the bridge 🌉", "rumour");
        Annotation orphan = on(store, withoutUrl, "spread fast", "claim").toBuilder()
                .anchorState(AnchorState.ORPHANED).build();
        store.annotations().saveAll(List.of(claim, quote, source, rumour, orphan));
        store.annotations().saveLink(ExchangeFixtures.link(claim, source, LinkRelation.CONTRADICTED_BY));
        store.annotations().saveLink(ExchangeFixtures.link(rumour, claim, LinkRelation.RELATED));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private JsonNode export(ExportRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnotationExporter(store).writeJson(request, out, Progress.NONE);
        return JSON.readTree(out.toByteArray());
    }

    static Stream<ExportRequest> requests() {
        return Stream.of(ExportRequest.all(), ExportRequest.all().withArticles(true),
                ExportRequest.article(2), ExportRequest.all().onlyAnnotator("nobody"),
                ExportRequest.articles(List.of(2L, 1L)).withArticles(true).onlyAnnotator("alice"));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void everyExportMeetsTheMustsOfTheW3cModel(ExportRequest request) throws Exception {
        JsonNode doc = export(request);
        assertThat(W3cModelValidator.violations(doc)).isEmpty();
    }

    @Test
    void theExportHasTheW3cShapeAndGlossatorsFieldsInTheExtension() throws Exception {
        JsonNode doc = export(ExportRequest.all().withArticles(true));
        assertThat(doc.fieldNames().next()).isEqualTo("@context");
        assertThat(doc.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(doc.get("@context").get(1).get("glossator").asText()).isEqualTo("https://glossator.org/ns/");
        assertThat(doc.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(doc.get("total").asInt()).isEqualTo(5);
        JsonNode items = doc.get("first").get("items");
        assertThat(items).hasSize(5);

        JsonNode claim = find(items, "unemployment fell by 40%");
        assertThat(claim.get("id").asText()).startsWith("urn:uuid:");
        assertThat(claim.get("target").get("source").asText()).isEqualTo("https://example.org/jobs");
        assertThat(claim.get("target").get("textSha256").asText()).isEqualTo(TextHash.sha256(TEXT));
        assertThat(claim.get("target").get("selector").get(1).get("start").asInt()).isEqualTo(23);
        assertThat(bodies(claim, "classifying")).containsExactly("claim");
        assertThat(bodies(claim, "commenting")).containsExactly("Which survey?\nSee the ONS.");
        assertThat(bodies(claim, "tagging")).containsExactly("economy", "numbers, with comma");
        assertThat(claim.get("verdict").asText()).isEqualTo("misleading");
        assertThat(claim.get("creator").get("name").asText()).isEqualTo("alice");
        assertThat(claim.get("created").asText()).isEqualTo("2024-05-02T10:15:30.123456789Z");
        assertThat(claim.get("links").get(0).get("relation").asText()).isEqualTo("contradicted-by");

        JsonNode quote = find(items, "the figures were massaged");
        assertThat(quote.has("creator")).isFalse(); // no creator rather than an empty one
        assertThat(quote.get("attributionGiven").asBoolean(true)).isFalse();

        JsonNode rumour = find(items, "rumour about the bridge 🌉");
        String urn = "urn:sha256:" + store.articles().find(withoutUrl).orElseThrow().sha256();
        assertThat(rumour.get("target").get("source").asText()).isEqualTo(urn);
        assertThat(rumour.get("target").has("textSha256")).isFalse(); // the source already names the text
        JsonNode classifying = rumour.get("body").get(0);
        assertThat(List.of(classifying.get("label").asText(), classifying.get("color").asText(),
                classifying.get("kind").asText())).isEqualTo(List.of("Rumour", "#CC79A7", "generic"));
        assertThat(find(items, "spread fast").get("anchorState").asText()).isEqualTo("orphaned");

        JsonNode articles = doc.get("articles");
        assertThat(articles).hasSize(2);
        assertThat(articles.findValuesAsText("id")).containsExactlyInAnyOrder("https://example.org/jobs", urn);
        JsonNode local = articles.get(0).get("id").asText().equals(urn) ? articles.get(0) : articles.get(1);
        assertThat(local.get("fileName").asText()).isEqualTo("notes.md");
        assertThat(local.get("formatting").get(0).get("style").asText()).isEqualTo("HEADING_1");
    }

    @Test
    void anExportOfOneArticleHoldsOnlyItsAnnotationsAndEmbedsNoArticleUnlessAsked() throws Exception {
        JsonNode doc = export(ExportRequest.article(withoutUrl));
        assertThat(doc.get("first").get("items")).hasSize(2);
        assertThat(doc.has("articles")).isFalse();
        assertThat(doc.get("label").asText()).isEqualTo("Glossator annotations: 1 article");
    }

    private static JsonNode find(JsonNode items, String exact) {
        for (JsonNode item : items) {
            if (item.get("target").get("selector").get(0).get("exact").asText().equals(exact)) {
                return item;
            }
        }
        throw new AssertionError("no annotation on " + exact);
    }

    private static List<String> bodies(JsonNode annotation, String purpose) {
        return Stream.of(annotation.get("body")).flatMap(b -> java.util.stream.StreamSupport.stream(b.spliterator(), false))
                .filter(b -> b.get("purpose").asText().equals(purpose)).map(b -> b.get("value").asText()).toList();
    }

    // The validator must be able to fail: each breach of a MUST is reported.

    static Stream<Arguments> breaches() {
        return Stream.<Arguments>of(
                breach("@context not first", doc -> {
                    JsonNode ctx = doc.remove("@context");
                    doc.set("@context", ctx);
                }, "@context must be present and come first"),
                breach("W3C context missing", doc -> ((ArrayNode) doc.get("@context")).remove(0),
                        "http://www.w3.org/ns/anno.jsonld must be one of the contexts"),
                breach("undeclared property", doc -> item(doc).put("confidence", 0.9),
                        "\"confidence\" is not a term of any context"),
                breach("annotation without id", doc -> item(doc).remove("id"), "/id: must have exactly 1 IRI"),
                breach("id that is not an IRI", doc -> item(doc).put("id", "my annotation"),
                        "must be exactly 1 absolute IRI"),
                breach("wrong type", doc -> item(doc).put("type", "Note"), "must have the type Annotation"),
                breach("no target", doc -> item(doc).remove("target"), "an annotation must have 1 or more targets"),
                breach("TextQuoteSelector without exact", doc -> selector(doc, 0).remove("exact"),
                        "a TextQuoteSelector must have exactly 1 exact string"),
                breach("negative start", doc -> selector(doc, 1).put("start", -1),
                        "must be exactly 1 non-negative integer"),
                breach("start after end", doc -> selector(doc, 1).put("start", 1000), "start must not be after end"),
                breach("unknown purpose", doc -> ((ObjectNode) item(doc).get("body").get(0)).put("purpose", "typing"),
                        "unknown purpose"),
                breach("textual body without value", doc -> ((ObjectNode) item(doc).get("body").get(1)).remove("value"),
                        "/body/1/id: must have exactly 1 IRI"),
                breach("time without time zone", doc -> item(doc).put("created", "2024-05-02T10:15:30"),
                        "must be exactly 1 xsd:dateTime with a time zone"),
                breach("creator of an unknown kind", doc -> ((ObjectNode) item(doc).get("creator")).put("type", "Robot"),
                        "an agent's type must be Person, Organization or Software"),
                breach("page without items", doc -> ((ObjectNode) doc.get("first")).remove("items"),
                        "a page must have exactly 1 items list"),
                breach("page without id", doc -> ((ObjectNode) doc.get("first")).remove("id"),
                        "/first/id: must have exactly 1 IRI"),
                breach("negative total", doc -> doc.put("total", -2), "/total: must be exactly 1 non-negative integer"),
                breach("bad inline term", doc -> ((ObjectNode) doc.get("@context").get(1)).put("verdict", "no iri"),
                        "must map to an absolute or compact IRI"));
    }

    private static Arguments breach(String name, Consumer<ObjectNode> edit, String expected) {
        return Arguments.of(name, edit, expected);
    }

    private static ObjectNode item(ObjectNode doc) {
        return (ObjectNode) doc.get("first").get("items").get(0);
    }

    private static ObjectNode selector(ObjectNode doc, int i) {
        return (ObjectNode) item(doc).get("target").get("selector").get(i);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void theValidatorReportsEachBreach(String name, Consumer<ObjectNode> edit, String expected) throws Exception {
        ObjectNode doc = (ObjectNode) export(ExportRequest.article(withUrl));
        assertThat(W3cModelValidator.violations(doc)).isEmpty();
        edit.accept(doc);
        assertThat(W3cModelValidator.violations(doc)).anySatisfy(v -> assertThat(v).contains(expected));
    }
}
