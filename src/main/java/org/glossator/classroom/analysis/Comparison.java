package org.glossator.classroom.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glossator.domain.Annotation;

/**
 * Two annotators' marks on one article, compared: pairs that match, marks only the left one
 * made (missed by the right) and marks only the right one made (extra).
 */
public record Comparison(List<Match> matched, List<Annotation> missed, List<Annotation> extra) {
    public Comparison {
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
    }

    /** A left and a right annotation of the same type whose overlap ratio reached the threshold. */
    public record Match(Annotation left, Annotation right, double overlap) {
    }

    public enum Kind { MISSED, EXTRA }

    /** A mark only one side made, for stepping through the differences in text order. */
    public record Difference(Kind kind, Annotation annotation) {
        public int start() {
            return annotation.target().start();
        }
    }

    /** Missed and extra marks in text order (N/P in the comparison view). */
    public List<Difference> differences() {
        List<Difference> all = new ArrayList<>();
        missed.forEach(a -> all.add(new Difference(Kind.MISSED, a)));
        extra.forEach(a -> all.add(new Difference(Kind.EXTRA, a)));
        all.sort(Comparator.comparingInt(Difference::start).thenComparing(d -> d.annotation().target().end())
                .thenComparing(Difference::kind));
        return all;
    }
}
