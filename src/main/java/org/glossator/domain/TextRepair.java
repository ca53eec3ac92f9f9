package org.glossator.domain;

/**
 * One kind of damage the importer repaired in an article's text, and how often:
 * for example 38 characters of "UTF-8 read as Mac Roman".
 *
 * @param kind        a stable key (see {@link Kind})
 * @param count       how many characters were repaired (or removed)
 */
public record TextRepair(Kind kind, int count) {
    public TextRepair {
        if (kind == null || count <= 0) {
            throw new IllegalArgumentException("a repair names its kind and a positive count");
        }
    }

    /** What was wrong; {@link #description()} is the wording shown to users. */
    public enum Kind {
        UTF8_AS_WINDOWS_1252("UTF-8 read as Windows-1252"),
        UTF8_AS_LATIN_1("UTF-8 read as Latin-1"),
        UTF8_AS_MAC_ROMAN("UTF-8 read as Mac Roman"),
        UTF8_AS_WINDOWS_1252_TWICE("UTF-8 read as Windows-1252 twice"),
        UTF8_AS_LATIN_1_TWICE("UTF-8 read as Latin-1 twice"),
        UTF8_AS_MAC_ROMAN_TWICE("UTF-8 read as Mac Roman twice"),
        C1_CONTROLS_MAPPED("C1 control characters read as Windows-1252"),
        C1_CONTROLS_REMOVED("C1 control characters removed");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public String description() {
        return kind.description();
    }

    /** "38 × UTF-8 read as Mac Roman". */
    public String summary() {
        return count + " × " + kind.description();
    }
}
