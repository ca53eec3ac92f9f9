package org.glossator.exchange;

import org.glossator.domain.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.exchange.ExchangeFixtures.TEXT;
import static org.glossator.exchange.ExchangeFixtures.article;
import static org.glossator.exchange.ExchangeFixtures.on;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.domain.Verdict;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    @TempDir
    Path dir;
    SqliteStore store;
    long jobs;
    Annotation tricky;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
        jobs = article(store, "Jobs, \"facts\" and 🇨🇭", "https://example.org/jobs", TEXT);
        tricky = on(store, jobs, "the figures were massaged", "quote").toBuilder()
                .note("Line one, with comma\r\nline \"two\"\nline three")
                .tags(List.of("économie", "a,b"))
                .verdict(Verdict.FALSE).speaker("critics").attributionGiven(true)
                .anchorState(AnchorState.ORPHANED).creator("Zoë").build();
        store.annotations().saveAll(List.of(tricky, on(store, jobs, "Café owners in Zürich 🇨🇭", "claim")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private byte[] csv(boolean bom) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnotationExporter(store).writeCsv(ExportRequest.all(), out, Progress.NONE, bom);
        return out.toByteArray();
    }

    @Test
    void rowsFollowRfc4180AndReadBackExactly() throws Exception {
        String text = new String(csv(false), StandardCharsets.UTF_8);
        assertThat(text).doesNotStartWith("\uFEFF");
        assertThat(text).startsWith(String.join(",", CsvAnnotationWriter.COLUMNS) + "\r\n");
        assertThat(text).endsWith("\r\n");

        List<List<String>> rows = parse(text);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(CsvAnnotationWriter.COLUMNS);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(CsvAnnotationWriter.COLUMNS.size()));

        List<String> row = rows.stream().filter(r -> r.get(0).equals(tricky.id())).findFirst().orElseThrow();
        assertThat(value(row, "article_id")).isEqualTo(Long.toString(jobs));
        assertThat(value(row, "article_title")).isEqualTo("Jobs, \"facts\" and 🇨🇭");
        assertThat(value(row, "article_source")).isEqualTo("https://example.org/jobs");
        assertThat(value(row, "type")).isEqualTo("quote");
        assertThat(value(row, "quote")).isEqualTo("the figures were massaged");
        assertThat(value(row, "note")).isEqualTo("Line one, with comma\r\nline \"two\"\nline three");
        assertThat(value(row, "verdict")).isEqualTo("false");
        assertThat(value(row, "speaker")).isEqualTo("critics");
        assertThat(value(row, "attribution_given")).isEqualTo("true");
        assertThat(value(row, "evidence")).isEmpty();
        assertThat(value(row, "tags")).isEqualTo("économie; a,b");
        assertThat(value(row, "creator")).isEqualTo("Zoë");
        assertThat(value(row, "created")).isEqualTo("2024-05-02T10:15:30.123456789Z");
        assertThat(value(row, "start")).isEqualTo("81");
        assertThat(value(row, "end")).isEqualTo("106");
        assertThat(value(row, "anchor_state")).isEqualTo("orphaned");

        List<String> emoji = rows.stream().filter(r -> r.get(5).startsWith("Café")).findFirst().orElseThrow();
        assertThat(value(emoji, "quote")).isEqualTo("Café owners in Zürich 🇨🇭");
        // offsets count code points: the flag is two regional indicators, four UTF-16 chars
        assertThat("Café owners in Zürich 🇨🇭".length()).isEqualTo(26);
        assertThat(Integer.parseInt(value(emoji, "end")) - Integer.parseInt(value(emoji, "start"))).isEqualTo(24);
    }

    @Test
    void anExcelByteOrderMarkIsOptional() throws Exception {
        byte[] bytes = csv(true);
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).isEqualTo(new String(csv(false),
                StandardCharsets.UTF_8));
    }

    @Test
    void theAnnotatorFilterAppliesToCsvToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSummary s = new AnnotationExporter(store).writeCsv(ExportRequest.all().onlyAnnotator("Zoë"), out,
                Progress.NONE);
        assertThat(s.annotations()).isEqualTo(1);
        assertThat(parse(out.toString(StandardCharsets.UTF_8))).hasSize(2);
    }

    private static String value(List<String> row, String column) {
        return row.get(CsvAnnotationWriter.COLUMNS.indexOf(column));
    }

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
                char after = text.charAt(i);
                if (after != ',' && after != '\r') {
                    throw new AssertionError("text after a closing quote at " + i);
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (text.charAt(i + 1) != '\n') {
                    throw new AssertionError("bare CR at " + i);
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                if (c == '\n') {
                    throw new AssertionError("bare LF outside quotes at " + i);
                }
                field.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || !field.isEmpty()) {
            throw new AssertionError("last record not terminated by CRLF");
        }
        return rows;
    }
}
