package org.glossator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glossator.classroom.HandInResult;
import org.glossator.classroom.HandInService;
import org.glossator.classroom.PackService;
import org.glossator.classroom.pack.PackException;
import org.glossator.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "hand-in", description = "Write your annotations on a pack's articles as a hand-in file "
        + "(W3C Web Annotation JSON with the pack id and a checksum); handing in again replaces it.")
final class HandInCommand implements Callable<Integer> {
    @ParentCommand
    GlossatorCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.glossa", description = "The pack.")
    Path packFile;

    @Option(names = "--student", required = true, paramLabel = "NAME", description = "Your name, as your teacher knows it.")
    String student;

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "Only annotations made under this annotator name (default: all on the pack's articles).")
    String annotator;

    @Option(names = "--out", required = true, paramLabel = "FILE.json|FOLDER",
            description = "The file to write, or a folder (the file is then named after pack and student).")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Store store = root.openStore()) {
            HandInResult result;
            try {
                result = new HandInService(store).handIn(new PackService(store).read(packFile), student, annotator, out);
            } catch (PackException e) {
                spec.commandLine().getErr().println("Refused: " + e.getMessage() + " Nothing was written.");
                return Cli.SOME_REFUSED;
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println((result.replaced() ? "Replaced " : "Wrote ") + result.file() + ": " + result.annotations()
                    + (result.annotations() == 1 ? " annotation" : " annotations") + " by " + result.student()
                    + " on " + result.articles() + (result.articles() == 1 ? " article" : " articles")
                    + " (" + result.checksum() + ")");
            if (result.missingArticles() > 0) {
                o.println("Note: " + result.missingArticles() + " of the pack's articles are not in this database"
                        + " (open the pack with `glossator pack open`).");
            }
            o.flush();
        }
        return Cli.OK;
    }
}
