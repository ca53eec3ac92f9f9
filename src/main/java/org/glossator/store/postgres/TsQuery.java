package org.glossator.store.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glossator.store.SearchSyntaxException;

/**
 * Turns what a user types into the text of a PostgreSQL {@code tsquery}, in the same small
 * syntax the SQLite store accepts (words, "a phrase", prefix*, AND, OR, NOT, parentheses) and
 * with the same messages for mistakes. Every word is a quoted lexeme, so punctuation in it can
 * never be read as tsquery syntax; {@code to_tsquery} then splits it as the index did
 * ("co-op" becomes a phrase of its parts). Precedence is the same as FTS5's: NOT, AND, OR.
 */
final class TsQuery {
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private TsQuery() {
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
                    tokens.add(lexeme(phrase, prefix));
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
                    String stem = word.replaceAll("\\*+$", "");
                    if (hasWordCharacter(stem)) {
                        tokens.add(lexeme(stem, word.endsWith("*")));
                    }
                }
            }
        }
        if (depth != 0) {
            throw new SearchSyntaxException("A parenthesis is not closed.");
        }
        checkOperators(tokens, typed);
        return join(tokens);
    }

    /** Adjacent operands are ANDed, as in FTS5; NOT between two operands means AND NOT. */
    private static String join(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String token : tokens) {
            boolean operand = !OPERATORS.contains(token) && !token.equals(")");
            boolean previousEndsOperand = previous != null && !OPERATORS.contains(previous) && !previous.equals("(");
            if (operand && previousEndsOperand) {
                out.append(" & ");
            }
            switch (token) {
                case "AND" -> out.append(" & ");
                case "OR" -> out.append(" | ");
                case "NOT" -> out.append(" & !");
                default -> out.append(token);
            }
            previous = token;
        }
        return out.toString();
    }

    private static void checkOperators(List<String> tokens, String typed) {
        if (tokens.stream().noneMatch(t -> t.startsWith("'"))) {
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
                        + "harbour " + token + " lights). To search for the word itself, write \""
                        + token.toLowerCase(Locale.ROOT) + "\".");
            }
        }
    }

    private static boolean hasWordCharacter(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** A quoted tsquery operand: quotes doubled and backslashes escaped, as tsquery input requires. */
    private static String lexeme(String s, boolean prefix) {
        return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'" + (prefix ? ":*" : "");
    }
}
