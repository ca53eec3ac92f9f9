package org.glossator.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-level power-loss simulation (more trials in the crash benchmark). */
class PowerLossTest {
    @TempDir
    Path dir;

    @Test
    void aWalCutAfterTheLastAcknowledgedCommitLosesNothingAcknowledged() throws Exception {
        PowerLossSimulation.Result result = PowerLossSimulation.run(dir.resolve("after"), 20, 15L, false);
        System.out.println("power loss: " + result);
        assertThat(result.failures()).isEmpty();
        assertThat(result.inFlightLost()).as("some cuts do drop commits in flight").isPositive();
        assertThat(result.withGarbageTail()).isPositive();
    }

    @Test
    void theControlCuttingAnywhereDoesFindLosses() throws Exception {
        PowerLossSimulation.Result result = PowerLossSimulation.run(dir.resolve("anywhere"), 10, 16L, true);
        assertThat(result.failures()).as("cutting before the acknowledged end must be detected").isNotEmpty()
                .allSatisfy(f -> assertThat(f).contains("acknowledged missing"));
    }
}
