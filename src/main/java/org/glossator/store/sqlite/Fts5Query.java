package org.glossator.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.glossator.store.SearchSyntaxException;

/**
 * Turns what a user types into an FTS5 query. Every word is quoted, so punctuation
 * in it ("co-op", "U.S.", "a:b") can never be read as FTS5 syntax; what remains is
 * the syntax users know: "a phrase", prefix*, AND, OR, NOT and parentheses. Mistakes
 * are reported in those terms, never as an SQL error.
 */
final class Fts5Query {
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private Fts5Query() {
    }

    static String translate(String typed) {
        List<String> tokens = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < typed.length()) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int close = typed.indexOf('"', i + 1);
                if (close < 0) {
                    throw new SearchSyntaxException("A quotation mark is not closed: put a phrase between two \" marks.");
                }
                String phrase = typed.substring(i + 1, close);
                i = close + 1;
                boolean prefix = i < typed.length() && typed.charAt(i) == '*';
                if (prefix) {
                    i++;
                }
                if (hasWordCharacter(phrase)) {
                    tokens.add(quote(phrase) + (prefix ? "*" : ""));
                }
            } else if (c == '(' || c == ')') {
                depth += c == '(' ? 1 : -1;
                if (depth < 0) {
                    throw new SearchSyntaxException("A closing parenthesis has no opening one.");
                }
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int end = i;
                while (end < typed.length() && !Character.isWhitespace(typed.charAt(end))
                        && "\"()".indexOf(typed.charAt(end)) < 0) {
                    end++;
                }
                String word = typed.substring(i, end);
                i = end;
                if (OPERATORS.contains(word)) {
                    tokens.add(word);
                } else {
                    boolean prefix = word.endsWith("*");
                    String stem = word.replaceAll("\\*+$", "");
                    if (hasWordCharacter(stem)) {
                        tokens.add(quote(stem) + (prefix ? "*" : ""));
                    }
                }
            }
        }
        if (depth != 0) {
            throw new SearchSyntaxException("A parenthesis is not closed.");
        }
        checkOperators(tokens, typed);
        return String.join(" ", tokens);
    }

    private static void checkOperators(List<String> tokens, String typed) {
        if (tokens.stream().noneMatch(t -> t.startsWith("\""))) {
            throw new SearchSyntaxException("Nothing to search for in “" + typed.strip() + "”: type a word.");
        }
        for (int k = 0; k < tokens.size(); k++) {
            String token = tokens.get(k);
            if (!OPERATORS.contains(token)) {
                continue;
            }
            boolean wordBefore = k > 0 && !OPERATORS.contains(tokens.get(k - 1)) && !tokens.get(k - 1).equals("(");
            boolean wordAfter = k + 1 < tokens.size() && !OPERATORS.contains(tokens.get(k + 1))
                    && !tokens.get(k + 1).equals(")");
            if (!wordBefore || !wordAfter) {
                throw new SearchSyntaxException("“" + token + "” needs a word on each side (for example: "
                        + "harbour " + token + " lights). To search for the word itself, write \"" + token.toLowerCase(
                        java.util.Locale.ROOT) + "\".");
            }
        }
    }

    private static boolean hasWordCharacter(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
