package org.glossator.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.glossator.exchange.ParserFuzzing.Outcome;
import org.glossator.exchange.ParserFuzzing.Parser;

/**
 * A few hundred generated inputs per parser on every build (10,000 each in the fuzz
 * benchmark): accepted whole or refused readably, within the time bound, nothing partial.
 */
class ParserFuzzTest {
    private static final int TRIES = 200;
    private static ParserFuzzing fuzzing;
    private static final Map<Parser, int[]> OUTCOMES = new EnumMap<>(Parser.class);

    @BeforeContainer
    static void start() throws Exception {
        fuzzing = new ParserFuzzing(Files.createTempDirectory("glossator-fuzz"));
    }

    @AfterContainer
    static void stop() {
        fuzzing.close();
        System.out.println("fuzz outcomes [accepted, refused]: " + OUTCOMES.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]).toList());
        // Both outcomes must occur for the generated inputs to prove anything.
        OUTCOMES.forEach((parser, counts) -> assertThat(counts[1]).as(parser + " refusals").isPositive());
    }

    private static void check(Parser parser, byte[] input) throws Exception {
        Outcome outcome = fuzzing.check(parser, input);
        OUTCOMES.computeIfAbsent(parser, p -> new int[2])[outcome == Outcome.ACCEPTED ? 0 : 1]++;
    }

    /** Found by the fuzz benchmark: Jackson's "Unexpected end-of-input in null" reached the message. */
    @Example
    void aTruncatedTokenIsRefusedWithoutJacksonInternals() throws Exception {
        check(Parser.W3C_JSON, java.util.Base64.getDecoder().decode("Tew="));
        check(Parser.W3C_JSON, "[{\"id\": nu".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Property(tries = TRIES)
    void plainText(@ForAll("txt") byte[] input) throws Exception {
        check(Parser.TXT, input);
    }

    @Property(tries = TRIES)
    void markdown(@ForAll("md") byte[] input) throws Exception {
        check(Parser.MARKDOWN, input);
    }

    @Property(tries = TRIES)
    void html(@ForAll("html") byte[] input) throws Exception {
        check(Parser.HTML, input);
    }

    @Property(tries = TRIES)
    void w3cJson(@ForAll("w3c") byte[] input) throws Exception {
        check(Parser.W3C_JSON, input);
    }

    @Property(tries = TRIES)
    void hypothesisJson(@ForAll("hypothesis") byte[] input) throws Exception {
        check(Parser.HYPOTHESIS_JSON, input);
    }

    @Property(tries = TRIES)
    void settingsFiles(@ForAll("settings") byte[] input) throws Exception {
        check(Parser.SETTINGS, input);
    }

    @Property(tries = TRIES)
    void readingPacks(@ForAll("pack") byte[] input) throws Exception {
        check(Parser.READING_PACK, input);
    }

    @Provide
    Arbitrary<byte[]> pack() {
        return fuzzing.inputs(Parser.READING_PACK);
    }

    @Provide
    Arbitrary<byte[]> txt() {
        return fuzzing.inputs(Parser.TXT);
    }

    @Provide
    Arbitrary<byte[]> md() {
        return fuzzing.inputs(Parser.MARKDOWN);
    }

    @Provide
    Arbitrary<byte[]> html() {
        return fuzzing.inputs(Parser.HTML);
    }

    @Provide
    Arbitrary<byte[]> w3c() {
        return fuzzing.inputs(Parser.W3C_JSON);
    }

    @Provide
    Arbitrary<byte[]> hypothesis() {
        return fuzzing.inputs(Parser.HYPOTHESIS_JSON);
    }

    @Provide
    Arbitrary<byte[]> settings() {
        return fuzzing.inputs(Parser.SETTINGS);
    }
}
