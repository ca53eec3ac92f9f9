package org.glossator.store.postgres;

import java.util.List;
import org.glossator.store.SearchSyntax;
import org.glossator.store.SearchSyntax.Kind;
import org.glossator.store.SearchSyntax.Token;

/**
 * Writes what a user typed ({@link SearchSyntax}, the syntax the SQLite store accepts too) as
 * the text of a PostgreSQL {@code tsquery}. Every term is a quoted lexeme; {@code to_tsquery}
 * then splits it as the index did ("co-op" becomes a phrase of its parts). Precedence is the
 * same as FTS5's: NOT, AND, OR.
 */
final class TsQuery {

    private TsQuery() {
    }

    static String translate(String typed) {
        return join(SearchSyntax.parse(typed));
    }

    /** Adjacent operands are ANDed, as in FTS5; NOT between two operands means AND NOT. */
    private static String join(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        Kind previous = null;
        for (Token token : tokens) {
            boolean operand = token.kind() == Kind.TERM || token.kind() == Kind.OPEN;
            boolean previousEndsOperand = previous == Kind.TERM || previous == Kind.CLOSE;
            if (operand && previousEndsOperand) {
                out.append(" & ");
            }
            switch (token.kind()) {
                case AND -> out.append(" & ");
                case OR -> out.append(" | ");
                case NOT -> out.append(" & !");
                case OPEN -> out.append('(');
                case CLOSE -> out.append(')');
                case TERM -> out.append(lexeme(token.text(), token.prefix()));
                default -> throw new IllegalStateException(token.kind().name());
            }
            previous = token.kind();
        }
        return out.toString();
    }

    /** A quoted tsquery operand: quotes doubled and backslashes escaped, as tsquery input requires. */
    private static String lexeme(String s, boolean prefix) {
        return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'" + (prefix ? ":*" : "");
    }
}
