package org.glossator.bench;

import java.util.Random;

/** Deterministic article-like text for benchmarks: sentences in paragraphs. */
final class BenchText {
    private static final String[] WORDS = ("open source weights model licence training data release safety "
            + "researchers community developers definition access code restrictions commercial public "
            + "transparent benchmark claim evidence report company statement critics argue according "
            + "the a of to and in is that for with on as by it was are this be").split(" ");

    private BenchText() {
    }

    static String article(int chars, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 200);
        while (sb.length() < chars) {
            int sentences = 2 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int words = 8 + r.nextInt(14);
                for (int w = 0; w < words; w++) {
                    String word = WORDS[r.nextInt(WORDS.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    sb.append(w == words - 1 ? ". " : " ");
                }
            }
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
