package org.glossator.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.glossator.store.Store;
import org.glossator.workspace.AppPaths;
import org.glossator.workspace.BackupService;
import org.glossator.workspace.StoreTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code push} and {@code pull}: move a corpus between a database file and a shared store. */
final class TransferCommands {
    private TransferCommands() {
    }

    static int transfer(CommandSpec spec, String fromText, String toText) {
        PrintWriter out = spec.commandLine().getOut();
        StoreLocation from = StoreLocation.parse(fromText);
        StoreLocation to = StoreLocation.parse(toText);
        int keep = BackupService.keepSetting(AppPaths.defaultPreferences());
        try (Store source = from.open(keep, Clock.systemUTC()); Store target = to.open(keep, Clock.systemUTC())) {
            StoreTransfer.Summary summary = new StoreTransfer(source, target).run();
            out.println(from.display() + " → " + to.display());
            out.println(summary);
        }
        out.flush();
        return Cli.OK;
    }

    @Command(name = "push", description = "Copy a database file's articles and annotations into a shared store."
            + " Annotations are matched by id (the later modified wins); running it again changes nothing.")
    static final class Push implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "FILE", description = "The database file.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "URL",
                description = "The shared store, postgresql://host:port/database?user=name.")
        String to;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return transfer(spec, from, to);
        }
    }

    @Command(name = "pull", description = "Copy a shared store's articles and annotations into a database file"
            + " (created if needed), to work offline or keep a copy.")
    static final class Pull implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "URL",
                description = "The shared store, postgresql://host:port/database?user=name.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The database file.")
        String to;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return transfer(spec, from, to);
        }
    }
}
