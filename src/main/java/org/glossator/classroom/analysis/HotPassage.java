package org.glossator.classroom.analysis;

import java.util.List;
import java.util.Map;
import org.glossator.domain.Annotation;

/**
 * A run of marked text without a gap, as discussion mode shows it: the passage in code points,
 * how many annotators marked its hottest part (overall and per type), and every annotation
 * that touches it (each with its creator, type, note and verdict).
 */
public record HotPassage(int start, int end, int peak, Map<String, Integer> peakByType,
                         List<Annotation> annotations) {
    public HotPassage {
        // Sorted by type key: a stable order for display and tests.
        peakByType = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(peakByType));
        annotations = List.copyOf(annotations);
    }
}
