package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.glossator.domain.Annotation;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writer process with SIGKILL at random moments, again and again, and then
 * checks that the database is intact and that every annotation the writer reported
 * as saved is there.
 */
class KillDuringWritesTest {
    private static final int ROUNDS = 6;

    @TempDir
    Path dir;

    @Test
    void killingTheWriterLosesNothingItReportedSaved() throws Exception {
        Path db = dir.resolve("crash.db");
        Random random = new Random(20261123);
        Set<String> acknowledged = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            int killAfter = 5 + random.nextInt(150);
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), db.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int seen = 0;
                while (seen < killAfter && (line = out.readLine()) != null) {
                    if (line.startsWith("saved ")) {
                        acknowledged.add(line.substring(6));
                        seen++;
                    }
                }
                writer.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no flush
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(seen).as("writer made progress in round " + round).isEqualTo(killAfter);
            }
        }
        try (SqliteStore store = SqliteStore.open(db)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            Set<String> stored = new HashSet<>();
            for (Annotation a : store.annotations().all()) {
                stored.add(a.id());
            }
            assertThat(stored).containsAll(acknowledged);
            assertThat(store.annotations().count()).isGreaterThanOrEqualTo(acknowledged.size());
            // The writer only adds one article (the same text is recognised by its hash).
            assertThat(store.articles().count()).isEqualTo(1);
        }
    }
}
