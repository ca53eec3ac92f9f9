package org.glossator.ui.reader;

import org.glossator.ui.model.Mark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossator.domain.StyleSpan;

/**
 * Flattens overlapping formatting and annotation ranges into disjoint segments,
 * each with the style classes the reader applies to it (the way RichTextFX wants
 * StyleSpans). No JavaFX here, so it is tested and benchmarked on its own.
 *
 * <p>Where annotations nest or cross, the innermost (shortest) colours the
 * background, the next one out draws an underline in its colour, and three or more
 * layers add a dotted frame; the selected annotation gets a solid frame.
 */
public final class HighlightLayout {

    /** A run of {@code length} chars with the given style classes. */
    public record Segment(int length, List<String> classes) {
    }

    private final List<StyleSpan> inline;
    private final Mark[] marks;
    private final int[] maxEndPrefix;
    private final Map<String, List<String>> classCache = new HashMap<>();

    /** @param formatting inline formatting spans; block spans are ignored (they style paragraphs) */
    public HighlightLayout(List<StyleSpan> formatting, Collection<Mark> marks) {
        this.inline = formatting.stream().filter(s -> !s.style().isBlock())
                .sorted(Comparator.comparingInt(StyleSpan::start)).toList();
        this.marks = marks.stream().filter(m -> m.end() > m.start())
                .sorted(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end)).toArray(Mark[]::new);
        // maxEndPrefix[i] = max end of marks[0..i]: lets a range query skip marks that ended earlier.
        this.maxEndPrefix = new int[this.marks.length];
        int max = 0;
        for (int i = 0; i < this.marks.length; i++) {
            max = Math.max(max, this.marks[i].end());
            maxEndPrefix[i] = max;
        }
    }

    /** Marks that contain {@code charIndex}, innermost (shortest) first. */
    public List<Mark> marksAt(int charIndex) {
        List<Mark> hits = new ArrayList<>();
        for (Mark m : marksIn(charIndex, charIndex + 1)) {
            if (m.contains(charIndex)) {
                hits.add(m);
            }
        }
        hits.sort(Comparator.comparingInt(Mark::length));
        return hits;
    }

    /** Marks that intersect [from, to). */
    public List<Mark> marksIn(int from, int to) {
        List<Mark> result = new ArrayList<>();
        int first = firstPossible(from);
        for (int i = first; i < marks.length && marks[i].start() < to; i++) {
            if (marks[i].end() > from) {
                result.add(marks[i]);
            }
        }
        return result;
    }

    private int firstPossible(int from) {
        // maxEndPrefix is non-decreasing: find the first index whose prefix max end > from.
        int lo = 0;
        int hi = marks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEndPrefix[mid] > from) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Segments covering exactly [from, to), in order. */
    public List<Segment> segments(int from, int to, String selectedId, String flashId) {
        List<Mark> active = marksIn(from, to);
        List<StyleSpan> styles = inlineIn(from, to);
        int[] bounds = boundaries(from, to, active, styles);
        List<Segment> segments = new ArrayList<>(bounds.length);
        List<Mark> covering = new ArrayList<>();
        List<String> styleNames = new ArrayList<>();
        for (int b = 0; b + 1 < bounds.length; b++) {
            int start = bounds[b];
            int end = bounds[b + 1];
            covering.clear();
            for (Mark m : active) {
                if (m.start() <= start && m.end() >= end) {
                    covering.add(m);
                }
            }
            styleNames.clear();
            for (StyleSpan s : styles) {
                if (s.start() <= start && s.end() >= end) {
                    styleNames.add(s.style().cssClass());
                }
            }
            List<String> classes = classesFor(covering, styleNames, selectedId, flashId);
            if (!segments.isEmpty() && segments.get(segments.size() - 1).classes().equals(classes)) {
                Segment last = segments.remove(segments.size() - 1);
                segments.add(new Segment(last.length() + end - start, classes));
            } else {
                segments.add(new Segment(end - start, classes));
            }
        }
        return segments;
    }

    private List<StyleSpan> inlineIn(int from, int to) {
        List<StyleSpan> result = new ArrayList<>();
        for (StyleSpan s : inline) {
            if (s.start() >= to) {
                break;
            }
            if (s.end() > from) {
                result.add(s);
            }
        }
        return result;
    }

    private static int[] boundaries(int from, int to, List<Mark> active, List<StyleSpan> styles) {
        int[] points = new int[2 + 2 * active.size() + 2 * styles.size()];
        int n = 0;
        points[n++] = from;
        points[n++] = to;
        for (Mark m : active) {
            points[n++] = clamp(m.start(), from, to);
            points[n++] = clamp(m.end(), from, to);
        }
        for (StyleSpan s : styles) {
            points[n++] = clamp(s.start(), from, to);
            points[n++] = clamp(s.end(), from, to);
        }
        return Arrays.stream(points, 0, n).distinct().sorted().toArray();
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private List<String> classesFor(List<Mark> covering, List<String> styleNames, String selectedId,
                                    String flashId) {
        StringBuilder key = new StringBuilder();
        for (String s : styleNames) {
            key.append(s).append(' ');
        }
        key.append('|');
        if (!covering.isEmpty()) {
            covering.sort(Comparator.comparingInt(Mark::length).thenComparing(Mark::start));
            Mark inner = covering.get(0);
            key.append("hl hl-bg-").append(inner.typeKey());
            for (int i = 1; i < covering.size(); i++) {
                if (!covering.get(i).typeKey().equals(inner.typeKey()) || i == covering.size() - 1) {
                    key.append(" hl-ul-").append(covering.get(i).typeKey());
                    break;
                }
            }
            if (covering.size() >= 3) {
                key.append(" hl-deep");
            }
            for (Mark m : covering) {
                if (m.id().equals(selectedId)) {
                    key.append(" hl-selected");
                }
                if (m.id().equals(flashId)) {
                    key.append(" hl-flash");
                }
            }
        }
        return classCache.computeIfAbsent(key.toString(), HighlightLayout::split);
    }

    private static List<String> split(String key) {
        List<String> classes = new ArrayList<>();
        for (String part : key.split("[ |]+")) {
            if (!part.isEmpty()) {
                classes.add(part);
            }
        }
        return List.copyOf(classes);
    }
}
