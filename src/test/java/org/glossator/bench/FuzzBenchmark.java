package org.glossator.bench;

import java.nio.file.Files;
import java.util.Iterator;
import java.util.Locale;
import org.glossator.exchange.ParserFuzzing;
import org.glossator.exchange.ParserFuzzing.Outcome;
import org.glossator.exchange.ParserFuzzing.Parser;

/**
 * 10,000 jqwik-generated inputs per parser (txt, md, html, W3C JSON, Hypothesis JSON,
 * settings files) through the checks of {@link ParserFuzzing}: accepted whole or refused
 * readably within the time bound, nothing partial. Prints a Markdown table of counts.
 * Usage: {@code FuzzBenchmark [inputs per parser]}.
 */
public final class FuzzBenchmark {
    /** Damaged settings files are logged as warnings; thousands of them would drown the table. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.glossator.ui");

    private FuzzBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        QUIET.setLevel(java.util.logging.Level.SEVERE);
        int perParser = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.out.println("## Fuzzing every parser (" + perParser + " inputs each)");
        System.out.println();
        System.out.println("| parser | inputs | accepted whole | refused with a message | failures | time |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        try (ParserFuzzing fuzzing = new ParserFuzzing(Files.createTempDirectory("glossator-fuzz-bench"))) {
            // A second argument names the parsers to run (e.g. READING_PACK); by default all of them.
            java.util.List<Parser> parsers = args.length > 1
                    ? java.util.Arrays.stream(args[1].split(",")).map(Parser::valueOf).toList()
                    : java.util.List.of(Parser.values());
            for (Parser parser : parsers) {
                long started = System.nanoTime();
                int accepted = 0;
                int refused = 0;
                int failures = 0;
                String firstFailure = null;
                Iterator<byte[]> inputs = fuzzing.inputs(parser).sampleStream().iterator();
                for (int i = 0; i < perParser; i++) {
                    try {
                        if (fuzzing.check(parser, inputs.next()) == Outcome.ACCEPTED) {
                            accepted++;
                        } else {
                            refused++;
                        }
                    } catch (AssertionError e) {
                        failures++;
                        firstFailure = firstFailure == null ? e.getMessage() : firstFailure;
                    }
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f s |%n", parser, perParser, accepted,
                        refused, failures, (System.nanoTime() - started) / 1e9);
                if (firstFailure != null) {
                    System.out.println("First failure: " + firstFailure.substring(0, Math.min(600, firstFailure.length())));
                }
            }
        }
        System.out.println();
    }
}
