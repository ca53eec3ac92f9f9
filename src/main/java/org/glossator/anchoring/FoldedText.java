package org.glossator.anchoring;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text folded for tolerant comparison, with a map back to the source chars.
 *
 * <p>Folding makes edits that do not change what a reader sees as "the same words"
 * disappear: straight and curly quotes become {@code '} or {@code "}, all dashes become
 * {@code -}, every run of whitespace (including no-break spaces and newlines) becomes one
 * space, letters are lower-cased and stripped of diacritics (compatibility decomposition,
 * so {@code é}, {@code e\u0301} and {@code ﬁ} fold like {@code e} and {@code fi}), and
 * invisible characters (soft hyphen, zero-width spaces, combining marks) vanish. Mojibake
 * (UTF-8 read as Windows-1252, "â€™" for "’") folds like the character it garbles, so an
 * annotation made on a garbled copy still matches the repaired text.
 *
 * <p>{@code origin[i]} is the source char index that folded char {@code i} comes from, and
 * {@code origin[length]} is the end of the folded source range; the array never decreases,
 * which lets a folded range map back to a source range.
 */
final class FoldedText implements CharSequence {
    /** Folded form of non-ASCII BMP chars; few distinct ones occur, so caching pays. */
    private static final Map<Character, String> NON_ASCII = new ConcurrentHashMap<>();

    private final char[] chars;
    private final int length;
    private final int[] origin;

    private FoldedText(char[] chars, int length, int[] origin) {
        this.chars = chars;
        this.length = length;
        this.origin = origin;
    }

    static FoldedText of(CharSequence source) {
        return of(source, 0, source.length());
    }

    /** Folds {@code source[from, to)}; origins are indices into the whole source. */
    static FoldedText of(CharSequence source, int from, int to) {
        char[] out = new char[to - from + 8];
        int[] origin = new int[to - from + 9];
        int n = 0;
        boolean lastWasSpace = false;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(source, i);
            int width = Character.charCount(cp);
            if (i + width > to) {
                width = 1;
                cp = source.charAt(i);
            }
            long repaired = Mojibake.decodeAt(source, i, to);
            if (repaired >= 0) {
                cp = (int) (repaired >>> 8);
                width = (int) (repaired & 0xFF);
            }
            String folded = foldCodePoint(cp);
            if (folded == null) {
                if (!lastWasSpace) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2 + 8);
                        origin = Arrays.copyOf(origin, n * 2 + 9);
                    }
                    out[n] = ' ';
                    origin[n++] = i;
                    lastWasSpace = true;
                }
            } else if (!folded.isEmpty()) {
                if (n + folded.length() >= out.length) {
                    out = Arrays.copyOf(out, (n + folded.length()) * 2 + 8);
                    origin = Arrays.copyOf(origin, (n + folded.length()) * 2 + 9);
                }
                for (int k = 0; k < folded.length(); k++) {
                    out[n] = folded.charAt(k);
                    origin[n++] = i;
                }
                lastWasSpace = false;
            }
            i += width;
        }
        if (origin.length < n + 1) {
            origin = Arrays.copyOf(origin, n + 1);
        }
        origin[n] = to;
        return new FoldedText(out, n, origin);
    }

    /**
     * Whether folding {@code source} leaves anything, without folding it when it holds an ASCII
     * char: every one of them folds to a char (whitespace to a space), and no mojibake sequence
     * takes one in.
     */
    static boolean foldsToSomething(CharSequence source) {
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) < 0x80) {
                return true;
            }
        }
        return of(source).length() > 0;
    }

    /** The folded string of a short text (context, quote). */
    static String fold(CharSequence source) {
        return of(source).toString();
    }

    /**
     * Folded form of one code point: null for whitespace (collapsed by the caller), empty
     * for invisible characters, otherwise one or more chars.
     */
    private static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            if (cp <= ' ') {
                return Character.isWhitespace(cp) || cp == ' ' ? null : String.valueOf((char) cp);
            }
            if (cp >= 'A' && cp <= 'Z') {
                return ASCII[cp + 32];
            }
            return cp == '`' ? "'" : ASCII[cp];
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return null;
        }
        if (cp > 0xFFFF) {
            return new String(Character.toChars(Character.toLowerCase(cp)));
        }
        return NON_ASCII.computeIfAbsent((char) cp, FoldedText::foldNonAscii);
    }

    private static final String[] ASCII = new String[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf((char) c);
        }
    }

    private static String foldNonAscii(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u00B4':
            case '\u2039': case '\u203A': case '\u02BC': case '\uFF07':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB':
            case '\u00BB': case '\u301D': case '\u301E': case '\uFF02':
                return "\"";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212': case '\u2043': case '\uFE58': case '\uFE63': case '\uFF0D':
                return "-";
            case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF':
                return "";
            default:
                break;
        }
        if (isMark(c)) {
            return "";
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char d = decomposed.charAt(k);
            if (Character.isWhitespace(d) || Character.isSpaceChar(d)) {
                // Spacing accents decompose to "space + mark"; a space would change word boundaries.
                return String.valueOf(Character.toLowerCase(c));
            }
            if (!isMark(d)) {
                kept.append(Character.toLowerCase(d));
            }
        }
        return kept.length() == 0 ? String.valueOf(Character.toLowerCase(c)) : kept.toString();
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /** Source char index where folded char {@code foldedIndex} starts ({@code length} maps to the source end). */
    int sourceIndex(int foldedIndex) {
        return origin[foldedIndex];
    }

    /** First folded index whose source index is at or after {@code sourceIndex}. */
    int foldedIndexAtOrAfter(int sourceIndex) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (origin[mid] < sourceIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether {@code token} occurs at folded index {@code at} (false when it would stick out of the text). */
    boolean regionMatches(int at, String token) {
        if (at < 0 || at + token.length() > length) {
            return false;
        }
        for (int k = 0; k < token.length(); k++) {
            if (chars[at + k] != token.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Index of {@code pattern} in {@code [from, to)} at or after {@code from}, or -1. */
    int indexOf(String pattern, int from, int to) {
        int m = pattern.length();
        if (m == 0) {
            return from <= to ? from : -1;
        }
        char first = pattern.charAt(0);
        for (int i = from; i <= to - m; i++) {
            if (chars[i] != first) {
                continue;
            }
            int k = 1;
            while (k < m && chars[i + k] == pattern.charAt(k)) {
                k++;
            }
            if (k == m) {
                return i;
            }
        }
        return -1;
    }
}
