package org.glossator.ui.model;

import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;

/** Two annotations about to be linked, in the direction the link will have. */
public record LinkProposal(Annotation from, AnnotationType fromType, Annotation to, AnnotationType toType) {
}
