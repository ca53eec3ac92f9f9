package org.glossator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The small query language of corpus search — words, "a phrase", prefix*, AND, OR, NOT and
 * parentheses — read once for every store, so that both engines accept the same input and
 * report the same mistakes in the user's terms. Each store then writes the tokens in its own
 * syntax (FTS5 MATCH, PostgreSQL tsquery), quoting every term so that punctuation inside a
 * word ("co-op", "U.S.", "a:b") can never be read as syntax.
 */
public final class SearchSyntax {

    /** What a token is. */
    public enum Kind {
        TERM, AND, OR, NOT, OPEN, CLOSE;

        boolean isOperator() {
            return this == AND || this == OR || this == NOT;
        }
    }

    /** A word or phrase ({@code text}, searched as a prefix when {@code prefix}), an operator or a parenthesis. */
    public record Token(Kind kind, String text, boolean prefix) {
        static Token of(Kind kind) {
            return new Token(kind, "", false);
        }
    }

    private SearchSyntax() {
    }

    /** The tokens of what the user typed; a mistake is a {@link SearchSyntaxException} that says how to fix it. */
    public static List<Token> parse(String typed) {
        List<Token> tokens = new ArrayList<>();
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
                    tokens.add(new Token(Kind.TERM, phrase, prefix));
                }
            } else if (c == '(' || c == ')') {
                depth += c == '(' ? 1 : -1;
                if (depth < 0) {
                    throw new SearchSyntaxException("A closing parenthesis has no opening one.");
                }
                tokens.add(Token.of(c == '(' ? Kind.OPEN : Kind.CLOSE));
                i++;
            } else {
                int end = i;
                while (end < typed.length() && !Character.isWhitespace(typed.charAt(end))
                        && "\"()".indexOf(typed.charAt(end)) < 0) {
                    end++;
                }
                String word = typed.substring(i, end);
                i = end;
                switch (word) {
                    case "AND" -> tokens.add(Token.of(Kind.AND));
                    case "OR" -> tokens.add(Token.of(Kind.OR));
                    case "NOT" -> tokens.add(Token.of(Kind.NOT));
                    default -> {
                        String stem = word.replaceAll("\\*+$", "");
                        if (hasWordCharacter(stem)) {
                            tokens.add(new Token(Kind.TERM, stem, word.endsWith("*")));
                        }
                    }
                }
            }
        }
        if (depth != 0) {
            throw new SearchSyntaxException("A parenthesis is not closed.");
        }
        checkOperators(tokens, typed);
        return List.copyOf(tokens);
    }

    private static void checkOperators(List<Token> tokens, String typed) {
        if (tokens.stream().noneMatch(t -> t.kind() == Kind.TERM)) {
            throw new SearchSyntaxException("Nothing to search for in “" + typed.strip() + "”: type a word.");
        }
        for (int k = 0; k < tokens.size(); k++) {
            Kind kind = tokens.get(k).kind();
            if (!kind.isOperator()) {
                continue;
            }
            boolean wordBefore = k > 0 && !tokens.get(k - 1).kind().isOperator() && tokens.get(k - 1).kind() != Kind.OPEN;
            boolean wordAfter = k + 1 < tokens.size() && !tokens.get(k + 1).kind().isOperator()
                    && tokens.get(k + 1).kind() != Kind.CLOSE;
            if (!wordBefore || !wordAfter) {
                throw new SearchSyntaxException("“" + kind + "” needs a word on each side (for example: "
                        + "harbour " + kind + " lights). To search for the word itself, write \""
                        + kind.name().toLowerCase(Locale.ROOT) + "\".");
            }
        }
    }

    private static boolean hasWordCharacter(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
