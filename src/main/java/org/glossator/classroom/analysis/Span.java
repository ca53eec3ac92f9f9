package org.glossator.classroom.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glossator.domain.Annotation;

/**
 * A marked stretch of text in code points [start, end) with its type, as the analyses see
 * an annotation: orphaned and empty annotations have no place in the text and take no part.
 */
public record Span(int start, int end, String typeKey) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public int overlapLength(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** Whether the annotation takes part in comparisons (anchored and not empty). */
    public static boolean placed(Annotation a) {
        return !a.isOrphan() && a.target().end() > a.target().start();
    }

    public static Span of(Annotation a) {
        return new Span(a.target().start(), a.target().end(), a.typeKey());
    }

    /**
     * One rater's spans of one type, with overlapping ones merged into their union (αu counts a
     * rater's units of one category as non-overlapping; a nested mark adds nothing to "marked").
     * Spans that only touch stay apart.
     */
    public static List<Span> mergedOfType(List<Annotation> annotations, String typeKey) {
        List<Span> spans = new ArrayList<>();
        for (Annotation a : annotations) {
            if (placed(a) && a.typeKey().equals(typeKey)) {
                spans.add(of(a));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() < last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end()), typeKey));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
