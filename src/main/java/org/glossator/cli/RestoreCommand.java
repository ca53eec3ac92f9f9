package org.glossator.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossator.store.Store;
import org.glossator.workspace.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Typing the command is the confirmation; the current content is backed up first, so a restore can be undone. */
@Command(name = "restore", description = "Replace the database's content with a backup (the current content is "
        + "backed up first). BACKUP is a file, or a name listed by 'glossator backups'.")
final class RestoreCommand extends BackupFolderCommand {
    @Parameters(index = "0", paramLabel = "BACKUP", description = "The backup to restore.")
    Path backup;

    @Override
    int run(Store store, BackupService backups, PrintWriter out) {
        Path file = Files.exists(backup) ? backup : backups.folder().resolve(backup.toString());
        var safety = backups.restore(file);
        out.println("Restored " + file.toAbsolutePath() + " into " + store.location() + ".");
        safety.ifPresent(s -> out.println("The content before the restore is in " + s.file()
                + " (restore that to undo)."));
        out.println("Now: " + store.articles().count() + " articles, " + store.annotations().count()
                + " annotations.");
        return Cli.OK;
    }
}
