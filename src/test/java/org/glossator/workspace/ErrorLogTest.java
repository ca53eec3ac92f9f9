package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void errorsMeantForUsersKeepTheirMessage() {
        ErrorReport r = ErrorReport.of(new StoreException("The database is busy."));
        assertThat(r.message()).isEqualTo("The database is busy.");
        assertThat(r.details()).contains("StoreException", "The database is busy.");
        assertThat(ErrorReport.of(new IllegalStateException()).message()).contains("IllegalStateException");
    }
}
