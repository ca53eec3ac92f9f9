package org.glossator.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glossator.domain.TextTarget;

/**
 * Finds where one target's quote is in a text, in stages of growing tolerance, stopping
 * at the first stage that yields a candidate good enough to accept:
 * <ol>
 *   <li>the expected position, when the quote is still there verbatim;</li>
 *   <li>verbatim occurrences of the quote;</li>
 *   <li>occurrences in folded text (quote marks, dashes, whitespace, case, diacritics);</li>
 *   <li>approximate matches in folded text, at most 20% of the quote edited.</li>
 * </ol>
 * Candidates are ranked by quote similarity, then prefix/suffix similarity, then nearness
 * to the expected position. Acceptance asks for context support unless the quote speaks
 * for itself: a deleted passage must be orphaned rather than attached to a lookalike.
 */
final class QuoteLocator {
    /** Matches must keep at least this share of the quote (1 - edits / folded length). */
    static final double MIN_QUOTE_SIMILARITY = 0.8;
    /** Average prefix/suffix similarity that confirms a candidate. */
    static final double MIN_CONTEXT_SIMILARITY = 0.5;
    /** Folded length from which a verbatim quote is distinctive enough to need no context. */
    static final int SELF_EVIDENT_EXACT_LENGTH = 32;
    /** Folded length and similarity from which a fuzzy quote needs no context. */
    static final int SELF_EVIDENT_FUZZY_LENGTH = 64;
    static final double SELF_EVIDENT_FUZZY_SIMILARITY = 0.9;

    /** Occurrences of very common quotes scored at most (the nearest ones). */
    private static final int MAX_OCCURRENCES = 2_000;
    /** Approximate hits collected at most per search. */
    private static final int MAX_HITS = 5_000;
    /** Clusters of chunk hits verified at most for a long quote. */
    private static final int MAX_LONG_VERIFICATIONS = 16;
    private static final int CHUNK_LENGTH = 32;
    private static final int CHUNK_ERRORS = 6;
    private static final int MAX_CHUNKS = 8;
    /** Penalty, in edits, for a match edge that breaks a word boundary the quote had (or the reverse). */
    private static final double BOUNDARY_PENALTY = 1.5;

    private final AnchoringText text;
    private final TextTarget target;
    private final String exact;
    private final int expectedStart;
    private final ContextScorer context;
    private String foldedQuote;

    QuoteLocator(AnchoringText text, TextTarget target, int expectedStart) {
        this.text = text;
        this.target = target;
        this.exact = target.exact();
        this.expectedStart = expectedStart;
        this.context = new ContextScorer(text.text, target);
    }

    /**
     * @param positionRange char range the position selector points at in this text, or null
     *                      when it is known not to hold the quote any more
     */
    AnchorResult locate(SearchScope scope, int[] positionRange) {
        if (exact.isEmpty()) {
            return anchorEmptyQuote(positionRange);
        }
        Candidate atPosition = null;
        if (positionRange != null && holdsQuote(positionRange[0], positionRange[1])) {
            atPosition = score(positionRange[0], positionRange[1], 1.0);
            if (accepts(atPosition)) {
                return exactAt(positionRange[0], positionRange[1]);
            }
        }
        Candidate best = bestAccepted(verbatimCandidates(scope));
        if (best == null) {
            best = bestAccepted(foldedCandidates(scope));
        }
        if (best == null) {
            best = bestAccepted(approximateCandidates(scope));
        }
        if (best != null) {
            if (atPosition != null && best.sameRange(atPosition.start(), atPosition.end())) {
                return exactAt(best.start(), best.end());
            }
            return new AnchorResult(AnchorOutcome.REANCHORED, text.targetAt(best.start(), best.end()),
                    best.confidence());
        }
        if (atPosition != null) {
            // The position selector still holds the quote: that rule wins even without context support.
            return new AnchorResult(AnchorOutcome.EXACT, text.targetAt(atPosition.start(), atPosition.end()),
                    atPosition.confidence());
        }
        return new AnchorResult(AnchorOutcome.ORPHANED, target, 0.0);
    }

    private AnchorResult anchorEmptyQuote(int[] positionRange) {
        // An empty quote has nothing to verify or search for; it can only follow its position.
        int at = positionRange != null ? positionRange[0] : expectedStart;
        if (positionRange != null && target.start() > text.index.codePointLength()) {
            return new AnchorResult(AnchorOutcome.ORPHANED, target, 0.0);
        }
        return exactAt(at, at);
    }

    private AnchorResult exactAt(int start, int end) {
        return new AnchorResult(AnchorOutcome.EXACT, text.targetAt(start, end), 1.0);
    }

    private boolean holdsQuote(int start, int end) {
        return end - start == exact.length() && text.text.startsWith(exact, start);
    }

