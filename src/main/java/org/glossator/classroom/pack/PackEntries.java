package org.glossator.classroom.pack;

import java.util.regex.Pattern;

/** Entry names inside a pack, and the rule that keeps every name inside it. */
final class PackEntries {
    static final String MANIFEST = "manifest.json";
    static final String INSTRUCTIONS = "instructions.md";
    static final String SCHEME = "scheme.json";
    static final String REFERENCE = "reference.json";
    static final String ARTICLE_DIR = "articles/";
    static final String FORMAT = "glossator-reading-pack";

    /** Lowercase names, at most one folder deep: nothing that could mean a parent, a root or a device. */
    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}(/[a-z0-9][a-z0-9._-]{0,99})?");

    private PackEntries() {
    }

    static String article(int index) {
        return String.format(java.util.Locale.ROOT, "%s%03d.json", ARTICLE_DIR, index + 1);
    }

    /** Why an entry name is refused, or null when it is safe. */
    static String unsafeNameReason(String name) {
        if (name.isEmpty()) {
            return "an entry has an empty name";
        }
        if (name.indexOf('\\') >= 0) {
            return "the entry \"" + name + "\" uses a backslash in its path";
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return "the entry \"" + name + "\" has an absolute path";
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..")) {
                return "the entry \"" + name + "\" points outside the pack (../)";
            }
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "the entry \"" + name.replaceAll("\\p{Cntrl}", "?") + "\" has control characters in its name";
        }
        if (!SAFE.matcher(name).matches()) {
            return "the entry \"" + name + "\" is not a name a reading pack uses";
        }
        return null;
    }
}
