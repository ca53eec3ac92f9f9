package org.glossator.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cold start of the desktop app: starts the real app ({@code org.glossator.app.Main}, as
 * {@code java -jar} does, with this classpath) as a child process, headless (Monocle, software
 * rendering), with a fresh home folder, and reads the start-up times the app logs: "first
 * frame shown after N ms" and "corpus list filled after N ms", counted from the child JVM's
 * start. First start: no database yet, so the sample articles are added. Later start: the
 * same database again. Usage: {@code StartupBenchmark [runs]}.
 */
public final class StartupBenchmark {
    private static final Pattern TIME = Pattern.compile("(first frame shown|corpus list filled) after (\\d+) ms");
    private static final long TIMEOUT_SECONDS = 120;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double loadBefore = load();
        long[][] first = new long[runs][];
        long[][] later = new long[runs][];
        for (int r = 0; r < runs; r++) {
            Path home = Files.createTempDirectory("glossator-start-bench");
            try {
                first[r] = start(home);
                later[r] = start(home);
            } finally {
                deleteTree(home);
            }
        }
        System.out.println("## Cold start (StartupBenchmark)");
        System.out.println();
        System.out.printf(Locale.ROOT, "Java %s, %d cores, load average %.1f before and %.1f after (other processes on"
                        + " the machine); headless Monocle, software rendering; median of %d runs, each a fresh JVM.%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadBefore, load(),
                runs);
        System.out.println("| Start | First frame shown | Corpus list filled | Process start to list filled | Target |");
        System.out.println("|---|---:|---:|---:|---:|");
        row("first start (empty home: sample articles added)", first);
        row("later start (the same database)", later);
        System.out.println();
    }

    private static void row(String name, long[][] runs) {
        System.out.printf(Locale.ROOT, "| %s | %d ms | %d ms | %d ms | < 1,500 ms |%n", name, median(runs, 0),
                median(runs, 1), median(runs, 2));
    }

    private static long median(long[][] runs, int column) {
        long[] values = Arrays.stream(runs).mapToLong(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    /** {first frame, corpus list filled} as the app logged them, and the parent's process-start-to-filled. */
    private static long[] start(Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dheadless.geometry=1600x1000-32", "-Duser.home=" + home,
                "-cp", System.getProperty("java.class.path"), "org.glossator.app.Main"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("XDG_") || k.equals("APPDATA"));
        builder.environment().put("HOME", home.toString());
        long t = System.nanoTime();
        Process process = builder.start();
        long[] times = {-1, -1, -1};
        List<String> output = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (times[1] < 0 && (line = in.readLine()) != null) {
                output.add(line);
                Matcher m = TIME.matcher(line);
                if (m.find()) {
                    times[m.group(1).startsWith("first") ? 0 : 1] = Long.parseLong(m.group(2));
                    if (times[1] >= 0) {
                        times[2] = (System.nanoTime() - t) / 1_000_000;
                    }
                }
            }
        } finally {
            process.destroy();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (times[0] < 0 || times[1] < 0) {
            throw new IllegalStateException("the app did not log its start-up times: " + output);
        }
        return times;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
