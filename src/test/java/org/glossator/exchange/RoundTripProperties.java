package org.glossator.exchange;

import org.glossator.domain.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.glossator.anchoring.Targets;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextStyle;
import org.glossator.domain.TextTarget;
import org.glossator.domain.TypeKind;
import org.glossator.domain.Verdict;
import org.glossator.store.Store;
import org.glossator.store.sqlite.SqliteStore;

/**
 * Any corpus of annotations, exported with the articles embedded and imported into an
 * empty database, comes back identical: same ids, fields, targets, tags, times to the
 * nanosecond, anchor states, links and annotation types. Every export is also checked
 * against the W3C model.
 */
class RoundTripProperties {
    private static final ObjectMapper JSON = new ObjectMapper();

    record ArticleSpec(String title, String text, String url, String author, String published, String fileName,
                       List<double[]> formatting) {
    }

    record TypeSpec(String label, String color, TypeKind kind) {
    }

    record Fields(String note, List<String> tags, String creator, Verdict verdict, String evidence,
                  String speaker, Boolean attributionGiven, String citation) {
    }

    record AnnotationSpec(int article, double startFraction, double lengthFraction, int idKind, int type,
                          Fields fields, String url, Instant created, long modifiedLater, String orphanQuote) {
    }

    record LinkSpec(int from, int to, LinkRelation relation, String creator, Instant created) {
    }

    record Corpus(List<ArticleSpec> articles, List<TypeSpec> types, List<AnnotationSpec> annotations,
                  List<LinkSpec> links) {
    }

    @Property(tries = 40)
    void exportedAndImportedIntoAnEmptyDatabaseComesBackIdentical(@ForAll("corpora") Corpus corpus)
            throws Exception {
        Path dir = Files.createTempDirectory("glossator-roundtrip");
        try (SqliteStore source = SqliteStore.open(dir.resolve("source.db"));
             SqliteStore target = SqliteStore.open(dir.resolve("target.db"))) {
            populate(source, corpus);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new AnnotationExporter(source).writeJson(ExportRequest.all().withArticles(true), out, Progress.NONE);

            assertThat(W3cModelValidator.violations(JSON.readTree(out.toByteArray()))).isEmpty();

            ImportSummary summary = new AnnotationImporter(target)
                    .importStream(new ByteArrayInputStream(out.toByteArray()), "roundtrip.jsonld",
                            ImportOptions.defaults());

            List<Annotation> expected = source.annotations().all();
            long orphans = expected.stream().filter(Annotation::isOrphan).count();
            collectCoverage(source, expected, orphans);
            assertThat(summary.anchored()).isEqualTo(expected.size() - orphans);
            assertThat(summary.orphaned()).isEqualTo(orphans);
            assertThat(summary.reanchored()).isZero();
            assertThat(summary.unmatched()).isZero();
            assertThat(summary.articlesAdded()).isEqualTo(source.articles().count());

            Map<Long, Long> articleIds = sameArticles(source, target);
            assertThat(sorted(target.annotations().all()))
                    .containsExactlyElementsOf(sorted(expected.stream()
                            .map(a -> a.toBuilder().articleId(articleIds.get(a.articleId())).build()).toList()));
            assertThat(sortedLinks(target.annotations().allLinks()))
                    .containsExactlyElementsOf(sortedLinks(source.annotations().allLinks()));
            // Types travel with the annotations that use them (classifying body: key, label, colour, kind).
            for (AnnotationType type : source.scheme().types()) {
                if (source.scheme().usageCount(type.key()) == 0) {
                    continue;
                }
                AnnotationType imported = target.scheme().find(type.key()).orElseThrow();
                assertThat(List.of(imported.label(), imported.color(), imported.kind()))
                        .isEqualTo(List.of(type.label(), type.color(), type.kind()));
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** Makes sure the generated corpora exercise what the property is about, not only trivial cases. */
    private static void collectCoverage(Store source, List<Annotation> annotations, long orphans) {
        Statistics.label("orphans").collect(orphans > 0);
        Statistics.label("links").collect(!source.annotations().allLinks().isEmpty());
        Statistics.label("ids kept from other tools").collect(
                annotations.stream().anyMatch(a -> !a.id().matches("[0-9a-f-]{36}")));
        Statistics.label("user-defined types").collect(annotations.stream().anyMatch(a -> a.typeKey().startsWith("custom")));
        Statistics.label("non-BMP text").collect(annotations.stream().anyMatch(a -> a.note().codePoints().anyMatch(c -> c > 0xFFFF)
                || a.target().exact().codePoints().anyMatch(c -> c > 0xFFFF)));
        for (String label : List.of("orphans", "links", "ids kept from other tools", "user-defined types", "non-BMP text")) {
            Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p >= 10));
        }
    }

    /** Each source article has an imported twin with the same text and metadata; source id to target id. */
    private static Map<Long, Long> sameArticles(Store source, Store target) {
        Map<Long, Long> ids = new HashMap<>();
        source.articles().summaries().forEach(s -> {
            Article a = source.articles().find(s.id()).orElseThrow();
            Article b = target.articles().findBySha256(a.sha256()).orElseThrow();
            assertThat(List.of(b.title(), String.valueOf(b.author()), String.valueOf(b.published()),
                    String.valueOf(b.sourceUrl()), String.valueOf(b.fileName()), b.text(), b.formatting()))
                    .isEqualTo(List.of(a.title(), String.valueOf(a.author()), String.valueOf(a.published()),
                            String.valueOf(a.sourceUrl()), String.valueOf(a.fileName()), a.text(), a.formatting()));
            ids.put(a.id(), b.id());
        });
        return ids;
    }

    private static void populate(Store store, Corpus corpus) {
        store.inTransaction(() -> {
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < corpus.articles().size(); i++) {
                ArticleSpec spec = corpus.articles().get(i);
                String text = spec.text() + " #" + i; // distinct texts, distinct articles
                List<StyleSpan> formatting = new ArrayList<>();
                for (double[] f : spec.formatting()) {
                    int a = (int) (f[0] * text.length());
                    int b = a + (int) (f[1] * (text.length() - a));
                    formatting.add(new StyleSpan(a, b, TextStyle.values()[(int) f[2] % TextStyle.values().length]));
                }
                long id = store.articles().add(new ArticleDraft(spec.title(), spec.author(), spec.published(),
                        spec.url(), spec.fileName(), text, formatting)).id();
                articles.add(store.articles().find(id).orElseThrow());
            }
            List<String> typeKeys = new ArrayList<>(List.of("claim", "quote", "source"));
            for (int i = 0; i < corpus.types().size(); i++) {
                TypeSpec t = corpus.types().get(i);
                String key = "custom-" + i;
                store.scheme().save(new AnnotationType(key, t.label(), t.color(), 10 + i, t.kind(), false));
                typeKeys.add(key);
            }
            List<Annotation> annotations = new ArrayList<>();
            for (int i = 0; i < corpus.annotations().size(); i++) {
                AnnotationSpec s = corpus.annotations().get(i);
                Article article = articles.get(s.article() % articles.size());
                annotations.add(annotation(s, i, article, typeKeys));
            }
            store.annotations().saveAll(annotations);
            for (LinkSpec l : corpus.links()) {
                if (annotations.size() < 2) {
                    break;
                }
                Annotation from = annotations.get(l.from() % annotations.size());
                Annotation to = annotations.get(l.to() % annotations.size());
                if (!from.id().equals(to.id())) {
                    store.annotations().saveLink(new AnnotationLink(UUID.randomUUID().toString(), from.id(),
                            to.id(), l.relation(), l.creator(), l.created()));
                }
            }
            return null;
        });
    }

