package org.glossator.store.sqlite;

import org.glossator.store.jdbc.Jdbc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.glossator.domain.Annotation;

/**
 * Power loss at the file level. With {@code synchronous=FULL} a WAL commit is fsynced before
 * it is acknowledged, so after a power cut the disk holds the database file and a WAL that
 * is intact up to the last acknowledged commit; what comes after (commits in flight) may be
 * cut anywhere or be garbage (torn sectors). Each trial copies the database file and a WAL
 * cut at a random point after the last acknowledged commit (sometimes followed by random
 * bytes), opens the copy through {@link SqliteStore#open} and checks that it is intact,
 * holds every acknowledged annotation, and of the unacknowledged ones a prefix in commit
 * order. A control run cuts anywhere, before the acknowledged end too, and must find losses:
 * proof that the check can fail.
 */
public final class PowerLossSimulation {

    public record Result(int trials, int acknowledgedChecked, int inFlightSurvived, int inFlightLost,
                         int withGarbageTail, List<String> failures) {
    }

    private PowerLossSimulation() {
    }

    /** Trials cut after the acknowledged end ({@code control} false) or anywhere ({@code control} true). */
    public static Result run(Path dir, int trials, long seed, boolean control) throws IOException {
        Random random = new Random(seed);
        int acknowledgedChecked = 0;
        int survived = 0;
        int lost = 0;
        int garbage = 0;
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < trials; trial++) {
            Path trialDir = Files.createDirectories(dir.resolve("trial-" + trial));
            Path db = trialDir.resolve("live.db");
            List<String> acknowledged = new ArrayList<>();
            List<String> inFlight = new ArrayList<>();
            byte[] mainFile;
            byte[] walAtAck;
            byte[] walFull;
            long article;
            try (SqliteStore store = SqliteStore.open(db)) {
                article = store.articles().add(StoreFixtures.draft("Power", "word ".repeat(2_000))).id();
            } // closing checkpoints: the trial starts from a database file and an empty WAL
            try (SqliteStore store = SqliteStore.open(db)) {
                if (store.call(c -> Jdbc.count(c, "PRAGMA synchronous")) != 2) {
                    throw new IllegalStateException("the store must run with synchronous=FULL");
                }
                int acked = 3 + random.nextInt(40);
                for (int i = 0; i < acked; i++) {
                    acknowledged.add(commit(store, article, i));
                }
                mainFile = Files.readAllBytes(db);
                walAtAck = Files.readAllBytes(wal(db));
                int unacked = 1 + random.nextInt(10);
                for (int i = 0; i < unacked; i++) {
                    inFlight.add(commit(store, article, acked + i));
                }
                walFull = Files.readAllBytes(wal(db));
                if (!Arrays.equals(mainFile, Files.readAllBytes(db))
                        || !Arrays.equals(walAtAck, Arrays.copyOf(walFull, walAtAck.length))) {
                    throw new IllegalStateException("a checkpoint ran during the trial; the simulation assumes none");
                }
            }
            int from = control ? 0 : walAtAck.length;
            int cut = from + random.nextInt(walFull.length - from + 1);
            byte[] tail = new byte[0];
            if (random.nextInt(3) == 0) {
                tail = new byte[1 + random.nextInt(8192)];
                random.nextBytes(tail);
                garbage++;
            }
            Path copy = trialDir.resolve("after-power-loss.db");
            Files.write(copy, mainFile);
            byte[] cutWal = Arrays.copyOf(walFull, cut + tail.length);
            System.arraycopy(tail, 0, cutWal, cut, tail.length);
            Files.write(wal(copy), cutWal);
            try (SqliteStore reopened = SqliteStore.open(copy)) {
                String integrity = reopened.integrityCheck();
                List<String> missing = new ArrayList<>();
                for (String id : acknowledged) {
                    if (reopened.annotations().find(id).isEmpty()) {
                        missing.add(id);
                    }
                }
                int kept = 0;
                while (kept < inFlight.size() && reopened.annotations().find(inFlight.get(kept)).isPresent()) {
                    kept++;
                }
                boolean prefix = inFlight.subList(kept, inFlight.size()).stream()
                        .noneMatch(id -> reopened.annotations().find(id).isPresent());
                acknowledgedChecked += acknowledged.size();
                survived += kept;
                lost += inFlight.size() - kept;
                if (!"ok".equals(integrity) || !missing.isEmpty() || !prefix) {
                    failures.add("trial " + trial + ": integrity " + integrity + ", " + missing.size()
                            + " acknowledged missing, in-flight survivors a prefix: " + prefix + " (WAL cut at " + cut
                            + " of " + walFull.length + ", acknowledged end " + walAtAck.length + ")");
                }
            } catch (RuntimeException e) {
                failures.add("trial " + trial + ": the copy did not open: " + e.getMessage());
            }
        }
        return new Result(trials, acknowledgedChecked, survived, lost, garbage, failures);
    }

    private static String commit(SqliteStore store, long article, int i) {
        Annotation a = StoreFixtures.annotation(article, "claim", i * 5, i * 5 + 4, "word");
        store.annotations().save(a); // committed (and, with FULL, synced) when this returns
        return a.id();
    }

    private static Path wal(Path db) {
        return db.resolveSibling(db.getFileName() + "-wal");
    }
}
