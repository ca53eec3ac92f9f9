package org.glossator.ingest;

/**
 * Line endings become "\n" and invisible control characters are dropped; every other
 * character is kept exactly (no Unicode normalisation: annotations are anchored on
 * the exact text, and the text should stay what the author wrote).
 */
final class TextNormaliser {
    private TextNormaliser() {
    }

    static String normalise(String decoded) {
        StringBuilder out = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (!isInvisibleControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** C0 controls and DEL, except tab, line feed and form feed (which count as white space later). */
    private static boolean isInvisibleControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f') || c == 0x7F;
    }
}
