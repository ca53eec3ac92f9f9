package org.glossator.workspace;

import java.nio.file.Path;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * What the log puts on standard error, where people read it (beside a command's own output):
 * the message alone, "Warning:" or "Error:" before it when it is one, and for an exception its
 * kind and message and where the whole stack is. The log file keeps times, sources and stacks.
 */
final class ConsoleLogFormat extends Formatter {
    private final Path logFile;

    /** @param logFile where the stacks are, or null when no log file could be opened */
    ConsoleLogFormat(Path logFile) {
        this.logFile = logFile;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder();
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            line.append("Error: ");
        } else if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            line.append("Warning: ");
        }
        line.append(formatMessage(record));
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            line.append(" (").append(thrown.getClass().getSimpleName());
            if (thrown.getMessage() != null) {
                line.append(": ").append(thrown.getMessage());
            }
            line.append(logFile == null ? ")" : "; details in " + logFile + ")");
        }
        return line.append(System.lineSeparator()).toString();
    }
}
