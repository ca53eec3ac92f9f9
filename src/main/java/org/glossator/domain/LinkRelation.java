package org.glossator.domain;

import java.util.Locale;

/** How one annotation relates to another. Links are directed: from -> to. */
public enum LinkRelation {
    /** A quote comes from a source. */
    QUOTED_FROM("quoted from"),
    /** Evidence (to) supports a claim (from). */
    SUPPORTED_BY("supported by"),
    /** Evidence (to) contradicts a claim (from). */
    CONTRADICTED_BY("contradicted by"),
    /** The same claim or quote repeated elsewhere, often in another article. */
    SAME_AS("same as"),
    RELATED("related to");

    private final String label;

    LinkRelation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LinkRelation fromKey(String key) {
        return valueOf(key.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
