package org.glossator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.glossator.workspace.AppPaths;
import org.glossator.workspace.SampleCorpus;
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
            ImportAnnotationsCommand.class, SearchCommand.class, ShowCommand.class},
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

    /** Opens the store for a subcommand, filling an empty one from the sample corpus. */
    Store openStore() {
        SqliteStore store = SqliteStore.open(database);
        SampleCorpus.seedIfEmpty(store);
        return store;
    }

    @Override
    public Integer call() {
        guiLauncher.accept(database);
        return 0;
    }
}
