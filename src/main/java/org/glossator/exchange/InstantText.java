package org.glossator.exchange;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#toString()} without the general formatter, which on a large export costs
 * more than writing the rest of an annotation. Same text: UTC, seconds always shown, the
 * fraction in groups of three digits as needed. Years outside 0-9999 go to
 * {@link Instant#toString()}. {@link org.glossator.domain.IsoInstants#parseUtc} reads that form back, for imports, where the
 * general formatter cost a fifth of parsing an annotation.
 */
final class InstantText {
    private static final long FIRST_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long END_SECOND = 253_402_300_800L; // 10000-01-01T00:00:00Z

    private InstantText() {
    }

    static String of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
            return instant.toString();
        }
        long days = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        char[] out = new char[30];
        int n = 0;
        n = put(out, n, date.getYear(), 4);
        out[n++] = '-';
        n = put(out, n, date.getMonthValue(), 2);
        out[n++] = '-';
        n = put(out, n, date.getDayOfMonth(), 2);
        out[n++] = 'T';
        n = put(out, n, secondOfDay / 3_600, 2);
        out[n++] = ':';
        n = put(out, n, secondOfDay / 60 % 60, 2);
        out[n++] = ':';
        n = put(out, n, secondOfDay % 60, 2);
        int nanos = instant.getNano();
        if (nanos != 0) {
            out[n++] = '.';
            if (nanos % 1_000_000 == 0) {
                n = put(out, n, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                n = put(out, n, nanos / 1_000, 6);
            } else {
                n = put(out, n, nanos, 9);
            }
        }
        out[n++] = 'Z';
        return new String(out, 0, n);
    }

    /** Writes {@code value} zero-padded to {@code width} digits. */
    private static int put(char[] out, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
