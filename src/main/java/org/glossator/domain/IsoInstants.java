package org.glossator.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes and reads the UTC form {@link Instant#toString()} writes, without the general
 * formatter: on a large import or export that formatter cost more than the rest of an
 * annotation's fields. Shared by the store (its rows) and the exchange formats (their files).
 */
public final class IsoInstants {
    private static final long FIRST_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long END_SECOND = 253_402_300_800L; // 10000-01-01T00:00:00Z

    /**
     * {@link Instant#toString()} without the general formatter, which on a large export or
     * import cost more than the rest of an annotation's fields. Same text: UTC, seconds always
     * shown, the fraction in groups of three digits as needed; years outside 0-9999 go to
     * {@link Instant#toString()}.
     */
    public static String format(Instant instant) {
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

    private IsoInstants() {
    }

    /**
     * Reads {@code 2024-05-01T12:30:00Z} with 0-9 fraction digits (what {@link Instant#toString()}
     * and most programs write); null for anything else, which the caller then reads with the general
     * formatter (offsets, missing zone, out-of-range fields: its messages are the ones to show).
     */
    public static Instant parseUtc(String text) {
        int n = text.length();
        if (n < 20 || n > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z') {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int digits = n - 21;
            if (text.charAt(19) != '.' || digits < 1) {
                return null;
            }
            nanos = digits(text, 20, n - 1);
            for (int k = digits; k < 9; k++) {
                nanos *= 10;
            }
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || nanos < 0) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 if a char is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
