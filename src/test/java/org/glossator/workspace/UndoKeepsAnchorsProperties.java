package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.glossator.anchoring.Reanchorer;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.Progress;
import org.glossator.domain.TextHash;
import org.glossator.store.sqlite.SqliteStore;

/**
 * Issue 12, defect 3: whatever sequence of create, text edit, import, delete, undo and redo
 * a user performs, no ANCHORED annotation is left with a range that does not hold its quote.
 */
class UndoKeepsAnchorsProperties {
    private static final String TEXT = "The minister said unemployment fell by forty percent last year. "
            + "Critics replied that the figures were massaged and cited the statistics office.\n\n"
            + "Shop owners in the old town were not asked, and the survey left out every village. "
            + "A spokesperson later said the numbers would be revised in spring.";

    enum Kind { CREATE, EDIT_TEXT, IMPORT, DELETE, UNDO, REDO }

    record Step(Kind kind, int a, int b) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(14);
    }

    @Property(tries = 60)
    void undoAndRedoNeverLeaveAnAnchoredAnnotationOffItsQuote(@ForAll("steps") List<Step> steps) throws Exception {
        try (World world = new World()) {
            for (Step s : steps) {
                world.apply(s);
                world.assertAnchorsHold(s);
            }
        }
    }

    /** The session of the issue: edit the text, import onto the new text, undo the edit. */
    @Example
    void undoingATextEditAfterAnImportReanchorsTheImportedAnnotation() throws Exception {
        try (World world = new World()) {
            world.apply(new Step(Kind.EDIT_TEXT, 0, 40)); // cuts "The minister said unemployment fell by "
            world.importQuote("figures were massaged");
            world.history.undo();
            world.assertAnchorsHold(new Step(Kind.UNDO, 0, 0));
            Annotation imported = world.store.annotations().forArticle(world.articleId).stream()
                    .filter(a -> a.target().exact().equals("figures were massaged")).findFirst().orElseThrow();
            assertThat(imported.isOrphan()).isFalse();
            world.history.redo();
            world.assertAnchorsHold(new Step(Kind.REDO, 0, 0));
        }
    }

    /** A store with one article and the services the UI uses. */
    static final class World implements AutoCloseable {
        final Path dir;
        final SqliteStore store;
        final UndoHistory history = new UndoHistory();
        final AnnotationService annotations;
        final ArticleTextEditService texts;
        final AnnotationExchangeService exchange;
        final long articleId;
        final AnnotationType type;

        World() throws IOException {
            dir = Files.createTempDirectory("undo-props");
            store = SqliteStore.open(dir.resolve("u.db"));
            annotations = new AnnotationService(store, history, Clock.systemUTC());
            texts = new ArticleTextEditService(store, history, new Reanchorer(), Clock.systemUTC());
            exchange = new AnnotationExchangeService(store);
            articleId = store.articles().add(new ArticleDraft("Jobs", null, null, null, null, TEXT, null)).id();
            type = store.scheme().types().get(0);
        }

        Article article() {
            return store.articles().find(articleId).orElseThrow();
        }

        void apply(Step s) throws IOException {
            String text = article().text();
            switch (s.kind()) {
                case CREATE -> {
                    int start = s.a() % (text.length() - 1);
                    int end = Math.min(text.length(), start + 1 + s.b() % 40);
                    try {
                        annotations.create(article(), start, end, type, "Ada");
                    } catch (IllegalArgumentException blank) {
                        // a selection of white space only: nothing to create
                    }
                }
                case EDIT_TEXT -> {
                    int from = s.a() % text.length();
                    int to = Math.min(text.length(), from + s.b() % 60);
                    String edited = text.substring(0, from) + (s.b() % 3 == 0 ? "new words " : "") + text.substring(to);
                    if (!edited.isBlank()) {
                        texts.edit(articleId, edited);
                    }
                }
                case IMPORT -> {
                    int start = s.a() % (text.length() - 1);
                    int end = Math.min(text.length(), start + 5 + s.b() % 40);
                    String quote = text.substring(start, end).strip();
                    if (!quote.isEmpty() && !quote.contains("\uFFFD")) {
                        importQuote(quote);
                    }
                }
                case DELETE -> {
                    List<Annotation> all = store.annotations().forArticle(articleId);
                    if (!all.isEmpty()) {
                        annotations.delete(all.get(s.a() % all.size()));
                    }
                }
                case UNDO -> history.undo();
                case REDO -> history.redo();
            }
        }

        /** Imports a W3C file with one annotation on {@code quote}, made on the article's current text. */
        void importQuote(String quote) throws IOException {
            String text = article().text();
            int at = text.indexOf(quote);
            int start = text.codePointCount(0, at);
            int end = start + quote.codePointCount(0, quote.length());
            String json = "{\"id\": \"urn:uuid:" + UUID.randomUUID() + "\", \"type\": \"Annotation\","
                    + " \"creator\": \"colleague\", \"target\": {\"source\": \"urn:sha256:" + TextHash.sha256(text)
                    + "\", \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": " + quoted(quote) + "},"
                    + " {\"type\": \"TextPositionSelector\", \"start\": " + start + ", \"end\": " + end + "}]}}";
            Path file = Files.writeString(dir.resolve("import-" + UUID.randomUUID() + ".json"), json,
                    StandardCharsets.UTF_8);
            var results = exchange.importFiles(List.of(file), null, Progress.NONE);
            assertThat(results.get(0).refusal()).isNull();
        }

        private static String quoted(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }

        void assertAnchorsHold(Step after) {
            String text = article().text();
            int length = text.codePointCount(0, text.length());
            for (Annotation a : store.annotations().forArticle(articleId)) {
                if (a.isOrphan()) {
                    continue;
                }
                assertThat(a.target().end()).as("after %s, %s ends inside the text", after, a.id())
                        .isLessThanOrEqualTo(length);
                int from = text.offsetByCodePoints(0, a.target().start());
                int to = text.offsetByCodePoints(from, a.target().end() - a.target().start());
                assertThat(text.substring(from, to)).as("after %s, the range of anchored %s", after, a.id())
                        .isEqualTo(a.target().exact());
            }
        }

        @Override
        public void close() throws IOException {
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
