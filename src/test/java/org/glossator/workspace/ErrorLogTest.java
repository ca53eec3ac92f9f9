package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.glossator.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorLogTest {
    @TempDir
    Path dir;

    @AfterEach
    void quiet() {
        ErrorLog.onUnexpected(null);
    }

    @Test
    void anUncaughtExceptionIsLoggedWithItsStackAndReported() throws Exception {
        Path log = ErrorLog.install(dir.resolve("logs"));
        List<ErrorReport> shown = new ArrayList<>();
        ErrorLog.onUnexpected(shown::add);
        Thread worker = new Thread(() -> {
            String missing = null;
            missing.length(); // a real NullPointerException nobody catches
        }, "worker-15");
        worker.start();
        worker.join();

        assertThat(log).isEqualTo(dir.resolve("logs").toAbsolutePath().resolve("glossator0.log"));
        String text = Files.readString(log);
        assertThat(text).contains("SEVERE", "worker-15", "java.lang.NullPointerException",
                "at org.glossator.workspace.ErrorLogTest");
        assertThat(shown).singleElement().satisfies(r -> {
            assertThat(r.message()).contains("Something went wrong inside Glossator (NullPointerException)")
                    .doesNotContain("\tat ");
            assertThat(r.details()).contains("java.lang.NullPointerException", "ErrorLogTest", "Java ");
            assertThat(r.logFile()).isEqualTo(log);
            assertThat(r.logLocation()).contains(log.toString());
        });
    }

    @Test
    void aReportedTaskErrorIsLoggedButNotPassedToTheListener() throws Exception {
        Path log = ErrorLog.install(dir.resolve("logs"));
        List<ErrorReport> shown = new ArrayList<>();
        ErrorLog.onUnexpected(shown::add);
        ErrorReport r = ErrorLog.report(new IllegalStateException("Article #4 is no longer in the corpus."),
                "in a background task");
        assertThat(r.message()).isEqualTo("Article #4 is no longer in the corpus.");
        assertThat(Files.readString(log)).contains("in a background task", "IllegalStateException",
                "at org.glossator.workspace.ErrorLogTest");
        assertThat(shown).isEmpty();
    }

    /** Before, "2026-11-24T21:53:09.988Z INFO org.glossator.workspace.BackupService: Backup before daily: …". */
    @Test
    void standardErrorGetsPlainLinesAndTheFileKeepsTimesSourcesAndStacks() throws Exception {
        Path log = ErrorLog.install(dir.resolve("logs"));
        Formatter console = Arrays.stream(
                        LogManager.getLogManager().getLogger("").getHandlers())
                .filter(h -> h instanceof ConsoleHandler).findFirst().orElseThrow().getFormatter();

        LogRecord info = new LogRecord(Level.INFO,
                "Backed up the database (daily) to /data/g.backups/g-daily.db");
        info.setLoggerName("org.glossator.workspace.BackupService");
        assertThat(console.format(info)).isEqualTo("Backed up the database (daily) to /data/g.backups/g-daily.db"
                + System.lineSeparator());

        LogRecord warning = new LogRecord(Level.WARNING,
                "The start-up backup failed");
        warning.setThrown(new IOException("No space left on device"));
        assertThat(console.format(warning)).isEqualTo("Warning: The start-up backup failed (IOException: No space left"
                + " on device; details in " + log + ")" + System.lineSeparator());

        LogRecord severe = new LogRecord(Level.SEVERE, "Unexpected");
        assertThat(console.format(severe)).startsWith("Error: Unexpected");

        Logger.getLogger("org.glossator.test").log(Level.WARNING,
                "Written to the file in full", new IllegalStateException("boom"));
        ErrorLog.flush();
        String file = Files.readString(log);
        assertThat(file).contains("WARNING org.glossator.test", "Written to the file in full",
                "java.lang.IllegalStateException: boom", "at org.glossator.workspace.ErrorLogTest");
    }

    @Test
    void errorsMeantForUsersKeepTheirMessage() {
        ErrorReport r = ErrorReport.of(new StoreException("The database is busy."));
        assertThat(r.message()).isEqualTo("The database is busy.");
        assertThat(r.details()).contains("StoreException", "The database is busy.");
        assertThat(ErrorReport.of(new IllegalStateException()).message()).contains("IllegalStateException");
    }
}
