package org.glossator.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Produces mojibake the way broken software does: UTF-8 bytes read in a legacy encoding. */
final class Mojibake {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    private Mojibake() {
    }

    /** UTF-8 read as Windows-1252 the way browsers do it (undefined bytes become C1 controls). */
    static String asWindows1252(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String decoded = new String(new byte[] {b}, WINDOWS_1252);
            out.append(decoded.equals("\uFFFD") ? (char) (b & 0xFF) : decoded.charAt(0));
        }
        return out.toString();
    }

    static String asLatin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    static String asMacRoman(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), MAC_ROMAN);
    }
}
