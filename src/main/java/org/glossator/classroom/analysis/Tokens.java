package org.glossator.classroom.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens for token-level kappa: maximal runs of letters and digits (an apostrophe or
 * hyphen between two of them stays inside the word), as [start, end) in code points.
 */
public final class Tokens {
    private Tokens() {
    }

    public static List<int[]> words(String text) {
        List<int[]> tokens = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            if (!Character.isLetterOrDigit(cps[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < cps.length && (Character.isLetterOrDigit(cps[i])
                    || (isJoiner(cps[i]) && i + 1 < cps.length && Character.isLetterOrDigit(cps[i + 1])))) {
                i++;
            }
            tokens.add(new int[] {start, i});
        }
        return tokens;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-';
    }
}
