package org.glossator.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.glossator.store.Store;
import org.glossator.workspace.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backups", description = "List the database's backups, newest first, with what each holds.")
final class BackupsCommand implements Callable<Integer> {
    @ParentCommand
    GlossatorCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = root.openStore()) {
            BackupService backups = root.backups(store);
            out.println("Backups in " + backups.folder() + ":");
            for (BackupService.Backup b : backups.list()) {
                out.println(b.describe());
            }
        }
        out.flush();
        return Cli.OK;
    }
}
