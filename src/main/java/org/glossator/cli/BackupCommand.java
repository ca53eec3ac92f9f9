package org.glossator.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.glossator.store.Store;
import org.glossator.workspace.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "Back the database up now (into the .backups folder beside it).")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    GlossatorCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = root.openStore()) {
            BackupService backups = root.backups(store);
            var made = backups.backupBefore("manual");
            if (made.isEmpty()) {
                spec.commandLine().getErr().println("Not backed up: " + store.readOnlyReason());
                return Cli.SOME_REFUSED;
            }
            out.println("Backed up to " + made.get().file());
            out.println(made.get().describe());
        }
        out.flush();
        return Cli.OK;
    }
}
