package org.glossator.anchoring;

/**
 * Recognises mojibake: the UTF-8 bytes of one character shown as Windows-1252 (or Latin-1)
 * characters, as in "â€™" for "’" or "Ã©" for "é". Pages are often repaired after an
 * annotation was made on the garbled copy; folding both forms alike keeps it anchored.
 */
final class Mojibake {
    /** Windows-1252 bytes 0x80-0x9F as chars; undefined bytes as the C1 control browsers show. */
    private static final String CP1252_HIGH = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160"
            + "\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A"
            + "\u0153\u009D\u017E\u0178";

    private Mojibake() {
    }

    /**
     * If {@code text[at, to)} starts with the garbled form of one non-ASCII character, returns
     * {@code (codePoint << 8) | charsUsed}; otherwise -1.
     */
    static long decodeAt(CharSequence text, int at, int to) {
        char lead = text.charAt(at);
        if (lead < 0xC2 || lead > 0xF4) {
            return -1;
        }
        int extra = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        if (at + extra >= to) {
            return -1;
        }
        int cp = lead & (0x3F >> extra);
        for (int k = 1; k <= extra; k++) {
            int b = byteOf(text.charAt(at + k));
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        int minimum = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        return ((long) cp << 8) | (extra + 1);
    }

    /** The Windows-1252 byte a char stands for, or -1. */
    private static int byteOf(char c) {
        if (c >= 0xA0 && c <= 0xFF || c >= 0x80 && c <= 0x9F) {
            return c;
        }
        int high = CP1252_HIGH.indexOf(c);
        return high >= 0 ? 0x80 + high : -1;
    }
}
