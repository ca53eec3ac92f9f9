package org.glossator.domain;

/**
 * The family an annotation type belongs to; it decides which type-specific fields
 * the annotation carries. User-defined types pick one of these (GENERIC has none).
 */
public enum TypeKind {
    CLAIM, QUOTE, SOURCE, GENERIC
}
