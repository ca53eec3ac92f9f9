package org.glossator.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic news-like text for the re-anchoring benchmark: Zipf-distributed words
 * (frequent English function words, a long tail of invented content words), sentences
 * with commas, dashes, numbers, possessives, and quoted speech in straight or curly
 * quotes, grouped in paragraphs separated by blank lines. A few accented names and an
 * occasional emoji keep non-ASCII and surrogate pairs in play.
 */
final class ReanchorTextGenerator {
    private static final String[] FUNCTION_WORDS = (
            "the of and to a in that is was he for it with as his on be at by this had not are but from or have "
            + "an they which one you were her all she there would their we him been has when who will more no if "
            + "out so what up its about into than them can only other new some could time these two may then do "
            + "first any my now such like our over even most made after also did many before must through back "
            + "years where much your way well down should because each just those people how too little state "
            + "good very make world still own see men work long get here between both life being under never day "
            + "same another know while last might us great old year off come since against go came right used "
            + "take three council minister report government city plan said told week public service money local "
            + "members policy court school health police budget").split(" ");
    private static final String[] NAMES = {
        "Ana Ruiz", "José Álvarez", "Zoë Martin", "Łukasz Nowak", "Tom Hale", "Priya Shah", "Chen Wei",
        "Margaret O'Neill", "Idris Bello", "Sofia Rossi", "Daniel Kim", "Ingrid Berg"
    };
    private static final String CONSONANTS = "bcdfghjklmnprstvwz";
    private static final String VOWELS = "aeiouy";

    private final Random random;
    private final String[] contentWords;
    private final double[] functionCumulative;
    private final double[] contentCumulative;

    ReanchorTextGenerator(long seed) {
        random = new Random(seed);
        contentWords = new String[6_000];
        for (int i = 0; i < contentWords.length; i++) {
            contentWords[i] = inventWord();
        }
        functionCumulative = zipf(FUNCTION_WORDS.length);
        contentCumulative = zipf(contentWords.length);
    }

    Random random() {
        return random;
    }

    /** Paragraphs joined by blank lines until about {@code chars} chars. */
    String article(int chars) {
        StringBuilder text = new StringBuilder(chars + 2_000);
        while (text.length() < chars) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(paragraph());
        }
        return text.toString();
    }

    String paragraph() {
        int sentences = 2 + random.nextInt(6);
        StringBuilder paragraph = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                paragraph.append(' ');
            }
            paragraph.append(random.nextInt(8) == 0 ? quotedSpeech() : sentence());
        }
        return paragraph.toString();
    }

    String sentence() {
        return capitalise(clause(6 + random.nextInt(20))) + endMark();
    }

    private String quotedSpeech() {
        boolean curly = random.nextBoolean();
        String open = curly ? "\u201C" : "\"";
        String close = curly ? "\u201D" : "\"";
        String name = NAMES[random.nextInt(NAMES.length)];
        String speech = capitalise(clause(5 + random.nextInt(14)));
        return random.nextBoolean()
                ? open + speech + "," + close + " said " + name + "."
                : name + " said: " + open + speech + "." + close;
    }

    private String clause(int words) {
        StringBuilder clause = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                clause.append(separator(w, words));
            }
            clause.append(word());
        }
        return clause.toString();
    }

    private String separator(int index, int words) {
        int roll = random.nextInt(100);
        if (roll < 7 && index < words - 1) {
            return ", ";
        }
        if (roll == 7 && index < words - 2) {
            return random.nextBoolean() ? " \u2013 " : " - ";
        }
        return " ";
    }

    String word() {
        int roll = random.nextInt(1_000);
        if (roll < 12) {
            return number();
        }
        if (roll == 12) {
            return "\uD83D\uDCF0";
        }
        if (roll < 20) {
            return "caf\u00E9";
        }
        String word = roll < 520 ? FUNCTION_WORDS[pick(functionCumulative)] : contentWords[pick(contentCumulative)];
        if (roll >= 520 && random.nextInt(40) == 0) {
            word += random.nextBoolean() ? "'s" : "\u2019s";
        } else if (random.nextInt(60) == 0) {
            word += "-" + contentWords[pick(contentCumulative)];
        }
        return word;
    }

    private String number() {
        return switch (random.nextInt(3)) {
            case 0 -> String.valueOf(2 + random.nextInt(98));
            case 1 -> (1 + random.nextInt(9)) + "," + (100 + random.nextInt(900));
            default -> (1 + random.nextInt(9)) + "." + random.nextInt(10) + " per cent";
        };
    }

    private String endMark() {
        int roll = random.nextInt(20);
        return roll == 0 ? "?" : roll == 1 ? "!" : ".";
    }

    private String inventWord() {
        int syllables = 1 + random.nextInt(3) + (random.nextInt(3) == 0 ? 1 : 0);
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            word.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
            if (random.nextInt(3) == 0) {
                word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            }
        }
        return word.toString();
    }

    private int pick(double[] cumulative) {
        double x = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {start, end} of every paragraph of an article made by {@link #article}. */
    static List<int[]> paragraphs(String article) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < article.length()) {
            int end = article.indexOf("\n\n", start);
            if (end < 0) {
                end = article.length();
            }
            paragraphs.add(new int[] {start, end});
            start = end + 2;
        }
        return paragraphs;
    }

    /** {start, end} of every word (letters, digits and inner apostrophes/hyphens) in [from, to). */
    static List<int[]> words(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || Character.isSurrogate(text.charAt(i))
                    || isInnerJoiner(text, i, to))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
            if (i == start) {
                i++;
            }
        }
        return words;
    }

    private static boolean isInnerJoiner(String text, int i, int to) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-') && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    }
}
