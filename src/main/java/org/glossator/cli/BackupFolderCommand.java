package org.glossator.cli;

import java.io.PrintWriter;
import org.glossator.store.Store;
import org.glossator.workspace.BackupService;

/** A command on the database file's backups: opens the store and its backup folder, runs, flushes. */
abstract class BackupFolderCommand extends StoreCommand {

    @Override
    public final Integer call() {
        PrintWriter out = out();
        int status;
        try (Store store = root.openStore()) {
            status = run(store, root.backups(store), out);
        }
        out.flush();
        err().flush();
        return status;
    }

    /** The command's work; returns its exit status. */
    abstract int run(Store store, BackupService backups, PrintWriter out);
}
