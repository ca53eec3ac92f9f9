package org.glossator.cli;

import java.io.PrintWriter;
import org.glossator.store.Store;
import org.glossator.workspace.BackupService;
import picocli.CommandLine.Command;

@Command(name = "backup", description = "Back the database up now (into the .backups folder beside it).")
final class BackupCommand extends BackupFolderCommand {

    @Override
    int run(Store store, BackupService backups, PrintWriter out) {
        var made = backups.backupBefore("manual");
        if (made.isEmpty()) {
            err().println("Not backed up: " + store.readOnlyReason());
            return Cli.SOME_REFUSED;
        }
        out.println("Backed up to " + made.get().file());
        out.println(made.get().describe());
        return Cli.OK;
    }
}
