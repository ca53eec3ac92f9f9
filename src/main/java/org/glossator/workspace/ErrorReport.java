package org.glossator.workspace;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.glossator.store.StoreException;

/**
 * What an error dialog shows: a short message in plain words, the details to copy (type,
 * message and stack of the error and its causes, versions) and where the log is.
 *
 * @param message short, fit for the dialog's text
 * @param details for "Copy details": everything a bug report needs
 * @param logFile the current log file, or null when there is none
 */
public record ErrorReport(String message, String details, Path logFile) {

    /** A report for {@code error}. Errors with a message meant for the user keep it; others get a plain sentence. */
    public static ErrorReport of(Throwable error) {
        Path log = ErrorLog.logFile();
        return new ErrorReport(shortMessage(error), details(error, log), log);
    }

    /** The log's location as a sentence for the dialog. */
    public String logLocation() {
        return logFile == null ? "No log file could be written." : "The log is " + logFile + ".";
    }

    static String shortMessage(Throwable error) {
        String message = error.getMessage();
        boolean forUsers = error instanceof StoreException || error instanceof UncheckedIOException
                || error instanceof IllegalArgumentException || error instanceof IllegalStateException;
        if (forUsers && message != null && !message.isBlank()) {
            return message;
        }
        return "Something went wrong inside Glossator (" + error.getClass().getSimpleName()
                + "). What you saved before is safe; the details are in the log.";
    }

    private static String details(Throwable error, Path log) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.printf(Locale.ROOT, "Glossator 0.1, Java %s (%s), %s %s%n", System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.version"));
        out.println("Log: " + (log == null ? "none" : log));
        error.printStackTrace(out);
        out.flush();
        return text.toString();
    }
}
