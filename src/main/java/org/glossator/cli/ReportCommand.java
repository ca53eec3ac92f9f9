package org.glossator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.glossator.classroom.ReportService;
import org.glossator.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "Write an annotated article (one annotator's or everyone's) as one "
        + "standalone HTML file that prints well.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    GlossatorCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE_ID", description = "The article (see `glossator list`).")
    long articleId;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Only these annotators (repeatable; default: all).")
    List<String> annotators;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Store store = root.openStore()) {
            if (store.articles().find(articleId).isEmpty()) {
                spec.commandLine().getErr().println("Refused: there is no article #" + articleId
                        + " (see `glossator list`); nothing was written.");
                return Cli.SOME_REFUSED;
            }
            new ReportService(store).write(articleId, annotators == null ? List.of() : annotators, out);
        }
        spec.commandLine().getOut().println("Wrote " + out);
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }
}
