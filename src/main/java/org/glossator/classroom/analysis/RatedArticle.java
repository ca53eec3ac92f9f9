package org.glossator.classroom.analysis;

import java.util.List;
import java.util.Map;
import org.glossator.domain.Annotation;

/**
 * One article with the layers agreement is computed on.
 *
 * @param students  each student's annotations on it (a student missing here marked nothing)
 * @param reference the teacher's reference annotations, empty when there is none
 */
public record RatedArticle(long articleId, String title, String text, Map<String, List<Annotation>> students,
                           List<Annotation> reference) {
    public RatedArticle {
        students = Map.copyOf(students);
        reference = reference == null ? List.of() : List.copyOf(reference);
    }

    public int length() {
        return text.codePointCount(0, text.length());
    }
}
