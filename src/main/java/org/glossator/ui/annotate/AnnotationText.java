package org.glossator.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;

/** Short descriptions of an annotation for list rows and tooltips. */
final class AnnotationText {
    private AnnotationText() {
    }

    static String metaLine(Annotation a) {
        List<String> parts = new ArrayList<>();
        if (a.verdict() != null) {
            parts.add(a.verdict().label());
        }
        if (a.speaker() != null && !a.speaker().isBlank()) {
            parts.add("said by " + a.speaker());
        }
        if (!a.note().isBlank()) {
            String note = a.note().strip().replace('\n', ' ');
            parts.add(note.length() > 90 ? note.substring(0, 90) + "…" : note);
        }
        if (!a.tags().isEmpty()) {
            parts.add("#" + String.join(" #", a.tags()));
        }
        if (!a.creator().isBlank()) {
            parts.add(a.creator());
        }
        return String.join("  ·  ", parts);
    }

    /** "1 annotation", "3 annotations". */
    static String count(int n, String noun) {
        return String.format("%,d %s", n, n == 1 ? noun : noun + "s");
    }

    static String tooltip(Annotation a, AnnotationType type) {
        StringBuilder sb = new StringBuilder(type.label());
        if (a.verdict() != null) {
            sb.append(" — ").append(a.verdict().label());
        }
        if (!a.note().isBlank()) {
            sb.append('\n').append(a.note().strip());
        }
        return sb.toString();
    }
}
