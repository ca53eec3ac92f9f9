package org.glossator.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.glossator.anchoring.Reanchorer;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.Progress;
import org.glossator.domain.TextHash;
import org.glossator.store.sqlite.SqliteNativeLibrary;
import org.glossator.store.sqlite.SqliteStore;

/**
 * The child process of the crash harness: a stream of creates, edits, links, deletes, text
 * edits and annotation imports through the services the UI uses. Before each action it
 * prints {@code begin} with everything decided in advance; after the service returned
 * (the transaction committed) it prints {@code done} with what the action produced. The
 * parent kills it with SIGKILL at a random moment and checks the database against the
 * actions reported done (and, at most, the one begun).
 *
 * <pre>
 * begin create | done create ID
 * begin edit ID NOTE | done edit
 * begin link FROM TO | done link LINKID
 * begin delete ID | done delete
 * begin text SHA256 | done text
 * begin import ID,ID,ID | done import
 * </pre>
 */
public final class CrashActor {
    static final String TITLE = "Crash harness";
    static final String LONG_TEXT = ("Open weights are not the same thing as open source. The licence forbids some uses. "
            + "Critics say the training data should be published too. The company disagrees. ").repeat(12);
    /** The long text without its first sentences: some annotations move, some become orphans. */
    static final String SHORT_TEXT = LONG_TEXT.substring(LONG_TEXT.indexOf("Critics", 200));

    private final SqliteStore store;
    private final Random random;
    private final AnnotationService annotations;
    private final ArticleTextEditService textEdits;
    private final AnnotationExchangeService exchange;
    private final Path scratch;
    private final AnnotationType claim;
    private int serial;

    private CrashActor(SqliteStore store, long seed, Path scratch) {
        this.store = store;
        this.random = new Random(seed);
        UndoHistory history = new UndoHistory();
        this.annotations = new AnnotationService(store, history, Clock.systemUTC());
        this.textEdits = new ArticleTextEditService(store, history, new Reanchorer(), Clock.systemUTC());
        this.exchange = new AnnotationExchangeService(store);
        this.scratch = scratch;
        this.claim = store.scheme().types().get(0);
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        // As the app does: a killed process would otherwise leave its own copy of the library in /tmp.
        SqliteNativeLibrary.keepIn(db.resolveSibling("native-cache"));
        try (SqliteStore store = SqliteStore.open(db)) {
            new CrashActor(store, Long.parseLong(args[1]), db.resolveSibling("import-" + args[1] + ".json")).run();
        }
    }

    /** The harness's article, added on the first run. */
    static long articleId(SqliteStore store) {
        return store.articles().summaries().stream().filter(a -> a.title().equals(TITLE)).findFirst()
                .map(a -> a.id())
                .orElseGet(() -> store.articles().add(new ArticleDraft(TITLE, "W", null, null, "c.txt", LONG_TEXT,
                        List.of())).id());
    }

    private void run() throws Exception {
        long articleId = articleId(store);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            Article article = store.articles().find(articleId).orElseThrow();
            List<Annotation> existing = store.annotations().forArticle(articleId);
            int kind = random.nextInt(100);
            if (kind < 35 || existing.size() < 2) {
                create(article);
            } else if (kind < 55) {
                edit(existing.get(random.nextInt(existing.size())));
            } else if (kind < 70) {
                int from = random.nextInt(existing.size());
                int to = (from + 1 + random.nextInt(existing.size() - 1)) % existing.size();
                link(existing.get(from), existing.get(to));
            } else if (kind < 85) {
                delete(existing.get(random.nextInt(existing.size())));
            } else if (kind < 93) {
                text(article);
            } else {
                importFile(article);
            }
            System.out.flush();
        }
    }

    private void create(Article article) {
        String text = article.text();
        int start = random.nextInt(text.length() - 40);
        System.out.println("begin create");
        Annotation a = annotations.create(article, start, start + 5 + random.nextInt(30), claim, "actor");
        System.out.println("done create " + a.id());
    }

    private void edit(Annotation a) {
        String note = "note-" + (++serial) + "-" + random.nextInt(1_000_000);
        System.out.println("begin edit " + a.id() + " " + note);
        annotations.update(a, a.toBuilder().note(note).build(), "actor");
        System.out.println("done edit");
    }

    private void link(Annotation from, Annotation to) {
        System.out.println("begin link " + from.id() + " " + to.id());
        String id = annotations.link(from, to, LinkRelation.RELATED, "actor").id();
        System.out.println("done link " + id);
    }

    private void delete(Annotation a) {
        System.out.println("begin delete " + a.id());
        annotations.delete(a);
        System.out.println("done delete");
    }

    private void text(Article article) {
        String next = article.text().equals(LONG_TEXT) ? SHORT_TEXT : LONG_TEXT;
        System.out.println("begin text " + TextHash.sha256(next));
        textEdits.edit(article.id(), next);
        System.out.println("done text");
    }

    private void importFile(Article article) throws Exception {
        List<String> ids = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            items.add("""
                    {"id": "urn:uuid:%s", "type": "Annotation", "body": {"type": "TextualBody", "value": "imported"},
                     "target": {"source": "urn:sha256:%s", "selector":
                       {"type": "TextQuoteSelector", "exact": "The company disagrees."}}}""".formatted(id, article.sha256()));
        }
        Files.writeString(scratch, "[" + String.join(",", items) + "]", StandardCharsets.UTF_8);
        System.out.println("begin import " + String.join(",", ids));
        var results = exchange.importFiles(List.of(scratch), "actor", Progress.NONE);
        if (results.get(0).refusal() != null) {
            throw new IllegalStateException(results.get(0).refusal());
        }
        System.out.println("done import");
    }
}
