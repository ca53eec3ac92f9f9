package org.glossator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchAndShowCommandsTest {
    private static final String TEXT = "Quayside Lanterns\n\nThe quayside lanterns were replaced last winter"
            + " \u2014 the council\u2019s \u201cgreen\u201d plan.\n\nFishermen call the new lanterns too bright.\n";

    @TempDir
    Path dir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private long articleId;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("cli.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all, path -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    @BeforeEach
    void importDamagedFile() throws Exception {
        // UTF-8 that was read as Mac Roman and saved again as UTF-8.
        String damaged = new String(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
        Path file = Files.writeString(dir.resolve("lanterns.txt"), damaged);
        assertThat(run("import", file.toString())).isZero();
        assertThat(out.toString()).contains("Repaired 4 broken characters (UTF-8 read as Mac Roman)");
        assertThat(run("search", "quayside", "--json")).isZero();
        articleId = new ObjectMapper().readTree(out.toString()).get(0).get("articleId").asLong();
    }

    @Test
    void showPrintsDetailsEncodingRepairsAndTheTextExactlyAsStored() throws Exception {
        assertThat(run("show", String.valueOf(articleId), "--json")).isZero();
        JsonNode shown = new ObjectMapper().readTree(out.toString());

        assertThat(shown.get("title").asText()).isEqualTo("Quayside Lanterns");
        assertThat(shown.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(shown.get("repairs").get(0).get("kind").asText()).isEqualTo("UTF8_AS_MAC_ROMAN");
        assertThat(shown.get("repairs").get(0).get("count").asInt()).isEqualTo(4);
        assertThat(shown.get("text").asText()).isEqualTo("The quayside lanterns were replaced last winter"
                + " \u2014 the council\u2019s \u201cgreen\u201d plan.\nFishermen call the new lanterns too bright.");

        assertThat(run("show", String.valueOf(articleId))).isZero();
        assertThat(out.toString()).contains("Encoding:  UTF-8").contains("Repairs:   Repaired 4 broken characters")
                .endsWith("too bright.\n");
    }

    @Test
    void searchPrintsRankedHitsWithSnippetAndCodePointOffsets() throws Exception {
        assertThat(run("search", "\"new lanterns\"", "--json")).isZero();
        JsonNode hit = new ObjectMapper().readTree(out.toString()).get(0);

        assertThat(hit.get("articleId").asLong()).isEqualTo(articleId);
        assertThat(hit.get("title").asText()).isEqualTo("Quayside Lanterns");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(hit.get("snippet").asText()).contains("new lanterns");
        // The phrase is highlighted as one range; the text has no characters outside the BMP,
        // so its code-point offset is its char offset.
        assertThat(hit.get("matches").get(0).get("start").asInt()).isEqualTo(97);
        assertThat(hit.get("matches").get(0).get("end").asInt()).isEqualTo(97 + "new lanterns".length());

        assertThat(run("search", "lantern*")).isZero();
        assertThat(out.toString()).contains("Quayside Lanterns").contains("[lanterns]").contains(" 100%  ")
                .doesNotContain("0.000");
    }

    @Test
    void filtersAndBadQueriesAreUsageErrorsWithAClearMessage() {
        assertThat(run("search", "lanterns", "--type", "claim")).isZero();
        assertThat(out.toString()).contains("0 articles");

        assertThat(run("search", "\"lanterns")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("quotation mark is not closed").doesNotContain("SQL");

        assertThat(run("search", "lanterns", "--verdict", "maybe")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Unknown verdict 'maybe'");
    }

    @Test
    void showUnknownArticleIsRefused() {
        assertThat(run("show", "9999")).isEqualTo(Cli.SOME_REFUSED);
        assertThat(err.toString()).contains("no article #9999");
    }
}
