package org.glossator.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.glossator.classroom.CollectReport;
import org.glossator.classroom.CollectService;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "collect", description = "Collect a folder of hand-ins into the database: one annotator layer per student.")
final class CollectCommand extends StoreCommand {
    @Mixin
    HandInsArguments handIns;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = out();
        PrintWriter err = err();
        try (Store store = root.openStore()) {
            Optional<ReadingPack> pack = handIns.readPack(store, err, ". Nothing was changed.");
            if (pack.isEmpty()) {
                return Cli.SOME_REFUSED;
            }
            CollectReport report = new CollectService(store).collect(pack.get(), handIns.folder);
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
