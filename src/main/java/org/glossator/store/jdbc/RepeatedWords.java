package org.glossator.store.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes the few distinct words a column repeats row after row (type keys, verdicts, anchor
 * states) once per read, instead of making a new String for every row of a large export.
 */
final class RepeatedWords {
    /** Beyond this many distinct words a column is not repetitive: decode without remembering. */
    private static final int MAX_WORDS = 32;

    private final List<byte[]> encoded = new ArrayList<>();
    private final List<String> words = new ArrayList<>();

    /** The word {@code utf8} spells, or null for a NULL column. */
    String of(byte[] utf8) {
        if (utf8 == null) {
            return null;
        }
        for (int i = 0; i < encoded.size(); i++) {
            if (Arrays.equals(encoded.get(i), utf8)) {
                return words.get(i);
            }
        }
        String word = new String(utf8, UTF_8);
        if (encoded.size() < MAX_WORDS) {
            encoded.add(utf8);
            words.add(word);
        }
        return word;
    }
}
