package org.glossator.classroom.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glossator.domain.Annotation;

/**
 * Decides which marks of two annotators are "the same mark". Two annotations match when
 * they have the same type and their overlap ratio (Jaccard index over code points:
 * |A ∩ B| / |A ∪ B|) is at least the threshold, 0.5 by default: the shared text is at least
 * as long as the text only one of them covers. Matching is one-to-one and greedy: candidate
 * pairs are taken from the highest ratio down (ties: left start, then right start), and a
 * mark already matched is not matched again. Orphaned annotations take no part.
 */
public final class SpanMatcher {
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final double threshold;

    public SpanMatcher(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold must be in (0, 1]");
        }
        this.threshold = threshold;
    }

    public SpanMatcher() {
        this(DEFAULT_THRESHOLD);
    }

    public double threshold() {
        return threshold;
    }

    /** Jaccard index of two spans in code points; 0 when they do not overlap. */
    public static double overlapRatio(Span a, Span b) {
        int shared = a.overlapLength(b);
        if (shared == 0) {
            return 0;
        }
        int union = a.length() + b.length() - shared;
        return (double) shared / union;
    }

    public Comparison compare(List<Annotation> left, List<Annotation> right) {
        List<Annotation> l = placedOnly(left);
        List<Annotation> r = placedOnly(right);
        record Candidate(int li, int ri, double ratio) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            Span a = Span.of(l.get(i));
            for (int j = 0; j < r.size(); j++) {
                Span b = Span.of(r.get(j));
                if (a.typeKey().equals(b.typeKey())) {
                    double ratio = overlapRatio(a, b);
                    if (ratio >= threshold) {
                        candidates.add(new Candidate(i, j, ratio));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::ratio).reversed()
                .thenComparingInt(c -> l.get(c.li()).target().start())
                .thenComparingInt(c -> r.get(c.ri()).target().start()));
        Set<Integer> usedLeft = new HashSet<>();
        Set<Integer> usedRight = new HashSet<>();
        List<Comparison.Match> matched = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedLeft.contains(c.li()) && !usedRight.contains(c.ri())) {
                usedLeft.add(c.li());
                usedRight.add(c.ri());
                matched.add(new Comparison.Match(l.get(c.li()), r.get(c.ri()), c.ratio()));
            }
        }
        matched.sort(Comparator.comparingInt(m -> m.left().target().start()));
        List<Annotation> missed = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            if (!usedLeft.contains(i)) {
                missed.add(l.get(i));
            }
        }
        List<Annotation> extra = new ArrayList<>();
        for (int j = 0; j < r.size(); j++) {
            if (!usedRight.contains(j)) {
                extra.add(r.get(j));
            }
        }
        return new Comparison(matched, missed, extra);
    }

    private static List<Annotation> placedOnly(List<Annotation> annotations) {
        List<Annotation> placed = new ArrayList<>();
        for (Annotation a : annotations) {
            if (Span.placed(a)) {
                placed.add(a);
            }
        }
        placed.sort(Comparator.comparingInt((Annotation a) -> a.target().start()).thenComparing(Annotation::id));
        return placed;
    }
}
