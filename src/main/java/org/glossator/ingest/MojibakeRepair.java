package org.glossator.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.glossator.domain.TextRepair;
import org.glossator.domain.TextRepair.Kind;

/**
 * Repairs text that was UTF-8 but was read once or twice as Windows-1252, Latin-1 or
 * Mac Roman ("cafÃ©", "itâ€™s", "it‚Äôs"), then maps stray C1 control characters.
 * This is the job ftfy does in Python; no maintained Java library does it.
 *
 * <p>Correct text must never change, so the repair works in two steps. A text is only
 * touched when it carries at least one <em>signature</em> of mojibake: a sequence that
 * re-encodes to a valid UTF-8 character and that practically never occurs in real
 * writing ("â€" before punctuation, "Ã" before a symbol, "‚Ä", "√©", "ðŸ" before an
 * emoji). Then every sequence that re-encodes to valid UTF-8 is replaced, if the
 * character it yields is one that text commonly holds (accented Latin letters,
 * punctuation, currency, Greek, Cyrillic, CJK, emoji) — so an accented capital
 * before a closing quote ("CAFÉ’") is not turned into an IPA letter.
 */
final class MojibakeRepair {
    private static final int MAX_LAYERS = 2;
    private static final String PUNCTUATION_AFTER_WORDS = "\u2018\u2019\u201A\u201C\u201D\u201E\u2039\u203A"
            + "\u00AB\u00BB\u2013\u2014\u2026\u00A0";

    /**
     * Under Mac Roman "‚" followed by "Ä" is also a German opening quote before a
     * capital, so only the usual punctuation counts as proof: ’ “ ” ‘ – — … • € ™.
     */
    private static final java.util.Set<Integer> MAC_ROMAN_PUNCTUATION = java.util.Set.of(
            0x2019, 0x201C, 0x201D, 0x2018, 0x2013, 0x2014, 0x2026, 0x2022, 0x20AC, 0x2122);

    private MojibakeRepair() {
    }

    /** The repaired text and what was repaired; the same text and no repairs when it was sound. */
    record Result(String text, List<TextRepair> repairs) {
    }

