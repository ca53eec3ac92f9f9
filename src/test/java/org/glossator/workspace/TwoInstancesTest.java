package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glossator.domain.ArticleDraft;
import org.glossator.store.StoreException;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Glossator processes on one database both work safely: WAL lets them read while the
 * other writes, and each write transaction begins IMMEDIATE, waiting (busy timeout) for the
 * other's to end instead of failing. When the other holds the database too long the write
 * is refused with a plain message and nothing half-done.
 */
class TwoInstancesTest {
    private static final int EACH = 60;

    @TempDir
    Path dir;

    @Test
    void twoProcessesWritingAtOnceBothSucceedAndLoseNothing() throws Exception {
        Path db = dir.resolve("shared.db");
        try (SqliteStore store = SqliteStore.open(db)) {
            store.articles().add(new ArticleDraft("Shared", null, null, null, null, "word ".repeat(500), null));
        }
        Process a = start(db, "alice");
        Process b = start(db, "bob");
        List<String> saved = new ArrayList<>();
        saved.addAll(read(a));
        saved.addAll(read(b));
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).isZero();
        assertThat(b.exitValue()).isZero();
        assertThat(saved).hasSize(2 * EACH + 2).contains("finished");
        try (SqliteStore store = SqliteStore.open(db)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            assertThat(store.annotations().count()).isEqualTo(2 * EACH);
            assertThat(store.annotations().allLinks()).hasSize(2 * (EACH - 1));
            for (String line : saved) {
                if (line.startsWith("saved ")) {
                    assertThat(store.annotations().find(line.substring(6))).get()
                            .satisfies(x -> assertThat(x.note()).startsWith(x.creator()));
                }
            }
        }
    }

    @Test
    void aWriteBlockedLongerThanTheBusyTimeoutIsRefusedPlainly() throws Exception {
        Path db = dir.resolve("held.db");
        try (SqliteStore holder = SqliteStore.open(db); SqliteStore other = SqliteStore.open(db)) {
            long id = holder.articles().add(new ArticleDraft("Held", null, null, null, null, "some text", null)).id();
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread t = new Thread(() -> holder.inTransaction(() -> {
                holder.articles().updateText(id, "changed text", List.of());
                holding.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            t.start();
            holding.await();
            try {
                assertThatThrownBy(() -> other.articles().add(
                        new ArticleDraft("Second", null, null, null, null, "other text", null)))
                        .isInstanceOf(StoreException.class).hasMessageContaining("busy")
                        .hasMessageContaining("Nothing was changed");
            } finally {
                release.countDown();
                t.join();
            }
            assertThat(other.articles().count()).isEqualTo(1);
            assertThat(other.articles().find(id).orElseThrow().text()).isEqualTo("changed text");
        }
    }

    private static Process start(Path db, String name) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                InstanceWriter.class.getName(), db.toString(), name, Integer.toString(EACH))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static List<String> read(Process p) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        }
        return lines;
    }
}