    private boolean accepts(Candidate candidate) {
        if (candidate.quoteSimilarity() < MIN_QUOTE_SIMILARITY) {
            return false;
        }
        if (candidate.contextSimilarity() >= MIN_CONTEXT_SIMILARITY) {
            return true;
        }
        int length = foldedQuote().length();
        if (candidate.quoteSimilarity() >= 1.0) {
            return length >= SELF_EVIDENT_EXACT_LENGTH;
        }
        return length >= SELF_EVIDENT_FUZZY_LENGTH && candidate.quoteSimilarity() >= SELF_EVIDENT_FUZZY_SIMILARITY;
    }

    private Candidate bestAccepted(List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate candidate : candidates) {
            if (accepts(candidate) && (best == null || candidate.score() > best.score())) {
                best = candidate;
            }
        }
        return best;
    }

    private Candidate score(int start, int end, double quoteSimilarity) {
        double distance = Math.abs(start - expectedStart);
        double proximity = 1.0 - Math.min(1.0, distance / Math.max(1, text.length()));
        return new Candidate(start, end, quoteSimilarity, context.prefixSimilarity(start),
                context.suffixSimilarity(end), proximity);
    }

    private String foldedQuote() {
        if (foldedQuote == null) {
            foldedQuote = FoldedText.fold(exact);
        }
        return foldedQuote;
    }

    // ---- stage 2: verbatim ----

    private List<Candidate> verbatimCandidates(SearchScope scope) {
        String source = text.text;
        int length = exact.length();
        IntList starts = new IntList();
        for (int[] range : scope.ranges()) {
            int at = indexOf(source, exact, range[0], range[1]);
            while (at >= 0) {
                starts.add(at);
                at = indexOf(source, exact, at + 1, range[1]);
            }
        }
        int[] nearest = nearest(starts, expectedStart);
        List<Candidate> candidates = new ArrayList<>(nearest.length);
        for (int start : nearest) {
            candidates.add(score(start, start + length, 1.0));
        }
        return candidates;
    }

    /** {@code text.indexOf(pattern, from)} limited to matches that end by {@code to}. */
    private static int indexOf(String text, String pattern, int from, int to) {
        int last = to - pattern.length();
        if (from > last) {
            return -1;
        }
        if (to == text.length()) {
            return text.indexOf(pattern, from);
        }
        char first = pattern.charAt(0);
        for (int i = from; i <= last; i++) {
            if (text.charAt(i) == first && text.startsWith(pattern, i)) {
                return i;
            }
        }
        return -1;
    }

    // ---- stage 3: folded ----

    private List<Candidate> foldedCandidates(SearchScope scope) {
        String quote = foldedQuote();
        if (quote.isEmpty()) {
            return List.of();
        }
        FoldedText folded = text.folded();
        IntList starts = new IntList();
        for (int[] range : scope.ranges()) {
            int from = folded.foldedIndexAtOrAfter(range[0]);
            int to = folded.foldedIndexAtOrAfter(range[1]);
            int at = folded.indexOf(quote, from, to);
            while (at >= 0) {
                starts.add(at);
                at = folded.indexOf(quote, at + 1, to);
            }
        }
        int[] nearest = nearest(starts, folded.foldedIndexAtOrAfter(expectedStart));
        List<Candidate> candidates = new ArrayList<>(nearest.length);
        for (int start : nearest) {
            candidates.add(score(folded.sourceIndex(start), folded.sourceIndex(start + quote.length()), 1.0));
        }
        return candidates;
    }

    // ---- stage 4: approximate ----

    private List<Candidate> approximateCandidates(SearchScope scope) {
        String quote = foldedQuote();
        int m = quote.length();
        int maxErrors = (int) Math.floor(m * (1.0 - MIN_QUOTE_SIMILARITY) + 1e-9);
        if (maxErrors < 1) {
            return List.of();
        }
        FoldedText folded = text.folded();
        List<int[]> foldedRanges = new ArrayList<>();
        for (int[] range : scope.ranges()) {
            foldedRanges.add(new int[] {folded.foldedIndexAtOrAfter(range[0]), folded.foldedIndexAtOrAfter(range[1])});
        }
        List<long[]> diagonals = new ArrayList<>();
        int tolerance;
        int maxVerifications;
        if (m <= BitParallelMatcher.MAX_PATTERN) {
            collectDiagonals(quote, 0, 0, maxErrors, folded, foldedRanges, diagonals);
            tolerance = maxErrors + 1;
            maxVerifications = MAX_HITS;
        } else {
            int chunks = Math.min(MAX_CHUNKS, m / CHUNK_LENGTH);
            for (int c = 0; c < chunks; c++) {
                int offset = (int) Math.round((double) c * (m - CHUNK_LENGTH) / (chunks - 1));
                collectDiagonals(quote.substring(offset, offset + CHUNK_LENGTH), offset, c, CHUNK_ERRORS,
                        folded, foldedRanges, diagonals);
            }
            tolerance = CHUNK_ERRORS + 16 + maxErrors / 4;
            maxVerifications = MAX_LONG_VERIFICATIONS;
        }
        int expected = folded.foldedIndexAtOrAfter(expectedStart);
        List<long[]> clusters = cluster(diagonals, tolerance, expected);
        List<Candidate> candidates = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        WordBoundaries boundaries = new WordBoundaries(target);
        for (int i = 0; i < clusters.size() && i < maxVerifications; i++) {
            int diagonal = (int) clusters.get(i)[0];
            int[] match = alignAround(quote, diagonal, maxErrors, folded, boundaries);
            if (match == null) {
                continue;
            }
            int start = folded.sourceIndex(match[0]);
            int end = folded.sourceIndex(match[1]);
            if (seen.add(((long) start << 32) | end)) {
                candidates.add(score(start, end, 1.0 - (double) match[2] / m));
            }
        }
        return candidates;
    }

    /** Adds {diagonal, chunk} for every approximate hit of a piece of the quote found at {@code offset}. */
    private static void collectDiagonals(String piece, int offset, int chunk, int maxErrors, FoldedText folded,
                                         List<int[]> ranges, List<long[]> diagonals) {
        BitParallelMatcher matcher = new BitParallelMatcher(piece);
        for (int[] range : ranges) {
            matcher.search(folded, range[0], range[1], maxErrors, (end, errors) -> {
                diagonals.add(new long[] {end - piece.length() - offset, chunk});
                return diagonals.size() < MAX_HITS;
            });
            if (diagonals.size() >= MAX_HITS) {
                return;
            }
        }
    }

    /**
     * Groups hits whose diagonals (implied quote starts) lie within {@code tolerance} of each
     * other; returns {diagonal, votes} per group, most votes (distinct chunks) first, then
     * nearest to the expected position.
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
            long median = diagonals.get((i + j - 1) / 2)[0];
            clusters.add(new long[] {median, Long.bitCount(chunks)});
            i = j;
        }
        clusters.sort((x, y) -> x[1] != y[1] ? Long.compare(y[1], x[1])
                : Long.compare(Math.abs(x[0] - expected), Math.abs(y[0] - expected)));
        return clusters;
    }

    /**
     * Best alignment of the quote with the folded text near an implied start: the end is
     * placed by aligning the quote's tail, the start by aligning its head (so long quotes
     * never need a full quadratic alignment), then the whole is checked with a bounded
     * edit distance. Returns {start, end, errors} in folded indices, or null.
     */
    private static int[] alignAround(String quote, int diagonal, int maxErrors, FoldedText folded,
                                     WordBoundaries boundaries) {
        int m = quote.length();
        int length = folded.length();
        int slack = Math.min(maxErrors, 256) + 8;
        int edge = Math.min(m, BitParallelMatcher.MAX_PATTERN);
        String head = quote.substring(0, edge);
        String tail = quote.substring(m - edge);

        int tailFrom = clamp(diagonal + m - edge - slack, length);
        int tailTo = clamp(diagonal + m + slack, length);
        int[] endCosts = EditDistance.endCosts(tail, folded, tailFrom, tailTo);
        int end = -1;
        double endCost = Double.MAX_VALUE;
        for (int j = tailFrom; j <= tailTo; j++) {
            double cost = endCosts[j - tailFrom] + BOUNDARY_PENALTY * boundaries.endMismatch(folded, j);
            if (cost < endCost || cost == endCost && Math.abs(j - diagonal - m) < Math.abs(end - diagonal - m)) {
                endCost = cost;
                end = j;
            }
        }
        int headFrom = clamp(diagonal - slack, length);
        int headTo = Math.min(clamp(diagonal + edge + slack, length), end);
        if (headTo <= headFrom) {
            return null;
        }
        int[] startCosts = EditDistance.startCosts(head, folded, headFrom, headTo);
        int start = -1;
        double startCost = Double.MAX_VALUE;
        for (int i = headFrom; i <= headTo; i++) {
            double cost = startCosts[i - headFrom] + BOUNDARY_PENALTY * boundaries.startMismatch(folded, i);
            if (cost < startCost || cost == startCost && Math.abs(i - diagonal) < Math.abs(start - diagonal)) {
                startCost = cost;
                start = i;
            }
        }
        if (start >= end) {
            return null;
        }
        int errors = EditDistance.bounded(quote, folded, start, end, maxErrors);
        return errors <= maxErrors ? new int[] {start, end, errors} : null;
    }

    private static int clamp(int value, int length) {
        return Math.max(0, Math.min(length, value));
    }

    /** The starts, or the {@link #MAX_OCCURRENCES} nearest to {@code expected} when there are more. */
    private static int[] nearest(IntList starts, int expected) {
        int[] all = starts.toArray();
        if (all.length <= MAX_OCCURRENCES) {
            return all;
        }
        Integer[] boxed = Arrays.stream(all).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (x, y) -> Integer.compare(Math.abs(x - expected), Math.abs(y - expected)));
        int[] kept = new int[MAX_OCCURRENCES];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = boxed[i];
        }
        return kept;
    }

    /** Minimal growable int array. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
