package org.glossator.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glossator.domain.TextTarget;

/**
 * Finds where one target's quote is in a text. Candidates from every kind of match are
 * gathered and scored together, so that context and position decide between copies:
 * <ol>
 *   <li>the expected position, taken at once when the quote is still there verbatim with
 *       its whole context;</li>
 *   <li>otherwise places where the quote or its context occurs, looked up in the text's
 *       {@link GramIndex} (q-grams of the stored prefix, quote and suffix each vote for a
 *       start), then verified: verbatim or folded occurrences of the quote near the
 *       voted start, else an approximate alignment with at most 20% of the quote edited,
 *       whose edges are snapped to the quote's first and last words;</li>
 *   <li>a full scan (verbatim, folded, approximate) only when the index has nothing to go
 *       on (tiny or wholly repetitive text).</li>
 * </ol>
 * A candidate whose context agrees on at least one side always beats one whose context
 * disagrees on both; then quote similarity, context similarity and nearness to the expected
 * position are weighed ({@link Candidate#score}). Acceptance asks for context support
 * unless the quote speaks for itself: a deleted passage must be orphaned rather than
 * attached to a lookalike.
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
     * Context similarity at which a verbatim quote at the expected position is taken without
     * looking further: only a full match. A short quote ("e", "the") is often found at its
     * old offset by coincidence after a small shift, and even a long one may be a repeated
     * sentence's other copy that a shift moved there; such a hit competes with the other
     * candidates instead (and wins if best).
     */
    static final double TRUSTED_POSITION_CONTEXT = 1.0;
    /** How far (chars) a found edge may widen to take in letters glued onto the quote's edge word. */
    private static final int BOUNDARY_REACH = 2;
    /** Occurrences of very common quotes scored at most (the nearest ones). */
    private static final int MAX_OCCURRENCES = 2_000;
    /** Grams of prefix + quote + suffix looked up per target, spread evenly over it. */
    private static final int MAX_SEED_GRAMS = 32;
    /** Grams more frequent than this say little about where the quote is; they cast no votes. */
    private static final int MAX_POSTINGS = 48;
    /** Voted starts verified at most per target (best supported first). */
    private static final int MAX_VERIFIED = 24;
    /** Approximate alignments at most per target. */
    private static final int MAX_ALIGNED = 6;

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
            // Even a long quote needs its context here: a repeated sentence's other copy may now sit
            // at the stale position.
            boolean trusted = atPosition.contextSimilarity() >= TRUSTED_POSITION_CONTEXT;
            if (trusted && boundaries.edgesHold(text.text, positionRange[0], positionRange[1])) {
                return exactAt(positionRange[0], positionRange[1]);
            }
        }
        List<Candidate> candidates = indexedCandidates(scope);
        if (candidates == null) {
            candidates = scanCandidates(scope);
        }
        if (atPosition != null) {
            candidates.add(atPosition);
        }
        Candidate best = bestAccepted(candidates);
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
            if (accepts(candidate) && (best == null || candidate.beats(best))) {
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
        double proximity = Candidate.proximity(Math.abs(start - expectedStart));
        return new Candidate(start, end, quoteSimilarity, context.prefixSimilarity(start),
                context.suffixSimilarity(end), proximity);
    }

    private String foldedQuote() {
        if (foldedQuote == null) {
            foldedQuote = FoldedText.fold(exact);
        }
        return foldedQuote;
    }

    /** Every verbatim, folded and approximate match in the scope, by scanning the text. */
    private List<Candidate> scanCandidates(SearchScope scope) {
        List<Candidate> all = new ArrayList<>(verbatimCandidates(scope));
        all.addAll(foldedCandidates(scope));
        all.addAll(fuzzyCandidates(scope));
        return all;
    }

    /**
     * Candidates at the starts voted for by the grams of prefix + quote + suffix (and every
     * occurrence of the quote's rarest gram, so no verbatim copy is missed); null when the
     * index has nothing to go on, so the caller scans instead.
     */
    private List<Candidate> indexedCandidates(SearchScope scope) {
        String quote = foldedQuote();
        FoldedText folded = text.folded();
        String foldedPrefix = context.foldedPrefix();
        String pattern = foldedPrefix + quote + context.foldedSuffix();
        if (pattern.length() < GramIndex.Q) {
            return null;
        }
        GramIndex grams = text.grams();
        int quoteAt = foldedPrefix.length();
        int expected = folded.foldedIndexAtOrAfter(expectedStart);
        int maxErrors = maxErrors();
        List<int[]> ranges = foldedRanges(folded, scope);
        boolean everywhere = ranges.size() == 1 && ranges.get(0)[0] == 0 && ranges.get(0)[1] == folded.length();
        Votes votes = new Votes();
        int slots = Math.min(MAX_SEED_GRAMS, pattern.length() - GramIndex.Q + 1);
        boolean usable = false;
        for (int g = 0; g < slots; g++) {
            int offset = slots == 1 ? 0 : (int) Math.round((double) g * (pattern.length() - GramIndex.Q) / (slots - 1));
            if (grams.countAtMost(pattern, offset) > MAX_POSTINGS) {
                continue;
            }
            usable = true;
            int slot = g;
            int shift = quoteAt - offset;
            grams.forEach(pattern, offset, position -> votes.add(position + shift, slot));
        }
        if (quote.length() >= GramIndex.Q) {
            usable = true;
            int rarest = rarestGram(grams, quote);
            IntList starts = new IntList();
            grams.forEach(quote, rarest, position -> starts.add(position - rarest));
            for (int start : nearest(starts, expected)) {
                votes.add(start, slots);
            }
        }
        if (!usable) {
            return null;
        }
        int tolerance = maxErrors + 8;
        List<Candidate> candidates = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        FuzzyQuoteSearch fuzzy = maxErrors >= 1 ? new FuzzyQuoteSearch(quote, folded, maxErrors, boundaries) : null;
        int verified = 0;
        int aligned = 0;
        long mostVotes = 0;
        long settled = Long.MAX_VALUE;
        for (long[] cluster : votes.clusters(tolerance, expected)) {
            int start = (int) cluster[0];
            mostVotes = Math.max(mostVotes, cluster[1]);
            // The quote verbatim in its whole context was found: only a place with as many votes
            // (another copy in the same surroundings) could still rank above it.
            if (cluster[1] < settled && settled != Long.MAX_VALUE) {
                break;
            }
            if (!everywhere && !inRanges(ranges, start, tolerance)) {
                continue;
            }
            if (verified++ >= MAX_VERIFIED) {
                break;
            }
            int from = Math.min(folded.length(), Math.max(0, start - tolerance));
            int to = Math.max(from, Math.min(folded.length(), start + quote.length() + tolerance));
            boolean exactFound = false;
            int sourceTo = folded.sourceIndex(to);
            for (int at = indexOf(text.text, exact, folded.sourceIndex(from), sourceTo); at >= 0;
                    at = indexOf(text.text, exact, at + 1, sourceTo)) {
                exactFound = true;
                Candidate found = addOnce(candidates, seen, at, at + exact.length(), 1.0);
                if (found != null && found.contextWhole() && settled == Long.MAX_VALUE) {
                    settled = cluster[1];
                }
            }
            for (int at = folded.indexOf(quote, from, to); at >= 0; at = folded.indexOf(quote, at + 1, to)) {
                exactFound = true;
                addOnce(candidates, seen, folded.sourceIndex(at), folded.sourceIndex(at + quote.length()), 1.0);
            }
            // Aligning is the costly step: only where the votes say most of the quote and context are.
            if (!exactFound && fuzzy != null && aligned < MAX_ALIGNED && 2 * cluster[1] >= mostVotes) {
                aligned++;
                FuzzyQuoteSearch.Match match = fuzzy.alignAround(start);
                if (match != null) {
                    match = snapToQuoteEdges(folded, match, maxErrors);
                    addOnce(candidates, seen, folded.sourceIndex(match.start()), folded.sourceIndex(match.end()),
                            1.0 - (double) match.errors() / quote.length());
                }
            }
        }
        return candidates;
    }

    /** Adds the candidate unless its range was seen; returns it, or null when it was a repeat. */
    private Candidate addOnce(List<Candidate> candidates, Set<Long> seen, int start, int end, double similarity) {
        if (!seen.add(((long) start << 32) | end)) {
            return null;
        }
        Candidate candidate = found(start, end, similarity);
        candidates.add(candidate);
        return candidate;
    }

    private int maxErrors() {
        return (int) Math.floor(foldedQuote().length() * (1.0 - MIN_QUOTE_SIMILARITY) + 1e-9);
    }

    /** Offset of the quote gram with the fewest occurrences (of up to 64 spread over the quote). */
    private static int rarestGram(GramIndex grams, String quote) {
        int last = quote.length() - GramIndex.Q;
        int tries = Math.min(64, last + 1);
        int best = 0;
        int fewest = Integer.MAX_VALUE;
        for (int t = 0; t < tries; t++) {
            int offset = tries == 1 ? 0 : (int) Math.round((double) t * last / (tries - 1));
            int count = grams.countAtMost(quote, offset);
            if (count < fewest) {
                fewest = count;
                best = offset;
            }
        }
        return best;
    }

    private static boolean inRanges(List<int[]> ranges, int position, int slack) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] range = ranges.get(mid);
            if (position + slack < range[0]) {
                hi = mid - 1;
            } else if (position - slack > range[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves the edges of an approximate match onto the quote's own first and last words (or
     * edge punctuation) when an inserted or dropped word made the alignment stop a word
     * early or late: "... through worked an" for the quote "... through an" ends after "an",
     * not after "through". Only an edge that does not already show the word moves, and only
     * to a place where the word stands on the same kind of boundary and the whole match
     * still keeps within the error budget (the cheapest such place wins).
     */
    private FuzzyQuoteSearch.Match snapToQuoteEdges(FoldedText folded, FuzzyQuoteSearch.Match match, int maxErrors) {
        String quote = foldedQuote();
        String head = edgeToken(quote, true);
        String tail = edgeToken(quote, false);
        if (head.length() * 2 > quote.length()) {
            return match;
        }
        int start = match.start();
        int end = match.end();
        if (!folded.regionMatches(end - tail.length(), tail)) {
            int reach = maxErrors + tail.length();
            end = bestEdge(folded, quote, start, end, reach, maxErrors, false, tail);
        }
        if (!folded.regionMatches(start, head)) {
            int reach = maxErrors + head.length();
            start = bestEdge(folded, quote, start, end, reach, maxErrors, true, head);
        }
        if (start == match.start() && end == match.end()) {
            return match;
        }
        int errors = EditDistance.bounded(quote, folded, start, end, maxErrors);
        return errors <= maxErrors ? new FuzzyQuoteSearch.Match(start, end, errors) : match;
    }

    private int bestEdge(FoldedText folded, String quote, int start, int end, int reach, int maxErrors,
                         boolean atStart, String token) {
        int current = atStart ? start : end;
        int best = current;
        int bestCost = Integer.MAX_VALUE;
        for (int edge = Math.max(0, current - reach); edge <= Math.min(folded.length(), current + reach); edge++) {
            boolean shows = atStart ? edge < end && folded.regionMatches(edge, token)
                    && boundaries.startMismatch(folded, edge) == 0
                    : edge > start && folded.regionMatches(edge - token.length(), token)
                    && boundaries.endMismatch(folded, edge) == 0;
            if (!shows) {
                continue;
            }
            int cost = atStart ? EditDistance.bounded(quote, folded, edge, end, maxErrors)
                    : EditDistance.bounded(quote, folded, start, edge, maxErrors);
            if (cost <= maxErrors && (cost < bestCost
                    || cost == bestCost && Math.abs(edge - current) < Math.abs(best - current))) {
                bestCost = cost;
                best = edge;
            }
        }
        return best;
    }

    /** The quote's first (or last) word, or its edge char when that is not a letter or digit. */
    private static String edgeToken(String quote, boolean first) {
        if (first) {
            int i = 0;
            while (i < quote.length() && WordBoundaries.isWordChar(quote.charAt(i))) {
                i++;
            }
            return quote.substring(0, Math.max(1, i));
        }
        int i = quote.length();
        while (i > 0 && WordBoundaries.isWordChar(quote.charAt(i - 1))) {
            i--;
        }
        return quote.substring(Math.min(i, quote.length() - 1));
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
        int maxErrors = maxErrors();
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

    /**
     * Starts voted for by gram hits; {@link #clusters} groups starts that lie within a
     * tolerance of each other (edits shift them a little) and counts distinct grams.
     */
    private static final class Votes {
        private long[] entries = new long[64];
        private int size;

        void add(int start, int gram) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = ((long) start << 8) | gram;
        }

        /** {start, votes} per group, most votes first, then nearest to expected. */
        List<long[]> clusters(int tolerance, int expected) {
            long[] sorted = Arrays.copyOf(entries, size);
            Arrays.sort(sorted);
            List<long[]> clusters = new ArrayList<>();
            int i = 0;
            while (i < sorted.length) {
                long first = sorted[i] >> 8;
                int j = i;
                long grams = 0;
                while (j < sorted.length && (sorted[j] >> 8) - first <= tolerance) {
                    grams |= 1L << (sorted[j] & 0xFF);
                    j++;
                }
                clusters.add(new long[] {sorted[(i + j - 1) / 2] >> 8, Long.bitCount(grams)});
                i = j;
            }
            clusters.sort((x, y) -> x[1] != y[1] ? Long.compare(y[1], x[1])
                    : Long.compare(Math.abs(x[0] - expected), Math.abs(y[0] - expected)));
            return clusters;
        }
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
