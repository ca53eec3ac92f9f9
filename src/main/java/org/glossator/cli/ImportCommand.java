package org.glossator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.glossator.store.Store;
import org.glossator.workspace.ArticleImportService;
import org.glossator.workspace.ArticleImportService.FileOutcome;
import org.glossator.workspace.ArticleImportService.Report;
import org.glossator.workspace.ArticleImportService.Status;
import org.glossator.domain.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Import articles (.txt, .md, .html) or folders of them into the corpus.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    GlossatorCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Override
    public Integer call() {
        Report report;
        try (Store store = root.openStore()) {
            report = new ArticleImportService(store).importPaths(paths, Progress.NONE);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (FileOutcome o : report.outcomes()) {
            if (o.status() == Status.REFUSED) {
                err.println("Refused: " + o.file() + ": " + o.message());
            } else {
                out.println((o.status() == Status.IMPORTED ? "Imported: " : "Skipped: ") + o.file() + " (" + o.message() + ")");
            }
        }
        out.println(report.summary());
        out.flush();
        err.flush();
        return report.anyRefused() ? 1 : 0;
    }
}