    static Result repair(String text) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        String current = text;
        boolean[] producedByRepair = null;
        for (int layer = 0; layer < MAX_LAYERS && hasNonAscii(current); layer++) {
            Pass pass = bestPass(current);
            if (pass == null) {
                break;
            }
            pass.apply(current, producedByRepair, layer, counts);
            current = pass.output.toString();
            producedByRepair = pass.produced;
        }
        current = mapC1Controls(current, counts);
        List<TextRepair> repairs = new ArrayList<>();
        counts.forEach((kind, count) -> {
            if (count > 0) {
                repairs.add(new TextRepair(kind, count));
            }
        });
        return new Result(current, repairs);
    }

    private static Pass bestPass(String text) {
        Pass windows = Pass.scan(text, Reading.WINDOWS_1252);
        Pass mac = Pass.scan(text, Reading.MAC_ROMAN);
        Pass best = windows.signatures >= mac.signatures ? windows : mac;
        return best.signatures > 0 && !best.candidates.isEmpty() ? best : null;
    }

    private static boolean hasNonAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /**
     * C1 controls (U+0080-U+009F) are never text; they appear when Windows-1252 was read
     * as Latin-1. Those Windows-1252 defines become its character (U+0092 → ’), the five
     * it leaves undefined are removed.
     */
    private static String mapC1Controls(String text, Map<Kind, Integer> counts) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                char mapped = Windows1252.charFor(c);
                if (mapped == 0) {
                    counts.merge(Kind.C1_CONTROLS_REMOVED, 1, Integer::sum);
                } else {
                    out.append(mapped);
                    counts.merge(Kind.C1_CONTROLS_MAPPED, 1, Integer::sum);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A wrong reading of UTF-8 bytes the repair can undo. */
    enum Reading {
        WINDOWS_1252(LegacyByteTable.SLOPPY_WINDOWS_1252),
        MAC_ROMAN(LegacyByteTable.MAC_ROMAN);

        private final LegacyByteTable table;

        Reading(LegacyByteTable table) {
            this.table = table;
        }

        Kind kind(boolean usedC1, boolean twice) {
            if (this == MAC_ROMAN) {
                return twice ? Kind.UTF8_AS_MAC_ROMAN_TWICE : Kind.UTF8_AS_MAC_ROMAN;
            }
            if (usedC1) {
                return twice ? Kind.UTF8_AS_LATIN_1_TWICE : Kind.UTF8_AS_LATIN_1;
            }
            return twice ? Kind.UTF8_AS_WINDOWS_1252_TWICE : Kind.UTF8_AS_WINDOWS_1252;
        }
    }

    /** A run of characters whose bytes in the wrong reading form one UTF-8 character. */
    private record Candidate(int start, int length, int codePoint, boolean usedC1) {
    }

    /** One layer of repair under one reading. */
    private static final class Pass {
        private final Reading reading;
        private final List<Candidate> candidates = new ArrayList<>();
        private int signatures;
        private StringBuilder output;
        private boolean[] produced;

        private Pass(Reading reading) {
            this.reading = reading;
        }

        static Pass scan(String text, Reading reading) {
            Pass pass = new Pass(reading);
            int i = 0;
            while (i < text.length()) {
                Candidate candidate = candidateAt(text, i, reading);
                if (candidate == null) {
                    i++;
                    continue;
                }
                if (Utf8Targets.isSignature(text, candidate.start, candidate.codePoint, reading)) {
                    pass.signatures++;
                }
                if (Utf8Targets.isCommon(candidate.codePoint, reading)) {
                    pass.candidates.add(candidate);
                }
                i += candidate.length;
            }
            return pass;
        }

        void apply(String text, boolean[] producedBefore, int layer, Map<Kind, Integer> counts) {
            output = new StringBuilder(text.length());
            List<Boolean> producedFlags = new ArrayList<>(text.length());
            int next = 0;
            for (Candidate candidate : candidates) {
                for (int i = next; i < candidate.start; i++) {
                    output.append(text.charAt(i));
                    producedFlags.add(Boolean.FALSE);
                }
                int consumedRepairs = 0;
                if (producedBefore != null) {
                    for (int i = candidate.start; i < candidate.start + candidate.length; i++) {
                        consumedRepairs += producedBefore[i] ? 1 : 0;
                    }
                }
                boolean twice = layer > 0 && consumedRepairs > 0;
                if (twice) {
                    // The characters this repair consumes were themselves repairs of the first layer:
                    // one broken character, read wrongly twice.
                    Kind first = findFirstLayerKind(counts);
                    if (first == null) {
                        counts.merge(reading.kind(candidate.usedC1, true), 1, Integer::sum);
                    } else {
                        counts.merge(first, -consumedRepairs, Integer::sum);
                        counts.merge(twiceOf(first), 1, Integer::sum);
                    }
                } else {
                    counts.merge(reading.kind(candidate.usedC1, false), 1, Integer::sum);
                }
                String replacement = new String(Character.toChars(candidate.codePoint));
                output.append(replacement);
                for (int k = 0; k < replacement.length(); k++) {
                    producedFlags.add(Boolean.TRUE);
                }
                next = candidate.start + candidate.length;
            }
            for (int i = next; i < text.length(); i++) {
                output.append(text.charAt(i));
                producedFlags.add(Boolean.FALSE);
            }
            produced = new boolean[producedFlags.size()];
            for (int i = 0; i < produced.length; i++) {
                produced[i] = producedFlags.get(i);
            }
        }

        private Kind findFirstLayerKind(Map<Kind, Integer> counts) {
            for (Kind kind : List.of(Kind.UTF8_AS_WINDOWS_1252, Kind.UTF8_AS_LATIN_1, Kind.UTF8_AS_MAC_ROMAN)) {
                if (counts.getOrDefault(kind, 0) > 0) {
                    return kind;
                }
            }
            return null;
        }

        private static Kind twiceOf(Kind first) {
            return switch (first) {
                case UTF8_AS_LATIN_1 -> Kind.UTF8_AS_LATIN_1_TWICE;
                case UTF8_AS_MAC_ROMAN -> Kind.UTF8_AS_MAC_ROMAN_TWICE;
                default -> Kind.UTF8_AS_WINDOWS_1252_TWICE;
            };
        }
    }

    /** The candidate starting at {@code start}, or null when the characters there do not form UTF-8. */
    private static Candidate candidateAt(String text, int start, Reading reading) {
        int lead = reading.table.byteOf(text.charAt(start));
        int continuations;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuations = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuations = 2;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuations = 3;
        } else {
            return null;
        }
        if (start + continuations >= text.length()) {
            return null;
        }
        int codePoint = lead & (0x3F >> continuations);
        boolean usedC1 = isLatin1Only(text.charAt(start));
        for (int k = 1; k <= continuations; k++) {
            char c = text.charAt(start + k);
            int b = reading.table.byteOf(c);
            if (b < 0x80 || b > 0xBF) {
                return null;
            }
            usedC1 |= isLatin1Only(c);
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        boolean shortest = continuations == 1 || (continuations == 2 && codePoint >= 0x800)
                || (continuations == 3 && codePoint >= 0x10000);
        boolean scalar = codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
        return shortest && scalar ? new Candidate(start, continuations + 1, codePoint, usedC1) : null;
    }

    private static boolean isC1(char c) {
        return c >= 0x80 && c <= 0x9F;
    }

    /**
     * A C1 control where Windows-1252 has a character: proof of a Latin-1 reading. The
     * five codes Windows-1252 leaves undefined come out as C1 controls in browsers too.
     */
    private static boolean isLatin1Only(char c) {
        return isC1(c) && Windows1252.charFor(c) != 0;
    }

    /** Which UTF-8 characters a repair may produce, and which sequences prove mojibake. */
    private static final class Utf8Targets {
        private Utf8Targets() {
        }

        static boolean isCommon(int cp, Reading reading) {
            if (cp >= 0x80 && cp <= 0x9F) {
                // Only as the middle layer of double mojibake ("Â\u009D" for the \u009D of "â€\u009D").
                return reading == Reading.WINDOWS_1252;
            }
            if (cp >= 0xA0 && cp <= 0x24F) {
                return true; // Latin-1 supplement, Latin Extended-A and -B
            }
            if (cp >= 0x370 && cp <= 0x4FF) {
                // Greek and Cyrillic; under Mac Roman "—é" would read as "ю", so not there.
                return reading == Reading.WINDOWS_1252;
            }
            if (isCjk(cp)) {
                // Under Mac Roman, CJK comes out of a quote and accented letters ("„éé"), which is real text.
                return reading == Reading.WINDOWS_1252;
            }
            return (cp >= 0x2000 && cp <= 0x215F) || (cp >= 0x2190 && cp <= 0x22FF)
                    || (cp >= 0x2460 && cp <= 0x27BF) || (cp >= 0x1F000 && cp <= 0x1FAFF);
        }

        /** Neither a letter nor punctuation that may follow a word: "©" after "Ã", not "’" after "É". */
        private static boolean isSymbolAfterWord(char c) {
            return !Character.isLetter(c) && PUNCTUATION_AFTER_WORDS.indexOf(c) < 0;
        }

        private static boolean isCjk(int cp) {
            return (cp >= 0x3000 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xFF00 && cp <= 0xFFEF);
        }

        /**
         * Sequences real writing does not contain: the start of UTF-8 punctuation
         * ("â€", "‚Ä"), a Latin-1 lead before a symbol that never follows a word ("Ã©",
         * "Â°", "√©", "¬†"), a whole emoji or CJK character.
         */
        static boolean isSignature(String text, int start, int cp, Reading reading) {
            char lead = text.charAt(start);
            char second = text.charAt(start + 1);
            if (cp >= 0x1F000 && cp <= 0x1FAFF) {
                return true;
            }
            if (isCjk(cp)) {
                return reading == Reading.WINDOWS_1252 && isSymbolAfterWord(second)
                        && isSymbolAfterWord(text.charAt(start + 2));
            }
            if (cp >= 0x2000 && cp <= 0x214F) {
                return reading == Reading.WINDOWS_1252 ? lead == 'â' : MAC_ROMAN_PUNCTUATION.contains(cp);
            }
            if (cp < 0x80 || cp > 0x7FF) {
                return false;
            }
            boolean symbolAfter = isSymbolAfterWord(second);
            if (reading == Reading.WINDOWS_1252) {
                return "ÂÃÄÅÐÑÎÏ".indexOf(lead) >= 0 && (symbolAfter || isC1(second));
            }
            return (lead == '√' || lead == '¬') && symbolAfter;
        }
    }

    /** The Windows-1252 meaning of a C1 code, which is what such a character nearly always stood for. */
    private static final class Windows1252 {
        private static final String HIGH = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

        private Windows1252() {
        }

        static char charFor(char c1) {
            return HIGH.charAt(c1 - 0x80);
        }
    }
}
