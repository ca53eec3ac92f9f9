package org.glossator.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glossator.domain.TextTarget;

/**
 * Finds where one target's quote is in a text, in stages of growing tolerance, stopping
 * at the first stage that yields a candidate good enough to accept:
 * <ol>
 *   <li>the expected position, when the quote is still there verbatim with its context
 *       (or is long enough not to be there by chance);</li>
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
    /**
     * For quotes shorter than {@link #SELF_EVIDENT_EXACT_LENGTH}, the better side of the context
     * must also match this well. Edits are local, so a true match nearly always keeps one side
     * intact, while a short quote ("The") occurs thousands of times and some occurrence will
     * have both sides half-matching by chance.
     */
    static final double MIN_BEST_SIDE_SIMILARITY = 0.8;
    /** Folded length from which a verbatim quote is distinctive enough to need no context. */
    static final int SELF_EVIDENT_EXACT_LENGTH = 32;
    /** Folded length and similarity from which a fuzzy quote needs no context. */
    static final int SELF_EVIDENT_FUZZY_LENGTH = 64;
    static final double SELF_EVIDENT_FUZZY_SIMILARITY = 0.9;
    /**
     * Context similarity at which a short verbatim quote at the expected position is taken
     * without looking further: only a full match. A short quote ("e", "the") is often found
     * at its old offset by coincidence after a small shift, with context that still nearly
     * matches; such a hit competes with the other occurrences instead (and wins if best).
     */
    static final double TRUSTED_POSITION_CONTEXT = 1.0;
    /** How far (chars) a found edge may widen to take in letters glued onto the quote's edge word. */
    private static final int BOUNDARY_REACH = 2;
    /** Occurrences of very common quotes scored at most (the nearest ones). */
    private static final int MAX_OCCURRENCES = 2_000;

    private final AnchoringText text;
    private final TextTarget target;
    private final String exact;
    private final int expectedStart;
    private final ContextScorer context;
    private final WordBoundaries boundaries;
    private String foldedQuote;

    QuoteLocator(AnchoringText text, TextTarget target, int expectedStart) {
        this.text = text;
        this.target = target;
        this.exact = target.exact();
        this.expectedStart = expectedStart;
        this.context = new ContextScorer(text.text, target);
        this.boundaries = new WordBoundaries(target);
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
            boolean trusted = atPosition.contextSimilarity() >= TRUSTED_POSITION_CONTEXT
                    || foldedQuote().length() >= SELF_EVIDENT_EXACT_LENGTH;
            if (trusted && boundaries.edgesHold(text.text, positionRange[0], positionRange[1])) {
                return exactAt(positionRange[0], positionRange[1]);
            }
        }
        Candidate best = bestAccepted(verbatimCandidates(scope));
        if (best == null) {
            best = bestAccepted(foldedCandidates(scope));
        }
        if (best == null) {
            best = bestAccepted(fuzzyCandidates(scope));
        }
        if (best != null) {
            if (atPosition != null && best.sameRange(atPosition.start(), atPosition.end())) {
                return exactAt(best.start(), best.end());
            }
            return new AnchorResult(AnchorOutcome.REANCHORED, text.targetAt(best.start(), best.end()),
                    best.confidence());
        }
        // A short quote still at its offset but with its surroundings rewritten is a coincidence
        // (a space, "the"), not the passage: it got no acceptance above, so it is orphaned.
        return new AnchorResult(AnchorOutcome.ORPHANED, target, 0.0);
    }

    private AnchorResult anchorEmptyQuote(int[] positionRange) {
        // An empty quote has nothing to verify or search for; it can only follow its position.
        if (positionRange == null && target.start() > text.index.codePointLength()) {
            return new AnchorResult(AnchorOutcome.ORPHANED, target, 0.0);
        }
        int at = positionRange != null ? positionRange[0] : expectedStart;
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
        int length = foldedQuote().length();
        boolean bestSideHolds = length >= SELF_EVIDENT_EXACT_LENGTH
                || Math.max(candidate.prefixSimilarity(), candidate.suffixSimilarity()) >= MIN_BEST_SIDE_SIMILARITY;
        if (candidate.contextSimilarity() >= MIN_CONTEXT_SIMILARITY && bestSideHolds) {
            return true;
        }
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

    /**
     * Scores a found range after widening edges that had letters glued on to the whole word
     * (a verbatim "ritics" inside a corrected "Critics" becomes "Critics"); quote similarity
     * is re-measured if that changed the range.
     */
    private Candidate found(int start, int end, double quoteSimilarity) {
        int[] snapped = boundaries.widenToWords(text.text, start, end, BOUNDARY_REACH);
        if (snapped[0] == start && snapped[1] == end) {
            return score(start, end, quoteSimilarity);
        }
        String quote = foldedQuote();
        String now = FoldedText.fold(text.text.substring(snapped[0], snapped[1]));
        int errors = EditDistance.bounded(quote, now, 0, now.length(), quote.length());
        return score(snapped[0], snapped[1], 1.0 - (double) errors / Math.max(1, quote.length()));
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

    private List<Candidate> verbatimCandidates(SearchScope scope) {
        String source = text.text;
        IntList starts = new IntList();
        for (int[] range : scope.ranges()) {
            int at = indexOf(source, exact, range[0], range[1]);
            while (at >= 0) {
                starts.add(at);
                at = indexOf(source, exact, at + 1, range[1]);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int start : nearest(starts, expectedStart)) {
            candidates.add(found(start, start + exact.length(), 1.0));
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

    private List<Candidate> foldedCandidates(SearchScope scope) {
        String quote = foldedQuote();
        if (quote.isEmpty()) {
            return List.of();
        }
        FoldedText folded = text.folded();
        IntList starts = new IntList();
        for (int[] range : foldedRanges(folded, scope)) {
            int at = folded.indexOf(quote, range[0], range[1]);
            while (at >= 0) {
                starts.add(at);
                at = folded.indexOf(quote, at + 1, range[1]);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int start : nearest(starts, folded.foldedIndexAtOrAfter(expectedStart))) {
            candidates.add(found(folded.sourceIndex(start), folded.sourceIndex(start + quote.length()), 1.0));
        }
        return candidates;
    }

    private List<Candidate> fuzzyCandidates(SearchScope scope) {
        String quote = foldedQuote();
        int maxErrors = (int) Math.floor(quote.length() * (1.0 - MIN_QUOTE_SIMILARITY) + 1e-9);
        if (maxErrors < 1) {
            return List.of();
        }
        FoldedText folded = text.folded();
        FuzzyQuoteSearch search = new FuzzyQuoteSearch(quote, folded, maxErrors, boundaries);
        List<Candidate> candidates = new ArrayList<>();
        for (FuzzyQuoteSearch.Match match : search.find(foldedRanges(folded, scope),
                folded.foldedIndexAtOrAfter(expectedStart))) {
            candidates.add(found(folded.sourceIndex(match.start()), folded.sourceIndex(match.end()),
                    1.0 - (double) match.errors() / quote.length()));
        }
        return candidates;
    }

    private static List<int[]> foldedRanges(FoldedText folded, SearchScope scope) {
        List<int[]> ranges = new ArrayList<>(scope.ranges().size());
        for (int[] range : scope.ranges()) {
            ranges.add(new int[] {folded.foldedIndexAtOrAfter(range[0]), folded.foldedIndexAtOrAfter(range[1])});
        }
        return ranges;
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
