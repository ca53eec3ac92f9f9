package org.glossator.domain;

/**
 * The family an annotation type belongs to; it decides which type-specific fields
 * the annotation carries. User-defined types pick one of these (GENERIC has none).
 */
public enum TypeKind {
    CLAIM("Claim (verdict and evidence)"),
    QUOTE("Quote (speaker and attribution)"),
    SOURCE("Source (citation and URL)"),
    GENERIC("Other (note and tags only)");

    private final String label;

    TypeKind(String label) {
        this.label = label;
    }

    /** How dialogs name the kind: what it is and which fields it brings. */
    public String label() {
        return label;
    }
}
