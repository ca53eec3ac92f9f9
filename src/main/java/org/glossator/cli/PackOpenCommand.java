package org.glossator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glossator.classroom.PackOpening;
import org.glossator.classroom.PackService;
import org.glossator.classroom.pack.PackException;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "open", description = "Open a reading pack into the database (as a student).")
final class PackOpenCommand implements Callable<Integer> {
    @ParentCommand
    PackCommand pack;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.glossa", description = "The pack file.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try (Store store = pack.root.openStore()) {
            PackService service = new PackService(store);
            ReadingPack read;
            try {
                read = service.read(file);
            } catch (PackException e) {
                spec.commandLine().getErr().println("Refused: " + e.getMessage() + ". Nothing was changed.");
                return Cli.SOME_REFUSED;
            }
            PackOpening opening = service.openAsStudent(read);
            o.println("Opened \"" + read.title() + "\"" + (read.due() == null ? "" : ", due " + read.due()) + ":");
            for (PackOpening.OpenedArticle a : opening.articles()) {
                o.printf("  #%d %s (%s)%n", a.articleId(), a.title(), a.added() ? "added" : "already in the corpus");
            }
            if (!opening.typesAdded().isEmpty()) {
                o.println("New annotation types: " + String.join(", ", opening.typesAdded()));
            }
            if (!opening.typesKept().isEmpty()) {
                o.println("Kept your own label and colour for: " + String.join(", ", opening.typesKept()));
            }
            if (!read.instructions().isBlank()) {
                o.println();
                o.println(read.instructions().strip());
            }
            for (int i = 0; i < read.questions().size(); i++) {
                o.println((i + 1) + ". " + read.questions().get(i));
            }
        }
        o.flush();
        return Cli.OK;
    }
}
