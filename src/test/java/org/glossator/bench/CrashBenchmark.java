package org.glossator.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.glossator.store.sqlite.PowerLossSimulation;
import org.glossator.workspace.CrashHarness;

/**
 * The crash figures: {@link CrashHarness} with 200 SIGKILLs of a child doing creates,
 * edits, links, deletes, text edits and imports, and {@link PowerLossSimulation} with 200
 * WAL cuts after the last acknowledged commit (plus 50 control cuts anywhere, which must
 * find losses). Usage: {@code CrashBenchmark [kills] [power-loss trials]}.
 */
public final class CrashBenchmark {
    private CrashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("glossator-crash-bench");
        System.out.println("## Crash and power loss");
        System.out.println();
        CrashHarness.Result k = CrashHarness.run(dir.resolve("kills"), kills, 20261124L);
        System.out.printf(Locale.ROOT, "- SIGKILL harness: %d kills, %d actions acknowledged (%s); in-flight action "
                        + "committed %d times, rolled back %d times; %d kills left the database different from the "
                        + "reports or failing integrity_check (%.0f s)%n", k.kills(), k.actionsAcknowledged(),
                k.actionsByKind(), k.inFlightCommitted(), k.inFlightLost(), k.failures().size(), k.millis() / 1000.0);
        k.failures().stream().limit(3).forEach(f -> System.out.println("  - " + f));
        PowerLossSimulation.Result p = PowerLossSimulation.run(dir.resolve("power"), trials, 15L, false);
        System.out.printf(Locale.ROOT, "- Power loss (WAL cut after the last acknowledged commit, synchronous=FULL): "
                        + "%d trials (%d with a garbage tail), %d acknowledged annotations checked, %d lost; "
                        + "in-flight commits survived %d, dropped %d%n", p.trials(), p.withGarbageTail(),
                p.acknowledgedChecked(), p.failures().size(), p.inFlightSurvived(), p.inFlightLost());
        PowerLossSimulation.Result c = PowerLossSimulation.run(dir.resolve("control"), Math.max(10, trials / 4), 16L,
                true);
        System.out.printf(Locale.ROOT, "- Control (WAL cut anywhere, as if commits were not synced): %d of %d trials "
                + "lost acknowledged annotations — the check does detect loss%n", c.failures().size(), c.trials());
        System.out.println();
    }
}
