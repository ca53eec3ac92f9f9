package org.glossator.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.glossator.classroom.analysis.AgreementCalculator;
import org.glossator.classroom.analysis.AgreementReport;
import org.glossator.classroom.analysis.AnnotationCounts;
import org.glossator.classroom.analysis.DiscussionPassage;
import org.glossator.classroom.analysis.Comparison;
import org.glossator.classroom.analysis.Heatmap;
import org.glossator.classroom.analysis.HotPassage;
import org.glossator.classroom.analysis.Layers;
import org.glossator.classroom.analysis.RatedArticle;
import org.glossator.classroom.analysis.SpanMatcher;
import org.glossator.classroom.handin.StudentNames;
import org.glossator.anchoring.CodePointIndex;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.TypeKind;
import org.glossator.store.PackRepository.HandInRecord;
import org.glossator.store.PackRepository.StoredPack;
import org.glossator.store.Store;

/**
 * The teacher's views of a collected pack, read from the store: the students' layers, a
 * comparison of two annotators, the class heatmap, the hottest passages for discussion, and
 * agreement. The students are the hand-ins collected for the pack; the reference is the
 * layer of the pack's reference annotator.
 */
public final class ClassroomService {
    private final Store store;
    private final SpanMatcher matcher;

    public ClassroomService(Store store, SpanMatcher matcher) {
        this.store = store;
        this.matcher = matcher;
    }

    public ClassroomService(Store store) {
        this(store, new SpanMatcher());
    }

    public StoredPack pack(String packId) {
        return store.packs().find(packId)
                .orElseThrow(() -> new IllegalArgumentException("The pack " + packId + " is not open in this store."));
    }

    /** The collected students (their names as handed in), in name order: one layer each. */
    public List<String> students(String packId) {
        List<String> names = new ArrayList<>();
        for (HandInRecord h : store.packs().handIns(packId)) {
            names.add(h.student());
        }
        return names;
    }

    /** Each collected student's annotations on the article (a student who marked nothing has an empty list). */
    public Map<String, List<Annotation>> studentLayers(String packId, long articleId) {
        Map<String, List<Annotation>> layers = new TreeMap<>();
        Map<String, String> byKey = new TreeMap<>();
        for (String student : students(packId)) {
            layers.put(student, new ArrayList<>());
            byKey.put(StudentNames.key(student), student);
        }
        for (Annotation a : store.annotations().forArticle(articleId)) {
            String student = byKey.get(StudentNames.key(a.creator()));
            if (student != null) {
                layers.get(student).add(a);
            }
        }
        return layers;
    }

    /** The reference layer on the article; empty when the pack has none. */
    public List<Annotation> referenceLayer(String packId, long articleId) {
        String reference = pack(packId).referenceAnnotator();
        List<Annotation> layer = new ArrayList<>();
        if (reference != null) {
            for (Annotation a : store.annotations().forArticle(articleId)) {
                if (a.creator().equals(reference)) {
                    layer.add(a);
                }
            }
        }
        return layer;
    }

    /**
     * The layers a viewer may see: until the teacher reveals the pack, only the viewer's own
     * ("blind first"); afterwards every student's.
     */
    public Map<String, List<Annotation>> visibleLayers(String packId, long articleId, String viewer) {
        Map<String, List<Annotation>> all = studentLayers(packId, articleId);
        if (pack(packId).revealed()) {
            return all;
        }
        Map<String, List<Annotation>> own = new TreeMap<>();
        all.forEach((student, layer) -> {
            if (StudentNames.key(student).equals(StudentNames.key(viewer))) {
                own.put(student, layer);
            }
        });
        return own;
    }

    /** Everyone who annotated the article, in name order: whom a comparison without a pack can set side by side. */
    public List<String> annotatorsOf(long articleId) {
        return List.copyOf(annotatorLayers(articleId).keySet());
    }

    /**
     * Without a pack (a group on a shared store, colleagues' files imported), one layer per
     * annotator of the article, in name order with case ignored; names that differ only in case
     * are two people and keep a layer each.
     */
    public Map<String, List<Annotation>> annotatorLayers(long articleId) {
        Map<String, List<Annotation>> sorted = new TreeMap<>(
                String.CASE_INSENSITIVE_ORDER.thenComparing(java.util.Comparator.naturalOrder()));
        sorted.putAll(layers(null, articleId));
        return sorted;
    }

    public void setRevealed(String packId, boolean revealed) {
        store.packs().setRevealed(packId, revealed);
    }

