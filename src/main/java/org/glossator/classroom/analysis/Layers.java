package org.glossator.classroom.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glossator.domain.Annotation;

/** Annotations as layers: one per annotator (creator), in name order. */
public final class Layers {
    private Layers() {
    }

    public static Map<String, List<Annotation>> byCreator(Collection<Annotation> annotations) {
        Map<String, List<Annotation>> layers = new TreeMap<>();
        annotations.forEach(a -> layers.computeIfAbsent(a.creator(), k -> new ArrayList<>()).add(a));
        return layers;
    }
}