    private static Annotation annotation(AnnotationSpec s, int index, Article article, List<String> typeKeys) {
        String text = article.text();
        int start = (int) (s.startFraction() * (text.length() - 1));
        int end = Math.min(text.length(), start + 1 + (int) (s.lengthFraction() * (text.length() - start - 1)));
        TextTarget target = Targets.fromCharRange(text, start, end);
        AnchorState state = AnchorState.ANCHORED;
        if (s.orphanQuote() != null) {
            // An orphan: its quote (Ethiopic, which article texts never contain) is gone from the
            // text, and its old offsets may lie beyond the current end.
            target = new TextTarget(target.start() + 7, target.end() + 40, s.orphanQuote(), target.prefix(), "");
            state = AnchorState.ORPHANED;
        }
        Fields f = s.fields();
        return Annotation.builder()
                .id(id(s.idKind(), index))
                .articleId(article.id())
                .typeKey(typeKeys.get(s.type() % typeKeys.size()))
                .target(target)
                .note(f.note()).tags(f.tags()).creator(f.creator())
                .created(s.created()).modified(s.created().plusNanos(s.modifiedLater()))
                .verdict(f.verdict()).evidence(f.evidence()).speaker(f.speaker())
                .attributionGiven(f.attributionGiven()).citation(f.citation()).url(s.url())
                .anchorState(state)
                .build();
    }

    /** Mostly UUIDs, as Glossator makes them; also ids kept from other tools, which must survive verbatim. */
    private static String id(int kind, int index) {
        return switch (kind % 8) {
            case 0 -> "https://hypothes.is/a/Xq" + index + "Zz";
            case 1 -> "urn:uuid:NOT-A-UUID-" + index;
            case 2 -> "note " + index + " (café, 100%)";
            case 3 -> "urn:glossator:id:" + index;
            case 4 -> UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
            default -> UUID.randomUUID().toString();
        };
    }

