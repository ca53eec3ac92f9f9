package org.glossator.bench;

import java.util.Arrays;

/** Percentiles of a set of timings, in milliseconds. */
final class Stats {
    private final double[] sortedMillis;

    Stats(long[] nanos) {
        sortedMillis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
    }

    double percentile(double p) {
        int index = (int) Math.ceil(p / 100.0 * sortedMillis.length) - 1;
        return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, index))];
    }

    double median() {
        return percentile(50);
    }

    static String ms(double millis) {
        return String.format("%.2f ms", millis);
    }
}
