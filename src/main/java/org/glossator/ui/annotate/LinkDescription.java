package org.glossator.ui.annotate;

import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;

/** A link seen from one of its ends: the other annotation and the title of its article. */
record LinkDescription(AnnotationLink link, boolean outgoing, Annotation other, String otherArticleTitle) {

    String text() {
        String exact = other.target().exact().replace('\n', ' ');
        if (exact.length() > 70) {
            exact = exact.substring(0, 70) + "…";
        }
        String relation = outgoing ? link.relation().label() : "← " + link.relation().label();
        return relation + ": “" + exact + "”  (" + otherArticleTitle + ")";
    }
}