    @Provide
    Arbitrary<Corpus> corpora() {
        Arbitrary<ArticleSpec> article = Combinators.combine(
                unicode(1, 30).map(String::strip).filter(s -> !s.isBlank()),
                unicode(20, 400).filter(s -> !s.isBlank()),
                Arbitraries.of("https://example.org/news/1", "https://example.org/café/2?q=ü",
                        "not a URL, just words", "https://example.org/news/1").injectNull(0.4),
                unicode(0, 20).injectNull(0.3),
                Arbitraries.of("2024-05-01", "May 2024", "").injectNull(0.3),
                Arbitraries.of("article.md", "ärticle ß.html").injectNull(0.5),
                Arbitraries.doubles().between(0, 0.99).array(double[].class).ofSize(3).list().ofMaxSize(3))
                .as(ArticleSpec::new);
        Arbitrary<TypeSpec> type = Combinators.combine(
                unicode(1, 20).map(String::strip).filter(s -> !s.isBlank()),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(6).map(h -> "#" + h),
                Arbitraries.of(TypeKind.class)).as(TypeSpec::new);
        Arbitrary<Fields> fields = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.just(""), unicode(0, 120)),
                unicode(0, 12).list().ofMaxSize(4),
                Arbitraries.oneOf(Arbitraries.just(""), unicode(1, 16)),
                Arbitraries.of(Verdict.class).injectNull(0.4),
                unicode(0, 40).injectNull(0.5),
                unicode(0, 20).injectNull(0.6),
                Arbitraries.of(true, false).injectNull(0.5),
                unicode(0, 40).injectNull(0.6)).as(Fields::new);
        Arbitrary<String> orphanQuote = Arbitraries.strings().withCharRange('\u1200', '\u1248').ofMinLength(12)
                .ofMaxLength(30);
        Arbitrary<AnnotationSpec> annotation = Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 0.3),
                Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 9),
                fields,
                Combinators.combine(
                        Arbitraries.of("https://example.org/src", "").injectNull(0.7),
                        instants(),
                        Arbitraries.longs().between(0, 400L * 24 * 3600 * 1_000_000_000L),
                        Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just((String) null)), Tuple.of(1, orphanQuote)))
                        .as((u, c, m, o) -> java.util.Arrays.<Object>asList(u, c, m, o)),
                Arbitraries.just(0))
                .as((art, sf, lf, idKind, t, f, rest, unused) -> new AnnotationSpec(art, sf, lf, idKind, t, f,
                        (String) rest.get(0), (Instant) rest.get(1), (Long) rest.get(2), (String) rest.get(3)));
        Arbitrary<LinkSpec> link = Combinators.combine(
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40),
                Arbitraries.of(LinkRelation.class), Arbitraries.oneOf(Arbitraries.just(""), unicode(1, 10)),
                instants()).as(LinkSpec::new);
        return Combinators.combine(article.list().ofMinSize(1).ofMaxSize(3), type.list().ofMaxSize(2),
                annotation.list().ofMaxSize(25), link.list().ofMaxSize(6)).as(Corpus::new);
    }

    /** Instants with random nanoseconds, 1990 to 2100. */
    private static Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(631_152_000L, 4_102_444_800L),
                Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    }

    /**
     * Text from many scripts: ASCII with quotes, backslashes and commas, Latin-1, combining
     * marks, Greek, Hebrew, CJK, emoji and mathematical letters outside the BMP, joiners, line
     * and paragraph separators, BOM, bidi controls, NUL and other controls.
     */
    static Arbitrary<String> unicode(int min, int max) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(4, Arbitraries.of(0x0A, 0x09, 0x0D, 0x00, 0x1F)),
                Tuple.of(8, Arbitraries.integers().between(0xC0, 0xFF)),
                Tuple.of(8, Arbitraries.integers().between(0x300, 0x36F)),
                Tuple.of(5, Arbitraries.integers().between(0x391, 0x3C9)),
                Tuple.of(4, Arbitraries.integers().between(0x5D0, 0x5EA)),
                Tuple.of(5, Arbitraries.integers().between(0x4E00, 0x4E80)),
                Tuple.of(8, Arbitraries.integers().between(0x1F600, 0x1F64F)),
                Tuple.of(4, Arbitraries.integers().between(0x1D400, 0x1D4FF)),
                Tuple.of(3, Arbitraries.of(0x200D, 0x2028, 0x2029, 0xFEFF, 0x202E, 0xA0, 0x22, 0x5C, 0x2C)));
        return codePoint.list().ofMinSize(min).ofMaxSize(max)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    }

    private static List<Annotation> sorted(List<Annotation> list) {
        return list.stream().sorted(Comparator.comparing(Annotation::id)).toList();
    }

    private static List<AnnotationLink> sortedLinks(List<AnnotationLink> list) {
        return list.stream().sorted(Comparator.comparing(AnnotationLink::id)).toList();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
