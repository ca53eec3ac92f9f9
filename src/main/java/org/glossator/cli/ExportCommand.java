package org.glossator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.glossator.exchange.AnnotationExporter;
import org.glossator.exchange.ExportFormat;
import org.glossator.exchange.ExportRequest;
import org.glossator.exchange.ExportSummary;
import org.glossator.domain.Progress;
import org.glossator.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Export annotations as W3C Web Annotation JSON-LD or CSV.")
final class ExportCommand implements Callable<Integer> {
    enum Format { w3c, csv }

    @ParentCommand
    GlossatorCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "w3c|csv", description = "w3c (JSON-LD) or csv.")
    Format format;

    @Option(names = "--article", paramLabel = "ID", description = "Only these articles (repeatable; default: all).")
    List<Long> articles;

    @Option(names = "--with-articles", description = "Embed the articles' text and metadata (JSON only).")
    boolean withArticles;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Only this annotator's annotations.")
    String annotator;

    @Option(names = "--bom", description = "CSV only: start with a UTF-8 byte order mark, for Excel.")
    boolean byteOrderMark;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (withArticles && format == Format.csv) {
            throw new ParameterException(spec.commandLine(), "--with-articles only applies to --format w3c");
        }
        if (byteOrderMark && format != Format.csv) {
            throw new ParameterException(spec.commandLine(), "--bom only applies to --format csv");
        }
        ExportRequest request = (articles == null || articles.isEmpty() ? ExportRequest.all()
                : ExportRequest.articles(articles)).withArticles(withArticles).onlyAnnotator(annotator)
                .withByteOrderMark(byteOrderMark);
        ExportSummary summary;
        try (Store store = root.openStore()) {
            if (articles != null) {
                for (long id : articles) {
                    if (store.articles().find(id).isEmpty()) {
                        spec.commandLine().getErr().println("Refused: there is no article #" + id
                                + " (see `glossator list`); nothing was written.");
                        return Cli.SOME_REFUSED;
                    }
                }
            }
            summary = new AnnotationExporter(store).exportTo(out,
                    format == Format.csv ? ExportFormat.CSV : ExportFormat.W3C_JSON, request, Progress.NONE);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("Wrote " + out + ": " + summary);
        o.flush();
        return Cli.OK;
    }
}
