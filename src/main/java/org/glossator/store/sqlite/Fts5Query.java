package org.glossator.store.sqlite;

import java.util.stream.Collectors;
import org.glossator.store.SearchSyntax;

/**
 * Writes what a user typed ({@link SearchSyntax}) as an FTS5 query: every term quoted,
 * operators and parentheses as FTS5 spells them.
 */
final class Fts5Query {

    private Fts5Query() {
    }

    static String translate(String typed) {
        return SearchSyntax.parse(typed).stream().map(Fts5Query::write).collect(Collectors.joining(" "));
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
