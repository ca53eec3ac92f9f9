package org.glossator.classroom;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.glossator.classroom.pack.PackException;
import org.glossator.classroom.pack.PackReader;
import org.glossator.classroom.pack.PackWriter;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.Progress;
import org.glossator.domain.Verdict;
import org.glossator.exchange.AnnotationExporter;
import org.glossator.exchange.AnnotationImporter;
import org.glossator.exchange.ExportRequest;
import org.glossator.exchange.ImportException;
import org.glossator.exchange.ImportOptions;
import org.glossator.exchange.ImportSummary;
import org.glossator.store.PackRepository.StoredPack;
import org.glossator.store.Store;

/**
 * Making, writing, reading and opening reading packs, and the student's pack view.
 * Opening is one transaction: the articles join the corpus (an article already there by
 * SHA-256 is reused), missing scheme types are added, and the pack is recorded.
 */
public final class PackService {
    private final Store store;
    private final Clock clock;

    public PackService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public PackService(Store store) {
        this(store, Clock.systemUTC());
    }

    /** Builds a pack from the store's articles and scheme (and, if asked, the teacher's annotations). */
    public ReadingPack create(PackRequest request) {
        List<ArticleDraft> articles = new ArrayList<>();
        for (long id : new LinkedHashSet<>(request.articleIds())) {
            Article a = store.articles().find(id).orElseThrow(
                    () -> new IllegalArgumentException("There is no article #" + id + " in " + store.location() + "."));
            articles.add(new ArticleDraft(a.title(), a.author(), a.published(), a.sourceUrl(), a.fileName(), a.text(),
                    a.formatting()));
        }
        byte[] reference = null;
        String referenceAnnotator = null;
        if (request.includeReference()) {
            referenceAnnotator = referenceAnnotator(request);
            reference = exportReference(request.articleIds(), referenceAnnotator);
        }
        // The whole scheme travels, so students can use every type the teacher has.
        List<AnnotationType> types = store.scheme().types();
        return new ReadingPack(ReadingPack.newPackId(), request.title(), request.instructions(), request.questions(),
                request.due(), clock.instant().truncatedTo(ChronoUnit.SECONDS), types, List.of(Verdict.values()),
                articles, reference, referenceAnnotator);
    }

    private String referenceAnnotator(PackRequest request) {
        Set<String> creators = new TreeSet<>();
        for (long id : request.articleIds()) {
            store.annotations().forArticle(id).forEach(a -> creators.add(a.creator()));
        }
        if (request.referenceAnnotator() != null) {
            if (!creators.contains(request.referenceAnnotator())) {
                throw new IllegalArgumentException("\"" + request.referenceAnnotator()
                        + "\" has no annotations on these articles; annotators there: " + describe(creators));
            }
            return request.referenceAnnotator();
        }
        if (creators.size() == 1) {
            return creators.iterator().next();
        }
        throw new IllegalArgumentException(creators.isEmpty()
                ? "There are no annotations on these articles to use as the reference."
                : "Several people annotated these articles (" + describe(creators)
                        + "); name the one whose annotations are the reference.");
    }

