package org.glossator.workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.TextHash;
import org.glossator.store.sqlite.SqliteStore;

/**
 * Runs {@link CrashActor} in a child JVM, kills it with SIGKILL at a random moment, and
 * after each kill checks that {@code integrity_check} is ok and that the database holds
 * exactly the actions the child reported done — plus, at most, the one it had begun.
 * Used by KillDuringWritesTest (20 kills) and the crash benchmark (200).
 */
public final class CrashHarness {

    /** What the runs did; {@code failures} is empty when every kill left the database as reported. */
    public record Result(int kills, int actionsAcknowledged, int inFlightCommitted, int inFlightLost,
                         Map<String, Integer> actionsByKind, List<String> failures, long millis) {
    }

    /** The state the harness can predict from the child's reports: notes by id, link ends by id, the text's hash. */
    private static final class State {
        final Map<String, String> notes;
        final Map<String, List<String>> links;
        String textSha;

        State(Map<String, String> notes, Map<String, List<String>> links, String textSha) {
            this.notes = notes;
            this.links = links;
            this.textSha = textSha;
        }

        State copy() {
            return new State(new HashMap<>(notes), new HashMap<>(links), textSha);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof State s && notes.equals(s.notes) && links.equals(s.links) && textSha.equals(s.textSha);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notes, links, textSha);
        }

        @Override
        public String toString() {
            return notes.size() + " annotations " + notes + ", " + links.size() + " links, text " + textSha;
        }
    }

    private CrashHarness() {
    }

    public static Result run(Path dir, int kills, long seed) throws Exception {
        long started = System.nanoTime();
        Path db = java.nio.file.Files.createDirectories(dir).resolve("crash.db");
        Random random = new Random(seed);
        State model = new State(new HashMap<>(), new HashMap<>(), TextHash.sha256(CrashActor.LONG_TEXT));
        int acknowledged = 0;
        int inFlightCommitted = 0;
        int inFlightLost = 0;
        Map<String, Integer> byKind = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < kills && failures.isEmpty(); round++) {
            int killAfter = 1 + random.nextInt(40);
            long extraNanos = random.nextInt(3_000_000);
            List<String> lines = runAndKill(db, seed * 1000 + round, killAfter, extraNanos);
            String pending = null;
            for (String line : lines) {
                if (line.startsWith("begin ")) {
                    pending = line.substring(6);
                } else if (line.startsWith("done ")) {
                    apply(model, pending, line.substring(5));
                    byKind.merge(pending.split(" ")[0], 1, Integer::sum);
                    acknowledged++;
                    pending = null;
                }
            }
            try (SqliteStore store = SqliteStore.open(db)) {
                String integrity = store.integrityCheck();
                State actual = read(store);
                if (!"ok".equals(integrity)) {
                    failures.add("round " + round + ": integrity_check says " + integrity);
                } else if (actual.equals(model)) {
                    if (pending != null) {
                        inFlightLost++;
                    }
                } else if (pending != null && matchesInFlight(model, pending, actual)) {
                    inFlightCommitted++;
                    model = actual;
                } else {
                    failures.add("round " + round + ": the database differs from the reported actions"
                            + " (in flight: " + pending + ")\n expected " + model + "\n actual   " + actual);
                }
            }
        }
        return new Result(kills, acknowledged, inFlightCommitted, inFlightLost, byKind, failures,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Starts the child, waits for {@code killAfter} done actions plus a moment, kills it; every line it wrote. */
    private static List<String> runAndKill(Path db, long seed, int killAfter, long extraNanos) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashActor.class.getName(), db.toString(), Long.toString(seed))
                .redirectError(ProcessBuilder.Redirect.appendTo(db.resolveSibling("child-stderr.log").toFile())).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            int done = 0;
            String line;
            while (done < killAfter && (line = out.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("done ")) {
                    done++;
                }
            }
            LockSupport.parkNanos(extraNanos); // lands the kill anywhere, often inside a transaction
            // SIGKILL on Linux and macOS: no shutdown hooks, no flush. Through the handle, which (unlike
            // Process.destroyForcibly) leaves the pipe open, so lines written before death can still be read.
            child.toHandle().destroyForcibly();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the child did not die");
            }
            while ((line = out.readLine()) != null) {
                lines.add(line); // reported before it died: these count too
            }
        } catch (IOException e) {
            child.destroyForcibly();
            throw e;
        }
        if (lines.stream().noneMatch(l -> l.startsWith("done "))) {
            throw new IllegalStateException("the child made no progress: " + lines + "; its errors are in "
                    + db.resolveSibling("child-stderr.log"));
        }
        return lines;
    }

    private static void apply(State model, String begun, String done) {
        String[] b = begun.split(" ");
        String[] d = done.split(" ");
        switch (b[0]) {
            case "create" -> model.notes.put(d[1], "");
            case "edit" -> model.notes.put(b[1], b[2]);
            case "link" -> model.links.put(d[1], List.of(b[1], b[2]));
            case "delete" -> {
                model.notes.remove(b[1]);
                model.links.values().removeIf(ends -> ends.contains(b[1]));
            }
            case "text" -> model.textSha = b[1];
            case "import" -> {
                for (String id : b[1].split(",")) {
                    model.notes.put(id, "imported");
                }
            }
            default -> throw new IllegalStateException("unknown action " + begun);
        }
    }

    /** Whether {@code actual} is {@code model} with the begun action applied (its new id unknown). */
    private static boolean matchesInFlight(State model, String begun, State actual) {
        String[] b = begun.split(" ");
        State expected = model.copy();
        switch (b[0]) {
            case "create" -> {
                List<String> added = new ArrayList<>(actual.notes.keySet());
                added.removeAll(model.notes.keySet());
                if (added.size() != 1) {
                    return false;
                }
                expected.notes.put(added.get(0), "");
            }
            case "link" -> {
                List<String> added = new ArrayList<>(actual.links.keySet());
                added.removeAll(model.links.keySet());
                if (added.size() != 1) {
                    return false;
                }
                expected.links.put(added.get(0), List.of(b[1], b[2]));
            }
            case "edit" -> expected.notes.put(b[1], b[2]);
            case "delete" -> {
                expected.notes.remove(b[1]);
                expected.links.values().removeIf(ends -> ends.contains(b[1]));
            }
            case "text" -> expected.textSha = b[1];
            case "import" -> {
                for (String id : b[1].split(",")) {
                    expected.notes.put(id, "imported");
                }
            }
            default -> {
                return false;
            }
        }
        return expected.equals(actual);
    }

    private static State read(SqliteStore store) {
        Map<String, String> notes = new HashMap<>();
        for (Annotation a : store.annotations().all()) {
            notes.put(a.id(), a.note());
        }
        Map<String, List<String>> links = new HashMap<>();
        for (AnnotationLink l : store.annotations().allLinks()) {
            links.put(l.id(), List.of(l.fromId(), l.toId()));
        }
        String sha = store.articles().summaries().stream().filter(a -> a.title().equals(CrashActor.TITLE))
                .findFirst().flatMap(a -> store.articles().find(a.id())).map(a -> a.sha256())
                .orElse(TextHash.sha256(CrashActor.LONG_TEXT));
        return new State(notes, links, Objects.requireNonNull(sha));
    }
}
