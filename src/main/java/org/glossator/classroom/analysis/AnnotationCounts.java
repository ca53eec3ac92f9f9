package org.glossator.classroom.analysis;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.glossator.domain.Annotation;

/**
 * Counts of annotations by type, verdict and tag, for the statistics charts (per article, per
 * annotator). Claims without a verdict count under "none"; quotes and sources do not count by
 * verdict; an annotation counts once per tag.
 */
public record AnnotationCounts(int total, Map<String, Integer> byType, Map<String, Integer> byVerdict,
                               Map<String, Integer> byTag) {
    public static final String NO_VERDICT = "none";

    public AnnotationCounts {
        // Sorted by key: a stable order for charts.
        byType = java.util.Collections.unmodifiableMap(new TreeMap<>(byType));
        byVerdict = java.util.Collections.unmodifiableMap(new TreeMap<>(byVerdict));
        byTag = java.util.Collections.unmodifiableMap(new TreeMap<>(byTag));
    }

    /**
     * @param claimTypes the keys of the claim types: only claims (and anything else that carries a
     *                   verdict) count by verdict, so a quote is not "a claim without a verdict"
     */
    public static AnnotationCounts of(Collection<Annotation> annotations, Set<String> claimTypes) {
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> verdicts = new TreeMap<>();
        Map<String, Integer> tags = new TreeMap<>();
        for (Annotation a : annotations) {
            types.merge(a.typeKey(), 1, Integer::sum);
            if (a.verdict() != null) {
                verdicts.merge(a.verdict().key(), 1, Integer::sum);
            } else if (claimTypes.contains(a.typeKey())) {
                verdicts.merge(NO_VERDICT, 1, Integer::sum);
            }
            a.tags().forEach(tag -> tags.merge(tag, 1, Integer::sum));
        }
        return new AnnotationCounts(annotations.size(), types, verdicts, tags);
    }

    /** Counts per annotator (creator), in name order; see {@link #of} for {@code claimTypes}. */
    public static Map<String, AnnotationCounts> perAnnotator(Collection<Annotation> annotations,
                                                             Set<String> claimTypes) {
        Map<String, AnnotationCounts> result = new java.util.LinkedHashMap<>();
        Layers.byCreator(annotations).forEach((creator, list) -> result.put(creator, of(list, claimTypes)));
        return result;
    }
}
