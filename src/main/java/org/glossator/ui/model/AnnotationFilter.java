package org.glossator.ui.model;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.glossator.domain.Annotation;
import org.glossator.domain.Verdict;

/**
 * The annotation panel's filters; null means "any". The text filter matches quote,
 * note, tags and speaker, ignoring case.
 */
public record AnnotationFilter(String typeKey, String tag, Verdict verdict, String annotator, String text)
        implements Predicate<Annotation> {
    public static final AnnotationFilter NONE = new AnnotationFilter(null, null, null, null, null);

    public AnnotationFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(Annotation a) {
        return (typeKey == null || a.typeKey().equals(typeKey))
                && (tag == null || a.tags().contains(tag))
                && (verdict == null || verdict == a.verdict())
                && (annotator == null || Objects.equals(a.creator(), annotator))
                && (text.isEmpty() || matchesText(a));
    }

    private boolean matchesText(Annotation a) {
        return a.target().exact().toLowerCase(Locale.ROOT).contains(text)
                || a.note().toLowerCase(Locale.ROOT).contains(text)
                || a.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(text))
                || (a.speaker() != null && a.speaker().toLowerCase(Locale.ROOT).contains(text));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