    private static String describe(Set<String> creators) {
        List<String> names = new ArrayList<>();
        creators.forEach(c -> names.add(c.isEmpty() ? "(no name)" : "\"" + c + "\""));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private byte[] exportReference(List<Long> articleIds, String annotator) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new AnnotationExporter(store).writeJson(ExportRequest.articles(articleIds).onlyAnnotator(annotator), out,
                    Progress.NONE);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(ReadingPack pack, Path file) throws IOException {
        new PackWriter().write(pack, file);
    }

    public ReadingPack read(Path file) throws PackException {
        return new PackReader().read(file);
    }

    /** A student opens a pack: articles and types join the store; the reference layer stays out. */
    public PackOpening openAsStudent(ReadingPack pack) {
        return open(pack, false);
    }

    /** The teacher opens a pack (to collect): as a student would, plus the reference layer. */
    public PackOpening openAsTeacher(ReadingPack pack) {
        return open(pack, true);
    }

    private PackOpening open(ReadingPack pack, boolean withReference) {
        return store.inTransaction(() -> {
            List<PackOpening.OpenedArticle> opened = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (ArticleDraft draft : pack.articles()) {
                var outcome = store.articles().add(draft);
                String title = store.articles().find(outcome.id()).map(Article::title).orElse(draft.title());
                opened.add(new PackOpening.OpenedArticle(outcome.id(), title, outcome.created()));
                ids.add(outcome.id());
            }
            List<String> added = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            int position = store.scheme().types().size();
            for (AnnotationType type : pack.types()) {
                Optional<AnnotationType> existing = store.scheme().find(type.key());
                if (existing.isEmpty()) {
                    store.scheme().save(new AnnotationType(type.key(), type.label(), type.color(), position++,
                            type.kind(), false));
                    added.add(type.key());
                } else if (!existing.get().label().equals(type.label()) || !existing.get().color().equalsIgnoreCase(type.color())) {
                    kept.add(type.key());
                }
            }
            boolean revealed = store.packs().find(pack.packId()).map(StoredPack::revealed).orElse(false);
            List<String> typeKeys = new ArrayList<>();
            pack.types().forEach(t -> typeKeys.add(t.key()));
            List<String> verdicts = new ArrayList<>();
            pack.verdicts().forEach(v -> verdicts.add(v.key()));
            store.packs().save(new StoredPack(pack.packId(), pack.title(), pack.instructions(),
                    pack.due() == null ? null : pack.due().toString(), pack.questions(), typeKeys, verdicts,
                    pack.referenceAnnotator(), revealed, ids, clock.instant()));
            int reference = withReference && pack.hasReference() ? importReference(pack) : 0;
            return new PackOpening(pack.packId(), pack.title(), opened, added, kept, reference);
        });
    }

    private int importReference(ReadingPack pack) {
        try {
            ImportSummary summary = new AnnotationImporter(store).importStream(
                    new ByteArrayInputStream(pack.reference()), "reference.json",
                    ImportOptions.defaults().withAnnotator(pack.referenceAnnotator()));
            return summary.stored() + summary.alreadyPresent();
        } catch (ImportException e) {
            throw new IllegalStateException("The pack's reference annotations cannot be imported: " + e.getMessage(), e);
        }
    }

    /** The packs opened into this store, most recent first (the pack list; instructions and questions included). */
    public List<StoredPack> openedPacks() {
        return store.packs().all();
    }

    public Optional<StoredPack> opened(String packId) {
        return store.packs().find(packId);
    }

    /** Packs that include the article, so the reader can show their instructions beside it. */
    public List<StoredPack> packsContaining(long articleId) {
        return store.packs().containing(articleId);
    }

    /** The pack view: its articles with the number of annotations by {@code annotator} (null = anyone). */
    public PackProgress progress(String packId, String annotator) {
        StoredPack pack = store.packs().find(packId)
                .orElseThrow(() -> new IllegalArgumentException("The pack " + packId + " is not open in this store."));
        List<PackProgress.ArticleProgress> articles = new ArrayList<>();
        for (long id : pack.articleIds()) {
            Optional<Article> article = store.articles().find(id);
            if (article.isEmpty()) {
                continue;
            }
            int count = 0;
            for (Annotation a : store.annotations().forArticle(id)) {
                if (annotator == null || a.creator().equals(annotator)) {
                    count++;
                }
            }
            articles.add(new PackProgress.ArticleProgress(id, article.get().title(), count));
        }
        return new PackProgress(pack.packId(), pack.title(), pack.due(), articles);
    }

    /** The pack's articles in this store, by the SHA-256 of their text (those missing are left out). */
    public List<Article> articlesOf(ReadingPack pack) {
        List<Article> found = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (ArticleDraft draft : pack.articles()) {
            String sha = org.glossator.domain.TextHash.sha256(draft.text());
            if (seen.putIfAbsent(sha, true) == null) {
                store.articles().findBySha256(sha).ifPresent(found::add);
            }
        }
        return found;
    }
}
