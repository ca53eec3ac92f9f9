package org.glossator.domain;

import java.util.Locale;

/** A reader's judgement of a dubious claim. */
public enum Verdict {
    UNVERIFIED, UNSUPPORTED, MISLEADING, FALSE, ACCURATE;

    public String label() {
        String name = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict fromKey(String key) {
        return key == null || key.isBlank() ? null : valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
}
