package org.glossator.anchoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Approximate search for a folded quote in folded text, allowing up to {@code maxErrors}
 * edits. Quotes of up to 64 chars are searched whole with {@link BitParallelMatcher};
 * longer ones by up to 8 chunks of 32 chars spread over the quote, each hit implying
 * where the quote would start. Implied starts are clustered (more chunks agreeing first),
 * then verified: the end is placed by aligning the quote's tail, the start by aligning its
 * head, and the whole is checked with a bounded edit distance. Long quotes thus never need
 * a quadratic alignment.
 */
final class FuzzyQuoteSearch {
    /** A match in folded indices. */
    record Match(int start, int end, int errors) {
    }

    /** Hits collected at most per search. */
    private static final int MAX_HITS = 5_000;
    /** Clusters of chunk hits verified at most for a long quote. */
    private static final int MAX_LONG_VERIFICATIONS = 16;
    private static final int CHUNK_LENGTH = 32;
    private static final int CHUNK_ERRORS = 6;
    private static final int MAX_CHUNKS = 8;
    /** Penalty, in edits, for a match edge that breaks a word boundary the quote had (or the reverse). */
    private static final double BOUNDARY_PENALTY = 1.5;

    private final String quote;
    private final FoldedText folded;
    private final int maxErrors;
    private final WordBoundaries boundaries;

    FuzzyQuoteSearch(String foldedQuote, FoldedText folded, int maxErrors, WordBoundaries boundaries) {
        this.quote = foldedQuote;
        this.folded = folded;
        this.maxErrors = maxErrors;
        this.boundaries = boundaries;
    }

    /** Matches within the folded ranges, best-supported first; {@code expected} breaks ties by nearness. */
    List<Match> find(List<int[]> foldedRanges, int expected) {
        int m = quote.length();
        List<long[]> diagonals = new ArrayList<>();
        int tolerance;
        int maxVerifications;
        if (m <= BitParallelMatcher.MAX_PATTERN) {
            collectDiagonals(quote, 0, 0, maxErrors, foldedRanges, diagonals);
            tolerance = maxErrors + 1;
            maxVerifications = MAX_HITS;
        } else {
            int chunks = Math.min(MAX_CHUNKS, m / CHUNK_LENGTH);
            for (int c = 0; c < chunks; c++) {
                int offset = (int) Math.round((double) c * (m - CHUNK_LENGTH) / (chunks - 1));
                collectDiagonals(quote.substring(offset, offset + CHUNK_LENGTH), offset, c, CHUNK_ERRORS,
                        foldedRanges, diagonals);
            }
            tolerance = CHUNK_ERRORS + 16 + maxErrors / 4;
            maxVerifications = MAX_LONG_VERIFICATIONS;
        }
        List<long[]> clusters = cluster(diagonals, tolerance, expected);
        List<Match> matches = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < clusters.size() && i < maxVerifications; i++) {
            Match match = alignAround((int) clusters.get(i)[0]);
            if (match != null && seen.add(((long) match.start() << 32) | match.end())) {
                matches.add(match);
            }
        }
        return matches;
    }

    /** Adds {diagonal, chunk} for every approximate hit of a piece of the quote taken at {@code offset}. */
    private void collectDiagonals(String piece, int offset, int chunk, int errors, List<int[]> ranges,
                                  List<long[]> diagonals) {
        BitParallelMatcher matcher = new BitParallelMatcher(piece);
        for (int[] range : ranges) {
            matcher.search(folded, range[0], range[1], errors, (end, found) -> {
                diagonals.add(new long[] {end - piece.length() - offset, chunk});
                return diagonals.size() < MAX_HITS;
            });
            if (diagonals.size() >= MAX_HITS) {
                return;
            }
        }
    }

    /**
     * Groups hits whose implied starts lie within {@code tolerance} of each other; returns
     * {start, votes} per group, most votes (distinct chunks) first, then nearest to expected.
     */
    private static List<long[]> cluster(List<long[]> diagonals, int tolerance, int expected) {
        diagonals.sort((x, y) -> Long.compare(x[0], y[0]));
        List<long[]> clusters = new ArrayList<>();
        int i = 0;
        while (i < diagonals.size()) {
            long first = diagonals.get(i)[0];
            int j = i;
            long chunks = 0;
            while (j < diagonals.size() && diagonals.get(j)[0] - first <= tolerance) {
                chunks |= 1L << diagonals.get(j)[1];
                j++;
            }
            clusters.add(new long[] {diagonals.get((i + j - 1) / 2)[0], Long.bitCount(chunks)});
            i = j;
        }
        clusters.sort((x, y) -> x[1] != y[1] ? Long.compare(y[1], x[1])
                : Long.compare(Math.abs(x[0] - expected), Math.abs(y[0] - expected)));
        return clusters;
    }

    /** The best match whose start is near {@code impliedStart} (folded), or null. */
    Match alignAround(int impliedStart) {
        int m = quote.length();
        int length = folded.length();
        int slack = Math.min(maxErrors, 256) + 8;
        int edge = Math.min(m, BitParallelMatcher.MAX_PATTERN);

        int tailFrom = clamp(impliedStart + m - edge - slack, length);
        int tailTo = clamp(impliedStart + m + slack, length);
        int[] endCosts = EditDistance.endCosts(quote.substring(m - edge), folded, tailFrom, tailTo);
        int end = -1;
        double endCost = Double.MAX_VALUE;
        for (int j = tailFrom; j <= tailTo; j++) {
            double cost = endCosts[j - tailFrom] + BOUNDARY_PENALTY * boundaries.endMismatch(folded, j);
            if (cost < endCost || cost == endCost && Math.abs(j - impliedStart - m) < Math.abs(end - impliedStart - m)) {
                endCost = cost;
                end = j;
            }
        }
        int headFrom = clamp(impliedStart - slack, length);
        int headTo = Math.min(clamp(impliedStart + edge + slack, length), end);
        if (headTo <= headFrom) {
            return null;
        }
        int[] startCosts = EditDistance.startCosts(quote.substring(0, edge), folded, headFrom, headTo);
        int start = -1;
        double startCost = Double.MAX_VALUE;
        for (int i = headFrom; i <= headTo; i++) {
            double cost = startCosts[i - headFrom] + BOUNDARY_PENALTY * boundaries.startMismatch(folded, i);
            if (cost < startCost || cost == startCost && Math.abs(i - impliedStart) < Math.abs(start - impliedStart)) {
                startCost = cost;
                start = i;
            }
        }
        if (start >= end) {
            return null;
        }
        int errors = EditDistance.bounded(quote, folded, start, end, maxErrors);
        return errors <= maxErrors ? new Match(start, end, errors) : null;
    }

    private static int clamp(int value, int length) {
        return Math.max(0, Math.min(length, value));
    }
}
