package org.glossator.ingest;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Which byte a character came from when UTF-8 was wrongly read in a single-byte
 * encoding: the inverse of that encoding's decoding table, for its upper half only
 * (ASCII never takes part in mojibake).
 */
final class LegacyByteTable {
    /**
     * Windows-1252 as browsers and most software apply it: the five bytes Windows-1252
     * leaves undefined come out as the C1 control of the same number, like Latin-1, so
     * one table covers text that was read as either.
     */
    static final LegacyByteTable SLOPPY_WINDOWS_1252 = sloppyWindows1252();
    static final LegacyByteTable MAC_ROMAN = of(Charset.forName("x-MacRoman"));

    private static final int NONE = -1;
    private final int[] byteOf = new int[0x10000];

    private LegacyByteTable() {
        Arrays.fill(byteOf, NONE);
    }

    /** The byte 0x80-0xFF the character stands for, or -1. */
    int byteOf(int codePoint) {
        return codePoint < 0x80 || codePoint > 0xFFFF ? NONE : byteOf[codePoint];
    }

    private static LegacyByteTable of(Charset charset) {
        LegacyByteTable table = new LegacyByteTable();
        for (int b = 0x80; b <= 0xFF; b++) {
            String decoded = new String(new byte[] {(byte) b}, charset);
            if (decoded.length() == 1 && decoded.charAt(0) != '\uFFFD') {
                table.byteOf[decoded.charAt(0)] = b;
            }
        }
        return table;
    }

    private static LegacyByteTable sloppyWindows1252() {
        LegacyByteTable table = of(Charset.forName("windows-1252"));
        for (int c = 0x80; c <= 0x9F; c++) {
            table.byteOf[c] = c; // Latin-1 reading: the C1 control stands for its own byte
        }
        return table;
    }
}
