package org.glossator.exchange;

import org.glossator.domain.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.glossator.exchange.ExchangeFixtures.TEXT;
import static org.glossator.exchange.ExchangeFixtures.article;
import static org.glossator.exchange.ExchangeFixtures.fingerprint;
import static org.glossator.exchange.ExchangeFixtures.on;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.ArticleSummary;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.TypeKind;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds thousands of mutated files (byte flips, truncations, duplicated slices, deleted
 * fields, values of the wrong type) made from a valid Glossator export and a Hypothesis
 * file. Each import either fails with an {@link ImportException} and leaves the database
 * unchanged, or succeeds as a whole, and importing the same file again then adds nothing.
 */
class ImportFuzzTest {
    private static final long SEED = 20_241_123L;
    private static final int ROUNDS = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @Timeout(120) // a guard against hangs; since a bad annotation no longer sinks its file, more rounds import
    void mutatedFilesEitherImportWholeOrChangeNothing() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("fuzz.db"))) {
            long jobs = article(store, "Jobs", "https://example.org/jobs", TEXT);
            Annotation baselineAnnotation = on(store, jobs, "Critics", "claim");
            store.annotations().save(baselineAnnotation);
            String baseline = fingerprint(store);
            List<byte[]> seeds = List.of(validExport(), hypothesisFile());
            AnnotationImporter importer = new AnnotationImporter(store);
            Random random = new Random(SEED);
            int succeeded = 0;
            int rejected = 0;
            for (int round = 0; round < ROUNDS; round++) {
                byte[] mutant = mutate(seeds.get(round % seeds.size()), random);
                // Every round starts from the baseline (successful imports are undone below).
                int annotationsBefore = 1;
                int articlesBefore = 1;
                try {
                    ImportSummary s = importer.importStream(new ByteArrayInputStream(mutant), "mutant.json",
                            ImportOptions.defaults());
                    succeeded++;
                    assertThat(store.annotations().count()).as(context(round, mutant))
                            .isEqualTo(annotationsBefore + s.stored() - s.updated());
                    assertThat(store.articles().count()).as(context(round, mutant))
                            .isEqualTo(articlesBefore + s.articlesAdded());
                    if (succeeded % 4 == 0) {
                        String after = fingerprint(store);
                        ImportSummary again = importer.importStream(new ByteArrayInputStream(mutant), "mutant.json",
                                ImportOptions.defaults());
                        assertThat(again.stored()).as(context(round, mutant)).isZero();
                        assertThat(fingerprint(store)).as(context(round, mutant)).isEqualTo(after);
                    }
                    reset(store, jobs, baselineAnnotation.id());
                    assertThat(fingerprint(store)).as("reset to the baseline").isEqualTo(baseline);
                } catch (ImportException e) {
                    rejected++;
                    assertThat(e.getMessage()).as(context(round, mutant)).startsWith("mutant.json")
                            .doesNotContainPattern("(?<!')(?<!JSON )\\bnull\\b(?!')");
                    assertThat(fingerprint(store)).as(context(round, mutant)).isEqualTo(baseline);
                } catch (Throwable t) {
                    fail("round " + round + ": " + t + "\n" + context(round, mutant), t);
                }
            }
            // Both outcomes must really occur, or the fuzzing proves little.
            System.out.printf("fuzz: %d rounds, %d imported, %d rejected%n", ROUNDS, succeeded, rejected);
            assertThat(succeeded).isGreaterThan(ROUNDS / 10);
            assertThat(rejected).isGreaterThan(ROUNDS / 2);
        }
    }

    private static String context(int round, byte[] mutant) {
        return "round " + round + " (seed " + SEED + "), file in base64: " + Base64.getEncoder().encodeToString(mutant);
    }

    /** Deletes everything but the baseline: other articles (with their annotations), other annotations, new types. */
    private static void reset(SqliteStore store, long keepArticle, String keepAnnotation) {
        store.inTransaction(() -> {
            for (ArticleSummary a : store.articles().summaries()) {
                if (a.id() != keepArticle) {
                    store.articles().delete(a.id());
                }
            }
            for (Annotation a : store.annotations().all()) {
                if (!a.id().equals(keepAnnotation)) {
                    store.annotations().delete(a.id());
                }
            }
            for (AnnotationType t : store.scheme().types()) {
                if (!t.builtIn()) {
                    store.scheme().delete(t.key());
                }
            }
            return null;
        });
    }

    private byte[] validExport() throws Exception {
        try (SqliteStore other = SqliteStore.open(dir.resolve("source.db"))) {
            long a = article(other, "Jobs", "https://example.org/jobs", TEXT);
            long b = article(other, "Bridge", null, "Residents said the bridge had been closed for weeks. 🌉 "
                    + "The mayor denied everything, citing \"engineers\".");
            other.scheme().save(new AnnotationType("rumour", "Rumour", "#CC79A7", 5, TypeKind.GENERIC, false));
            List<Annotation> list = new ArrayList<>();
            list.add(on(other, a, "unemployment fell by 40%", "claim").toBuilder().note("Which survey?")
                    .tags(List.of("economy")).verdict(org.glossator.domain.Verdict.MISLEADING).build());
            list.add(on(other, a, "the figures were massaged", "quote").toBuilder().speaker("critics")
                    .attributionGiven(true).build());
            list.add(on(other, a, "cited the statistics office", "source").toBuilder().citation("ONS")
                    .url("https://ons.example").build());
            list.add(on(other, b, "closed for weeks", "rumour"));
            list.add(on(other, b, "The mayor denied everything", "claim").toBuilder()
                    .anchorState(org.glossator.domain.AnchorState.ORPHANED).build());
            other.annotations().saveAll(list);
            other.annotations().saveLink(ExchangeFixtures.link(list.get(0), list.get(2), LinkRelation.CONTRADICTED_BY));
            other.annotations().saveLink(ExchangeFixtures.link(list.get(3), list.get(4), LinkRelation.RELATED));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new AnnotationExporter(other).writeJson(ExportRequest.all().withArticles(true), out, Progress.NONE);
            return out.toByteArray();
        }
    }

    private byte[] hypothesisFile() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/exchange/hypothesis-search.json")) {
            return in.readAllBytes();
        }
    }

    /** One random mutation of a valid file. */
    static byte[] mutate(byte[] valid, Random random) throws Exception {
        return switch (random.nextInt(6)) {
            case 0 -> flipBytes(valid, random);
            case 1 -> java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
            case 2 -> duplicateSlice(valid, random);
            case 3 -> deleteField(valid, random);
            case 4 -> replaceValue(valid, random);
            default -> flipBytes(deleteField(valid, random), random);
        };
    }

    private static byte[] flipBytes(byte[] valid, Random random) {
        byte[] copy = valid.clone();
        int flips = 1 + random.nextInt(3);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] duplicateSlice(byte[] valid, Random random) {
        int a = random.nextInt(valid.length);
        int b = a + random.nextInt(Math.min(400, valid.length - a) + 1);
        int at = random.nextInt(valid.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, at);
        out.write(valid, a, b - a);
        out.write(valid, at, valid.length - at);
        return out.toByteArray();
    }

    /** One of the JSON objects in the tree, picked at random. */
    private static ObjectNode randomObject(JsonNode tree, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(tree, objects);
        return objects.get(random.nextInt(objects.size()));
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static byte[] deleteField(byte[] valid, Random random) throws Exception {
        JsonNode tree = JSON.readTree(valid);
        ObjectNode victim = randomObject(tree, random);
        List<String> names = fieldNames(victim);
        if (!names.isEmpty()) {
            victim.remove(names.get(random.nextInt(names.size())));
        }
        return JSON.writeValueAsBytes(tree);
    }

    /** Replaces a random field's value with one of another JSON type (or an out-of-range number). */
    private static byte[] replaceValue(byte[] valid, Random random) throws Exception {
        JsonNode tree = JSON.readTree(valid);
        ObjectNode victim = randomObject(tree, random);
        List<String> names = fieldNames(victim);
        if (!names.isEmpty()) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            List<JsonNode> values = List.of(f.nullNode(), f.textNode(""), f.textNode("x"), f.numberNode(-1),
                    f.numberNode(1L << 40), f.numberNode(3.5), f.booleanNode(true), f.arrayNode(), f.objectNode(),
                    f.textNode("urn:uuid:00000000-0000-0000-0000-000000000000"), f.numberNode(100_000));
            victim.set(names.get(random.nextInt(names.size())), values.get(random.nextInt(values.size())));
        }
        return JSON.writeValueAsBytes(tree);
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode o) {
            objects.add(o);
            for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
                collect(it.next().getValue(), objects);
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(child -> collect(child, objects));
        }
    }
}
