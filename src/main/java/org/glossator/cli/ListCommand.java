package org.glossator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.glossator.domain.ArticleSummary;
import org.glossator.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the articles in the corpus with word and annotation counts.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    GlossatorCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Machine-readable JSON output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<ArticleSummary> articles;
        try (Store store = root.openStore()) {
            articles = store.articles().summaries();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(articles));
        } else {
            out.printf("%5s  %-60s %7s %12s%n", "ID", "TITLE", "WORDS", "ANNOTATIONS");
            for (ArticleSummary a : articles) {
                out.printf("%5d  %-60s %7d %12d%n", a.id(), abbreviate(a.title(), 60), a.wordCount(),
                        a.annotationCount());
            }
        }
        out.flush();
        return 0;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
