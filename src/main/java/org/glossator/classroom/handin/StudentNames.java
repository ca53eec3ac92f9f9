package org.glossator.classroom.handin;

import java.text.Normalizer;
import java.util.Locale;

/** How student names are compared and turned into file names. */
public final class StudentNames {
    private StudentNames() {
    }

    /** NFC, trimmed, inner whitespace collapsed, lowercase: "Anna  Berg" and "anna berg" are one student. */
    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The displayed form: NFC, trimmed, inner whitespace collapsed. */
    public static String clean(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** A file-name part: ASCII letters and digits joined by '-', accents dropped; {@code fallback} when nothing is left. */
    public static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
