package org.glossator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.glossator.anchoring.Reanchorer;
import org.glossator.exchange.AnnotationCounter;
import org.glossator.exchange.AnnotationImporter;
import org.glossator.exchange.ImportException;
import org.glossator.exchange.ImportOptions;
import org.glossator.exchange.ImportSummary;
import org.glossator.store.Store;
import org.glossator.workspace.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-annotations",
        description = {"Import W3C Web Annotation or Hypothesis JSON files; each file is one transaction.",
            "An annotation with a problem of its own is placed by its quote, or kept as an orphan, and listed on "
                + "stderr; the status is then 1."})
final class ImportAnnotationsCommand extends StoreCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON files to import.")
    List<Path> files;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Record NAME as the creator of every imported annotation.")
    String annotator;

    @Option(names = "--default-type", paramLabel = "KEY",
            description = "Type for annotations that carry none, e.g. from Hypothesis (default: ${DEFAULT-VALUE}).")
    String defaultType = ImportOptions.DEFAULT_TYPE_KEY;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        boolean refused = false;
        boolean listed = false;
        try (Store store = root.openStore()) {
            AnnotationImporter importer = new AnnotationImporter(store, new Reanchorer());
            ImportOptions options = ImportOptions.defaults().withDefaultTypeKey(defaultType).withAnnotator(annotator);
            for (Path file : files) {
                try {
                    if (AnnotationCounter.hasMoreThan(file, BackupService.LARGE_IMPORT)) {
                        root.backupBefore(store, "import");
                    }
                    ImportSummary summary = importer.importFile(file, options);
                    out.println(file + ": " + summary);
                    summary.unmatchedReport().forEach(line -> out.println("  " + line));
                    summary.warnings().forEach(line -> out.println("  warning: " + line));
                    if (summary.hasProblems()) {
                        listed = true;
                        summary.problemReport().forEach(line -> err.println(file + ": " + line));
                    }
                } catch (ImportException e) {
                    refused = true;
                    err.println("Refused: " + e.getMessage() + " (nothing from this file was imported)");
                }
            }
        }
        out.flush();
        err.flush();
        return refused || listed ? Cli.SOME_REFUSED : Cli.OK;
    }
}
