package org.glossator.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.glossator.store.StoreException;
import org.glossator.workspace.ErrorLog;
import org.glossator.workspace.ErrorReport;
import picocli.CommandLine;

/** Builds the picocli command line with Glossator's exit-code conventions. */
public final class Cli {
    public static final int OK = 0;
    public static final int SOME_REFUSED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static CommandLine create(Consumer<String> guiLauncher) {
        CommandLine cl = new CommandLine(new GlossatorCommand(guiLauncher));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof StoreException) {
                err.println(e.getMessage());
            } else {
                ErrorReport report = ErrorLog.unexpected(e, "in command " + commandLine.getCommandName());
                err.println("Error: " + report.message() + " " + report.logLocation());
            }
            err.flush();
            return SOME_REFUSED;
        });
        return cl;
    }

    /** Runs the command line with standard streams; returns the exit status. */
    public static int run(String[] args, Consumer<String> guiLauncher, PrintWriter out, PrintWriter err) {
        CommandLine cl = create(guiLauncher);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }
}
