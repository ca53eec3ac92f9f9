package org.glossator.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.glossator.store.StoreException;
import org.glossator.workspace.ErrorLog;
import org.glossator.workspace.ErrorReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the picocli command line with Glossator's exit-code conventions. Picocli builds the
 * model of every command it is given by reflection, about 0.1 s for all of them at start-up, so
 * a command line that names one command gets that one alone; help, a mistyped command and the
 * GUI get them all.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int SOME_REFUSED = 1;
    public static final int USAGE = 2;

    /** Every command, in the order {@code glossator --help} lists them. */
    static final List<Class<?>> COMMANDS = List.of(ListCommand.class, ImportCommand.class, ExportCommand.class,
            ImportAnnotationsCommand.class, BackupCommand.class, BackupsCommand.class, RestoreCommand.class,
            PackCommand.class, HandInCommand.class, CollectCommand.class, AgreementCommand.class, ReportCommand.class,
            SearchCommand.class, ShowCommand.class, TransferCommands.Push.class, TransferCommands.Pull.class,
            GroupCommand.class);

    private Cli() {
    }

    /** Runs the command line with standard streams; returns the exit status. */
    public static int run(String[] args, Consumer<String> guiLauncher, PrintWriter out, PrintWriter err) {
        CommandLine cl = root(guiLauncher);
        List<Class<?>> needed = commandsFor(cl.getCommandSpec(), args);
        needed.forEach(cl::addSubcommand);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    private static CommandLine root(Consumer<String> guiLauncher) {
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

    /**
     * The command the arguments name, alone; every command when they name none or one that does
     * not exist (picocli then lists them or suggests the nearest). The command is the first
     * argument that is neither an option of the root command nor that option's value.
     */
    static List<Class<?>> commandsFor(CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return COMMANDS.stream().filter(c -> names(c).contains(arg)).findFirst()
                        .<List<Class<?>>>map(List::of).orElse(COMMANDS);
            }
            int equals = arg.indexOf('=');
            OptionSpec option = root.findOption(equals < 0 ? arg : arg.substring(0, equals));
            if (option == null) {
                return COMMANDS; // "--", clustered or unknown options: picocli says what is wrong
            }
            if (equals < 0 && option.arity().max() > 0) {
                i++; // the option's value is the next argument
            }
        }
        return COMMANDS;
    }

    private static List<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(Arrays.asList(annotation.aliases()));
        names.add(annotation.name());
        return names;
    }
}