    /** Annotator {@code right} against {@code left} on the article (e.g. left = the reference). */
    public Comparison compare(long articleId, String left, String right) {
        return matcher.compare(byCreator(articleId, left), byCreator(articleId, right));
    }

    private List<Annotation> byCreator(long articleId, String creator) {
        List<Annotation> result = new ArrayList<>();
        for (Annotation a : store.annotations().forArticle(articleId)) {
            if (a.creator().equals(creator)) {
                result.add(a);
            }
        }
        return result;
    }

    /**
     * Discussion mode: the hottest passages with counts and every student's note on them; see
     * {@link #heatmapView}.
     */
    public List<HotPassage> hottestPassages(String packId, long articleId, int limit) {
        Map<String, List<Annotation>> layers = layers(packId, articleId);
        return Heatmap.of(layers).hottest(layers, limit);
    }

    /**
     * The heatmap window's data from one read of the layers: how many students marked each
     * passage of the article, per type (the reference is not counted).
     * @param packId the pack whose students count, or null for everyone who annotated the article
     */
    public HeatmapView heatmapView(String packId, long articleId) {
        Map<String, List<Annotation>> layers = layers(packId, articleId);
        Heatmap heatmap = Heatmap.of(layers);
        return new HeatmapView(heatmap, heatmap.hottest(layers, Integer.MAX_VALUE), layers.size());
    }

    /**
     * The heatmap, every marked passage (hottest first), and how many layers count: the pack's
     * students, or everyone who annotated the article.
     */
    public record HeatmapView(Heatmap heatmap, List<HotPassage> passages, int layers) {
    }

    /** A pack's student layers, or without a pack one layer per annotator of the article. */
    private Map<String, List<Annotation>> layers(String packId, long articleId) {
        return packId != null ? studentLayers(packId, articleId)
                : Layers.byCreator(store.annotations().forArticle(articleId));
    }

    /**
     * Discussion mode: the hottest passages in order, with their text, char positions, counts and
     * every student's annotation on them (names are in the annotations; the UI hides them by default).
     * A null {@code packId} takes everyone who annotated the article, as {@link #heatmapView} does.
     */
    public List<DiscussionPassage> discussion(String packId, long articleId, int limit) {
        String text = article(articleId).text();
        CodePointIndex index = new CodePointIndex(text);
        List<DiscussionPassage> steps = new ArrayList<>();
        for (HotPassage p : hottestPassages(packId, articleId, limit)) {
            int start = index.toCharIndex(p.start());
            int end = index.toCharIndex(p.end());
            steps.add(new DiscussionPassage(steps.size() + 1, text.substring(start, end), start, end, p));
        }
        return steps;
    }

    private Article article(long articleId) {
        return store.articles().find(articleId).orElseThrow(
                () -> new IllegalArgumentException("There is no article #" + articleId + "."));
    }

    /** Statistics charts: counts by type, verdict and tag of each annotator's annotations on the article. */
    public Map<String, AnnotationCounts> countsPerAnnotator(long articleId) {
        Set<String> claimTypes = store.scheme().types().stream().filter(t -> t.kind() == TypeKind.CLAIM)
                .map(AnnotationType::key).collect(Collectors.toSet());
        return AnnotationCounts.perAnnotator(store.annotations().forArticle(articleId), claimTypes);
    }

    /**
     * Agreement of everyone who annotated one article, without a pack: per type, over all the
     * scheme's types. There is no reference, so nobody gets precision and recall.
     */
    public AgreementReport agreementOn(long articleId) {
        Article article = article(articleId);
        Map<String, List<Annotation>> layers = annotatorLayers(articleId);
        List<String> types = store.scheme().types().stream().map(AnnotationType::key).toList();
        return new AgreementCalculator(matcher).compute(
                List.of(new RatedArticle(articleId, article.title(), article.text(), layers, List.of())),
                List.copyOf(layers.keySet()), types);
    }

    /** Agreement of the collected students on the pack's articles, per article and type. */
    public AgreementReport agreement(String packId) {
        StoredPack pack = pack(packId);
        List<RatedArticle> rated = new ArrayList<>();
        for (long id : pack.articleIds()) {
            Article article = store.articles().find(id).orElse(null);
            if (article != null) {
                rated.add(new RatedArticle(id, article.title(), article.text(), studentLayers(packId, id),
                        referenceLayer(packId, id)));
            }
        }
        List<String> types = new ArrayList<>(pack.typeKeys());
        if (types.isEmpty()) {
            store.scheme().types().forEach(t -> types.add(t.key()));
        }
        return new AgreementCalculator(matcher).compute(rated, students(packId), types);
    }
}
