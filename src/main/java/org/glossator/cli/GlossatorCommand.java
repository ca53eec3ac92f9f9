package org.glossator.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.glossator.workspace.AppPaths;
import org.glossator.workspace.BackupService;
import org.glossator.store.Store;
import org.glossator.store.sqlite.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command. With no subcommand it opens the GUI (through a launcher passed
 * in, so that the CLI itself never loads JavaFX).
 */
@Command(name = "glossator", mixinStandardHelpOptions = true, version = "Glossator 0.1",
        description = "Read articles critically and annotate claims, quotes and sources.%n"
                + "With no command, opens the desktop app.",
        subcommands = {ListCommand.class, ImportCommand.class, ExportCommand.class,
            ImportAnnotationsCommand.class, BackupCommand.class, BackupsCommand.class, RestoreCommand.class,
            PackCommand.class, HandInCommand.class, CollectCommand.class, AgreementCommand.class, ReportCommand.class,
            SearchCommand.class, ShowCommand.class},
        usageHelpAutoWidth = true)
public final class GlossatorCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE",
            description = "Database file (default: ${DEFAULT-VALUE}).")
    Path database = AppPaths.defaultDatabase();

    private final Consumer<Path> guiLauncher;

    public GlossatorCommand(Consumer<Path> guiLauncher) {
        this.guiLauncher = guiLauncher;
    }

    public Path database() {
        return database;
    }

    /** Opens the store for a subcommand; the command line never adds the sample articles. */
    Store openStore() {
        return openWithoutSeeding();
    }

    /** Opens the store, backing it up before a migration and when the newest backup is a day old. */
    Store openWithoutSeeding() {
        int keep = BackupService.keepSetting(AppPaths.defaultPreferences());
        SqliteStore store = SqliteStore.open(database, BackupService.beforeMigration(database, keep, Clock.systemUTC()));
        try {
            backups(store).backupIfStale();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    BackupService backups(Store store) {
        return BackupService.forDatabase(store, database, BackupService.keepSetting(AppPaths.defaultPreferences()),
                Clock.systemUTC());
    }

    @Override
    public Integer call() {
        guiLauncher.accept(database);
        return 0;
    }
}
