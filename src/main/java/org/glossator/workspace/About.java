package org.glossator.workspace;

import java.nio.file.Path;

/**
 * What Help › About Glossator and {@code glossator --version} say: the version, and where this
 * user's data, backups and log are, so that a bug report can name them.
 */
public final class About {
    public static final String VERSION = "Glossator 0.1";

    private About() {
    }

    /** The version line, then one line each for the database, its backups, the log and the runtime. */
    public static String describe(Workspace workspace) {
        Path backups = workspace.backups().folder();
        Path log = ErrorLog.logFile();
        String javafx = System.getProperty("javafx.runtime.version");
        return VERSION + "\n"
                + "Database: " + workspace.corpus().location() + "\n"
                + "Backups: " + (backups == null ? "none here (a shared store is backed up on its server)" : backups)
                + "\n"
                + "Log: " + (log == null ? "none (it could not be created; messages go to standard error)" : log)
                + "\n"
                + "Java " + System.getProperty("java.version") + (javafx == null ? "" : " · JavaFX " + javafx);
    }
}
