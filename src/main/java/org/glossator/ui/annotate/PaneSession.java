package org.glossator.ui.annotate;

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
import org.glossator.ui.reader.Mark;

/**
 * What one reader pane holds: the article, its annotations and the links touching
 * them, and the code point index that turns W3C offsets into reader positions.
 */
final class PaneSession {
    final Article article;
    final List<Annotation> annotations;
    final List<AnnotationLink> links;
    final CodePointIndex index;

    PaneSession(Article article, List<Annotation> annotations, List<AnnotationLink> links) {
        this.article = article;
        this.annotations = List.copyOf(annotations);
        this.links = List.copyOf(links);
        this.index = new CodePointIndex(article.text());
    }

    PaneSession with(List<Annotation> newAnnotations, List<AnnotationLink> newLinks) {
        return new PaneSession(article, newAnnotations, newLinks, index);
    }

    private PaneSession(Article article, List<Annotation> annotations, List<AnnotationLink> links, CodePointIndex index) {
        this.article = article;
        this.annotations = List.copyOf(annotations);
        this.links = List.copyOf(links);
        this.index = index;
    }

    Optional<Annotation> find(String id) {
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    Mark markOf(Annotation a) {
        int[] range = Targets.toCharRange(index, a.target());
        return new Mark(a.id(), range[0], range[1], a.typeKey());
    }

    /** Marks for anchored annotations; orphans have no place in the text to draw. */
    Collection<Mark> marks() {
        List<Mark> marks = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            if (drawable(a)) {
                marks.add(markOf(a));
            }
        }
        return marks;
    }

    /** Anchored and inside the text (a damaged row must not break the reader). */
    boolean drawable(Annotation a) {
        return !a.isOrphan() && a.target().end() <= index.codePointLength();
    }

    List<AnnotationLink> linksOf(String annotationId) {
        return links.stream().filter(l -> l.fromId().equals(annotationId) || l.toId().equals(annotationId)).toList();
    }

    /** Char ranges whose marks differ between this session and a fresher one (added, removed or changed). */
    List<int[]> changedRanges(PaneSession fresh) {
        PaneSession old = this;
        Map<String, Annotation> before = new HashMap<>();
        old.annotations.forEach(a -> before.put(a.id(), a));
        List<int[]> ranges = new ArrayList<>();
        for (Annotation a : fresh.annotations) {
            Annotation was = before.remove(a.id());
            if (was == null || !was.equals(a)) {
                if (fresh.drawable(a)) {
                    Mark m = fresh.markOf(a);
                    ranges.add(new int[] {m.start(), m.end()});
                }
                if (was != null && old.drawable(was)) {
                    Mark m = old.markOf(was);
                    ranges.add(new int[] {m.start(), m.end()});
                }
            }
        }
        for (Annotation gone : before.values()) {
            if (old.drawable(gone)) {
                Mark m = old.markOf(gone);
                ranges.add(new int[] {m.start(), m.end()});
            }
        }
        return ranges;
    }
}
