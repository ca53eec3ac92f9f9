package org.glossator.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Glossator's log: java.util.logging with a rotating {@link FileHandler} (5 files of 1 MB,
 * {@code glossator0.log} newest) in the user's data folder. JUL rather than SLF4J/Logback:
 * no library Glossator uses logs through SLF4J, it needs no configuration file inside the
 * shaded jar, and it adds no dependency. Every exception nobody caught is logged with its
 * stack, then handed to a listener (the UI's error dialog). Standard error gets plain lines
 * ({@link ConsoleLogFormat}).
 */
public final class ErrorLog {
    private static final int BYTES_PER_FILE = 1024 * 1024;
    private static final int FILES = 5;
    private static final String FORMAT = "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n";
    private static final Logger LOG = Logger.getLogger("org.glossator");

    private static Path logFile;
    private static Handler handler;
    private static volatile Consumer<ErrorReport> listener = report -> { };

    private ErrorLog() {
    }

    /**
     * Starts logging to {@code folder} and installs the default uncaught-exception handler.
     * Calling it again with another folder moves the log there. A log that cannot be
     * created is not fatal: messages then go to standard error only.
     */
    public static synchronized Path install(Path folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        Path file = folder.toAbsolutePath().resolve("glossator0.log");
        if (!file.equals(logFile)) {
            try {
                Files.createDirectories(folder);
                FileHandler fileHandler = new FileHandler(folder.toAbsolutePath().resolve("glossator%g.log").toString(),
                        BYTES_PER_FILE, FILES, true);
                fileHandler.setFormatter(new SimpleFormatter());
                fileHandler.setEncoding("UTF-8");
                Logger root = LogManager.getLogManager().getLogger("");
                if (handler != null) {
                    root.removeHandler(handler);
                    handler.close();
                }
                root.addHandler(fileHandler);
                handler = fileHandler;
                logFile = file;
            } catch (IOException | RuntimeException e) {
                System.err.println("Glossator cannot write its log in " + folder + ": " + e.getMessage());
            }
        }
        for (Handler console : LogManager.getLogManager().getLogger("").getHandlers()) {
            if (console instanceof ConsoleHandler) {
                console.setFormatter(new ConsoleLogFormat(logFile));
            }
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> unexpected(error, "in thread " + thread.getName()));
        return logFile;
    }

    /** The current log file, or null when none could be opened. */
    public static synchronized Path logFile() {
        return logFile;
    }

    /** Who shows unexpected errors to the user (the UI installs its dialog here). */
    public static void onUnexpected(Consumer<ErrorReport> showReport) {
        listener = showReport == null ? report -> { } : showReport;
    }

    /**
     * For an error that reached the user through a task (the caller shows it): logs it with
     * its stack and returns what the dialog shows, without calling the listener.
     */
    public static ErrorReport report(Throwable error, String context) {
        LOG.log(Level.SEVERE, "Error " + context, error);
        flush();
        return ErrorReport.of(error);
    }

    /** Logs an error nobody handled, with its stack, and tells the listener. */
    public static ErrorReport unexpected(Throwable error, String context) {
        LOG.log(Level.SEVERE, "Unexpected error " + context, error);
        flush();
        ErrorReport report = ErrorReport.of(error);
        try {
            listener.accept(report);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The error report itself failed", e);
        }
        return report;
    }

    static synchronized void flush() {
        if (handler != null) {
            handler.flush();
        }
    }
}
