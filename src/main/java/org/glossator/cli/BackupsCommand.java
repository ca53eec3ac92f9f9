package org.glossator.cli;

import java.io.PrintWriter;
import org.glossator.store.Store;
import org.glossator.workspace.BackupService;
import picocli.CommandLine.Command;

@Command(name = "backups", description = "List the database's backups, newest first, with what each holds.")
final class BackupsCommand extends BackupFolderCommand {

    @Override
    int run(Store store, BackupService backups, PrintWriter out) {
        out.println("Backups in " + backups.folder() + ":");
        for (BackupService.Backup b : backups.list()) {
            out.println(b.describe());
        }
        return Cli.OK;
    }
}
