package org.glossator.domain;

import java.util.Locale;

/**
 * Counts in sentences for people: "1 annotation", "100,000 annotations". Digits are grouped the
 * English way, like the English words around them; tables and JSON for programs keep plain digits.
 */
public final class Counts {
    private Counts() {
    }

    /** {@code 100000} as "100,000". */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The count, grouped, and the noun: {@code one} for exactly one, otherwise {@code many}. */
    public static String of(long n, String one, String many) {
        return grouped(n) + " " + (n == 1 ? one : many);
    }
}
