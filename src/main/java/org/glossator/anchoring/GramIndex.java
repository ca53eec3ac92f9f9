package org.glossator.anchoring;

/**
 * Where every q-gram (run of {@value #Q} folded chars) occurs in a folded text: the index
 * that lets a quote be looked up in a long article without scanning it. Built once per
 * text in linear time: positions are bucketed by a hash of their gram (a counting sort),
 * so each bucket lists its positions in ascending order. A bucket may hold other grams
 * with the same hash; {@link #forEach} checks the chars.
 */
final class GramIndex {
    static final int Q = 8;

    private final FoldedText text;
    private final int mask;
    private final int[] bucketStarts;
    private final int[] positions;

    GramIndex(FoldedText text) {
        this.text = text;
        int grams = Math.max(0, text.length() - Q + 1);
        int bits = Math.max(8, Math.min(22, 32 - Integer.numberOfLeadingZeros(Math.max(1, grams))));
        this.mask = (1 << bits) - 1;
        int[] hashes = new int[grams];
        int[] counts = new int[mask + 2];
        for (int i = 0; i < grams; i++) {
            int h = hash(text, i) & mask;
            hashes[i] = h;
            counts[h + 1]++;
        }
        for (int b = 1; b < counts.length; b++) {
            counts[b] += counts[b - 1];
        }
        this.bucketStarts = counts.clone();
        this.positions = new int[grams];
        for (int i = 0; i < grams; i++) {
            positions[counts[hashes[i]]++] = i;
        }
    }

    /** Upper bound on the occurrences of the gram {@code pattern[at, at + Q)}. */
    int countAtMost(CharSequence pattern, int at) {
        int h = hash(pattern, at) & mask;
        return bucketStarts[h + 1] - bucketStarts[h];
    }

    /** Receives one occurrence. */
    interface Visitor {
        void visit(int position);
    }

    /** Visits, ascending, every position of the text where {@code pattern[at, at + Q)} occurs. */
    void forEach(CharSequence pattern, int at, Visitor visitor) {
        int h = hash(pattern, at) & mask;
        for (int k = bucketStarts[h]; k < bucketStarts[h + 1]; k++) {
            if (sameGram(pattern, at, positions[k])) {
                visitor.visit(positions[k]);
            }
        }
    }

    private boolean sameGram(CharSequence pattern, int at, int position) {
        for (int k = 0; k < Q; k++) {
            if (pattern.charAt(at + k) != text.charAt(position + k)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence s, int at) {
        int h = 0;
        for (int k = 0; k < Q; k++) {
            h = h * 0x01000193 ^ s.charAt(at + k);
        }
        return h ^ (h >>> 15);
    }
}
