package org.glossator.ui.classroom;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.glossator.classroom.CollectReport;
import org.glossator.domain.Annotation;
import org.glossator.domain.Counts;
import org.glossator.ui.model.ReadingSession;
import org.glossator.workspace.PackInfo;

/** Wording shared by the classroom views: Markdown as text, reasons in plain words, annotation lines. */
final class ClassroomText {
    private ClassroomText() {
    }

    /** The pack's Markdown instructions as readable text (headings, lists and emphasis without their marks). */
    static String markdown(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        return TextContentRenderer.builder().build().render(Parser.builder().build().parse(source)).strip();
    }

    static String reason(CollectReport.Reason reason) {
        return switch (reason) {
            case NOT_A_HAND_IN -> "not a hand-in";
            case TAMPERED -> "changed after it was handed in";
            case OTHER_PACK -> "handed in for another pack";
            case SAME_STUDENT -> "a second file for the same student";
            case RESERVED_NAME -> "the student's name is the reference's";
            case IMPORT_FAILED -> "its annotations could not be read";
        };
    }

    static String typeLabel(ReadingSession session, String key) {
        return session.typeOf(key) == null ? key : session.typeOf(key).label();
    }

    /** "Dubious claim · unsupported: the note" (the annotator is shown separately, as a badge or hidden). */
    static String describe(ReadingSession session, Annotation a) {
        StringBuilder s = new StringBuilder(typeLabel(session, a.typeKey()));
        if (a.verdict() != null) {
            s.append(" · ").append(a.verdict().label());
        }
        if (a.note() != null && !a.note().isBlank()) {
            s.append(": ").append(a.note().strip());
        }
        return s.toString();
    }

    static String countsByType(ReadingSession session, Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + typeLabel(session, e.getKey())).collect(Collectors.joining(", "));
    }

    /** "3 students" in a pack's views, "3 annotators" in the same views without a pack. */
    static String people(PackInfo pack, long n) {
        return pack == null ? Counts.of(n, "annotator", "annotators") : Counts.of(n, "student", "students");
    }

    static String lines(List<String> items) {
        return String.join("\n", items);
    }
}
