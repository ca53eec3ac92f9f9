package org.glossator.domain;

import java.util.List;

/**
 * The built-in annotation types. Colours come from the Okabe-Ito palette, chosen
 * because it stays distinguishable under the common forms of colour blindness.
 */
public final class DefaultScheme {
    private DefaultScheme() {
    }

    public static List<AnnotationType> types() {
        return List.of(
                new AnnotationType(AnnotationType.CLAIM, "Dubious claim", "#D55E00", 0, TypeKind.CLAIM, true),
                new AnnotationType(AnnotationType.QUOTE, "Quote", "#0072B2", 1, TypeKind.QUOTE, true),
                new AnnotationType(AnnotationType.SOURCE, "Source", "#009E73", 2, TypeKind.SOURCE, true));
    }
}
