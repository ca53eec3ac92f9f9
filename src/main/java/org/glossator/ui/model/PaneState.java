package org.glossator.ui.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossator.anchoring.CodePointIndex;
import org.glossator.anchoring.Targets;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.Article;

/**
 * What one reader pane holds, as committed in the store: the article, its annotations
 * and the links touching them, and the code point index that turns W3C offsets into
 * reader positions. Immutable; a reload makes a new one.
 */
public final class PaneState {
    private final Article article;
    private final List<Annotation> annotations;
    private final List<AnnotationLink> links;
    private final CodePointIndex index;

    public PaneState(Article article, List<Annotation> annotations, List<AnnotationLink> links) {
        this(article, annotations, links, new CodePointIndex(article.text()));
    }

    private PaneState(Article article, List<Annotation> annotations, List<AnnotationLink> links, CodePointIndex index) {
        this.article = article;
        this.annotations = List.copyOf(annotations);
        this.links = List.copyOf(links);
        this.index = index;
    }

    /** The same article with fresher annotations; a changed text needs a new state. */
    public PaneState with(List<Annotation> newAnnotations, List<AnnotationLink> newLinks) {
        return new PaneState(article, newAnnotations, newLinks, index);
    }

    public Article article() {
        return article;
    }

    public List<Annotation> annotations() {
        return annotations;
    }

    public List<AnnotationLink> links() {
        return links;
    }

    public CodePointIndex index() {
        return index;
    }

    public Optional<Annotation> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Mark markOf(Annotation a) {
        int[] range = Targets.toCharRange(index, a.target());
        return new Mark(a.id(), range[0], range[1], a.typeKey());
    }

    /** Marks for anchored annotations; orphans have no place in the text to draw. */
    public Collection<Mark> marks() {
        List<Mark> marks = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            if (drawable(a)) {
                marks.add(markOf(a));
            }
        }
        return marks;
    }

    /** Anchored and inside the text (a damaged row must not break the reader). */
    public boolean drawable(Annotation a) {
        return !a.isOrphan() && a.target().end() <= index.codePointLength();
    }

    public List<AnnotationLink> linksOf(String annotationId) {
        return links.stream().filter(l -> l.fromId().equals(annotationId) || l.toId().equals(annotationId)).toList();
    }

    /** Char ranges whose marks differ between this state and a fresher one (added, removed or changed). */
    public List<int[]> changedRanges(PaneState fresh) {
        Map<String, Annotation> before = new HashMap<>();
        annotations.forEach(a -> before.put(a.id(), a));
        List<int[]> ranges = new ArrayList<>();
        for (Annotation a : fresh.annotations) {
            Annotation was = before.remove(a.id());
            if (was == null || !was.equals(a)) {
                if (fresh.drawable(a)) {
                    ranges.add(range(fresh.markOf(a)));
                }
                if (was != null && drawable(was)) {
                    ranges.add(range(markOf(was)));
                }
            }
        }
        for (Annotation gone : before.values()) {
            if (drawable(gone)) {
                ranges.add(range(markOf(gone)));
            }
        }
        return ranges;
    }

    private static int[] range(Mark m) {
        return new int[] {m.start(), m.end()};
    }
}
