package org.glossator.classroom.analysis;

import java.util.Map;
import java.util.Set;

/**
 * A stretch of text in code points [start, end) that the same annotators marked: no
 * annotation begins or ends inside it.
 *
 * @param countsByType for each type, how many distinct annotators marked the whole stretch with it
 * @param annotators   the distinct annotators who marked it with any type
 */
public record HeatSegment(int start, int end, Map<String, Integer> countsByType, Set<String> annotators) {
    public HeatSegment {
        // Sorted by type key: a stable order for display and tests.
        countsByType = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(countsByType));
        annotators = Set.copyOf(annotators);
    }

    /** How many distinct annotators marked this stretch (with any type). */
    public int count() {
        return annotators.size();
    }

    public int count(String typeKey) {
        return countsByType.getOrDefault(typeKey, 0);
    }
}
