package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child process doing creates, edits, links, deletes, text edits and imports with
 * SIGKILL at 20 random moments (200 in the crash benchmark); after each kill the database
 * is intact and holds exactly what the child reported committed.
 */
class KillDuringWritesTest {
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void everyKillLeavesExactlyTheReportedActions() throws Exception {
        CrashHarness.Result result = CrashHarness.run(dir, KILLS, 20261124L);
        System.out.println("crash harness: " + result);
        assertThat(result.failures()).isEmpty();
        assertThat(result.actionsAcknowledged()).isGreaterThanOrEqualTo(KILLS);
        assertThat(result.actionsByKind()).containsKeys("create", "edit", "link", "delete");
    }
}
