package org.glossator.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.glossator.workspace.About;
import org.glossator.workspace.AppPaths;
import org.glossator.workspace.BackupService;
import org.glossator.store.Store;
import org.glossator.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command. With no subcommand it opens the GUI (through a launcher passed
 * in, so that the CLI itself never loads JavaFX). Its subcommands are {@link Cli#COMMANDS},
 * added by {@link Cli} (only the one asked for, when one is).
 */
@Command(name = "glossator", version = About.VERSION,
        description = "Read articles critically and annotate claims, quotes and sources.%n"
                + "With no command, opens the desktop app.",
        usageHelpAutoWidth = true)
public final class GlossatorCommand implements Callable<Integer> {

    /** Inherited: every command answers {@code --help} with its own usage, whatever it requires. */
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
            description = "Show this help message and exit.")
    boolean helpRequested;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean versionRequested;

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "Database file (default: ${DEFAULT-VALUE}), or a shared store: "
                    + "postgresql://host:port/database?user=name (password from PGPASSWORD or ~/.pgpass).")
    String database = AppPaths.defaultDatabase().toString();

    private final Consumer<String> guiLauncher;

    public GlossatorCommand(Consumer<String> guiLauncher) {
        this.guiLauncher = guiLauncher;
    }

    public StoreLocation location() {
        return StoreLocation.parse(database);
    }

    /**
     * Opens the store for a subcommand (the command line never adds the sample articles), backing a
     * database file up before a migration and when its newest backup is a day old.
     */
    Store openStore() {
        StoreLocation location = location();
        Store store = location.open(BackupService.keepSetting(AppPaths.defaultPreferences()), Clock.systemUTC());
        if (location instanceof StoreLocation.Shared) {
            return store;
        }
        try {
            backups(store).backupIfStale();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** The backups of the database file; a shared store has none here, and the backup commands say so. */
    BackupService backups(Store store) {
        if (!(location() instanceof StoreLocation.File file)) {
            throw new StoreException("Backups are for a database file. A shared store is backed up on its server"
                    + " (pg_dump); to copy it into a file, use `glossator pull --from " + location().display()
                    + " --to FILE.db`.");
        }
        return BackupService.forDatabase(store, file.path(), BackupService.keepSetting(AppPaths.defaultPreferences()),
                Clock.systemUTC());
    }

    /** A safety copy before a bulk change, where the store is a file. */
    void backupBefore(Store store, String reason) {
        if (location() instanceof StoreLocation.File) {
            backups(store).backupBefore(reason);
        }
    }

    @Override
    public Integer call() {
        guiLauncher.accept(database);
        return 0;
    }
}
