package org.glossator.domain;

/** Counts words the way a reader would: runs of letters or digits, apostrophes kept inside. */
public final class WordCounter {
    private WordCounter() {
    }

    public static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            boolean wordChar = Character.isLetterOrDigit(cp)
                    || (inWord && (cp == '\'' || cp == '\u2019' || cp == '-'));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        return words;
    }
}
