package org.glossator.classroom.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.glossator.domain.Annotation;

/**
 * How many annotators marked each passage of an article, per type. The text is cut at every
 * start and end of a placed annotation (code points), so within a segment every count is
 * constant; an annotator who marks a passage twice, or with nested marks, counts once.
 */
public final class Heatmap {
    private final List<HeatSegment> segments;

    private Heatmap(List<HeatSegment> segments) {
        this.segments = List.copyOf(segments);
    }

    /** @param layers each annotator's annotations on the article */
    public static Heatmap of(Map<String, List<Annotation>> layers) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (List<Annotation> layer : layers.values()) {
            for (Annotation a : layer) {
                if (Span.placed(a)) {
                    cuts.add(a.target().start());
                    cuts.add(a.target().end());
                }
            }
        }
        List<HeatSegment> segments = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                HeatSegment s = segment(previous, cut, layers);
                if (s != null) {
                    segments.add(s);
                }
            }
            previous = cut;
        }
        return new Heatmap(segments);
    }

    private static HeatSegment segment(int start, int end, Map<String, List<Annotation>> layers) {
        Map<String, Integer> byType = new TreeMap<>();
        Set<String> annotators = new HashSet<>();
        for (Map.Entry<String, List<Annotation>> layer : layers.entrySet()) {
            Set<String> types = new HashSet<>();
            for (Annotation a : layer.getValue()) {
                if (Span.placed(a) && a.target().start() <= start && end <= a.target().end()) {
                    types.add(a.typeKey());
                }
            }
            types.forEach(t -> byType.merge(t, 1, Integer::sum));
            if (!types.isEmpty()) {
                annotators.add(layer.getKey());
            }
        }
        return annotators.isEmpty() ? null : new HeatSegment(start, end, byType, annotators);
    }

    /** The marked segments in text order; unmarked text has none. */
    public List<HeatSegment> segments() {
        return segments;
    }

    /** The highest number of annotators on any segment (0 when nothing is marked), for scaling colours. */
    public int maxCount() {
        return segments.stream().mapToInt(HeatSegment::count).max().orElse(0);
    }

    /**
     * Runs of touching segments, hottest first (by peak, then by how much of the run is at its peak
     * count, then in text order), at most {@code limit}.
     * @param layers the same layers, to collect the annotations of each passage
     */
    public List<HotPassage> hottest(Map<String, List<Annotation>> layers, int limit) {
        List<List<HeatSegment>> runs = new ArrayList<>();
        for (HeatSegment s : segments) {
            List<HeatSegment> run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (run != null && run.get(run.size() - 1).end() == s.start()) {
                run.add(s);
            } else {
                runs.add(new ArrayList<>(List.of(s)));
            }
        }
        record Ranked(HotPassage passage, int peakLength) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (List<HeatSegment> run : runs) {
            int start = run.get(0).start();
            int end = run.get(run.size() - 1).end();
            int peak = 0;
            Map<String, Integer> peakByType = new HashMap<>();
            for (HeatSegment s : run) {
                peak = Math.max(peak, s.count());
                s.countsByType().forEach((t, c) -> peakByType.merge(t, c, Math::max));
            }
            int peakLength = 0;
            for (HeatSegment s : run) {
                if (s.count() == peak) {
                    peakLength += s.end() - s.start();
                }
            }
            List<Annotation> touching = new ArrayList<>();
            for (List<Annotation> layer : layers.values()) {
                for (Annotation a : layer) {
                    if (Span.placed(a) && a.target().start() < end && start < a.target().end()) {
                        touching.add(a);
                    }
                }
            }
            touching.sort(Comparator.comparingInt((Annotation a) -> a.target().start())
                    .thenComparing(Annotation::creator).thenComparing(Annotation::id));
            ranked.add(new Ranked(new HotPassage(start, end, peak, peakByType, touching), peakLength));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> r.passage().peak()).reversed()
                .thenComparing(Comparator.comparingInt(Ranked::peakLength).reversed())
                .thenComparingInt(r -> r.passage().start()));
        List<HotPassage> result = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < limit; i++) {
            result.add(ranked.get(i).passage());
        }
        return result;
    }
}
