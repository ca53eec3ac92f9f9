package org.glossator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glossator.classroom.CollectReport;
import org.glossator.classroom.CollectService;
import org.glossator.classroom.PackService;
import org.glossator.classroom.pack.PackException;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "collect", description = "Collect a folder of hand-ins into the database: one annotator layer per student.")
final class CollectCommand implements Callable<Integer> {
    @ParentCommand
    GlossatorCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.glossa", description = "The pack (with the reference, if any).")
    Path packFile;

    @Parameters(index = "1", paramLabel = "FOLDER", description = "The folder of hand-in .json files.")
    Path folder;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = root.openStore()) {
            ReadingPack pack;
            try {
                pack = new PackService(store).read(packFile);
            } catch (PackException e) {
                err.println("Refused: " + e.getMessage() + ". Nothing was changed.");
                return Cli.SOME_REFUSED;
            }
            CollectReport report = new CollectService(store).collect(pack, folder);
            print(report, o, err);
            o.flush();
            err.flush();
            return report.refused().isEmpty() ? Cli.OK : Cli.SOME_REFUSED;
        }
    }

    static void print(CollectReport report, PrintWriter o, PrintWriter err) {
        for (CollectReport.Collected c : report.collected()) {
            o.println("Collected " + c.student() + ": " + c.annotations()
                    + (c.annotations() == 1 ? " annotation" : " annotations") + " (" + c.file().getFileName() + ")"
                    + (c.replacedEarlier() ? ", replacing the earlier hand-in" : ""));
            c.warnings().forEach(w -> o.println("  warning: " + w));
        }
        for (CollectReport.Refused r : report.refused()) {
            err.println("Refused: " + r.message());
        }
        o.println(report.collected().size() + (report.collected().size() == 1 ? " student" : " students")
                + " collected, " + report.refused().size() + " refused");
    }
}
