package org.glossator.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import org.glossator.store.SearchSyntax;

/**
 * Writes what a user typed ({@link SearchSyntax}) as an FTS5 query: every term quoted,
 * operators and parentheses as FTS5 spells them.
 */
final class Fts5Query {

    private Fts5Query() {
    }

    static String translate(String typed) {
        List<String> out = new ArrayList<>();
        SearchSyntax.Kind previous = null;
        for (SearchSyntax.Token token : SearchSyntax.parse(typed)) {
            // FTS5 reads "a b" as a AND b, but not "(a OR b) c": the AND is written out there.
            boolean startsOperand = token.kind() == SearchSyntax.Kind.TERM || token.kind() == SearchSyntax.Kind.OPEN;
            boolean afterOperand = previous == SearchSyntax.Kind.TERM || previous == SearchSyntax.Kind.CLOSE;
            if (startsOperand && afterOperand
                    && (token.kind() == SearchSyntax.Kind.OPEN || previous == SearchSyntax.Kind.CLOSE)) {
                out.add("AND");
            }
            out.add(write(token));
            previous = token.kind();
        }
        return String.join(" ", out);
    }

    private static String write(SearchSyntax.Token token) {
        return switch (token.kind()) {
            case TERM -> "\"" + token.text().replace("\"", "\"\"") + "\"" + (token.prefix() ? "*" : "");
            case OPEN -> "(";
            case CLOSE -> ")";
            default -> token.kind().name();
        };
    }
}
