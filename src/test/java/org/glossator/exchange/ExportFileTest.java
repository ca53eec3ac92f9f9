package org.glossator.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.exchange.ExchangeFixtures.TEXT;
import static org.glossator.exchange.ExchangeFixtures.article;
import static org.glossator.exchange.ExchangeFixtures.link;
import static org.glossator.exchange.ExchangeFixtures.on;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.glossator.domain.Annotation;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.Progress;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, defects 11 and 12: export files' permissions, the CSV byte order mark, links and modifier columns. */
class ExportFileTest {
    @TempDir
    Path dir;
    SqliteStore store;
    Annotation claim;
    Annotation source;
    Annotation quote;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
        long jobs = article(store, "Jobs", "https://example.org/jobs", TEXT);
        claim = on(store, jobs, "unemployment fell by 40%", "claim");
        source = on(store, jobs, "the statistics office", "source");
        quote = on(store, jobs, "the figures were massaged", "quote").toBuilder().modifiedBy("grace").build();
        store.annotations().saveAll(List.of(claim, source, quote));
        store.annotations().saveLink(link(claim, source, LinkRelation.CONTRADICTED_BY));
        store.annotations().saveLink(link(claim, quote, LinkRelation.RELATED));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void aNewExportFileGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws Exception {
        assumeTrue(posix());
        Path probe = Files.createFile(dir.resolve("probe.txt")); // 0666 less the umask
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe);
        Path json = dir.resolve("a.jsonld");
        Path csv = dir.resolve("a.csv");
        new AnnotationExporter(store).exportTo(json, ExportFormat.W3C_JSON, ExportRequest.all(), Progress.NONE);
        new AnnotationExporter(store).exportTo(csv, ExportFormat.CSV, ExportRequest.all(), Progress.NONE);
        assertThat(Files.getPosixFilePermissions(json)).isEqualTo(expected);
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(expected);
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws Exception {
        assumeTrue(posix());
        Path csv = Files.writeString(dir.resolve("shared.csv"), "old");
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(csv, chosen);
        new AnnotationExporter(store).exportTo(csv, ExportFormat.CSV, ExportRequest.all(), Progress.NONE);
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(chosen);
        assertThat(Files.readString(csv)).startsWith("annotation_id,");
    }

    @Test
    void theExportRequestAsksForAByteOrderMarkForSpreadsheets() throws Exception {
        Path plain = dir.resolve("plain.csv");
        Path excel = dir.resolve("excel.csv");
        AnnotationExporter exporter = new AnnotationExporter(store);
        exporter.exportTo(plain, ExportFormat.CSV, ExportRequest.all(), Progress.NONE);
        exporter.exportTo(excel, ExportFormat.CSV, ExportRequest.all().withByteOrderMark(true), Progress.NONE);
        byte[] bom = Files.readAllBytes(excel);
        assertThat(new byte[] {bom[0], bom[1], bom[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(Files.readAllBytes(plain)[0]).isEqualTo((byte) 'a');
        assertThat(new String(bom, StandardCharsets.UTF_8).substring(1)).isEqualTo(Files.readString(plain));
    }

    @Test
    void csvRowsCarryTheModifierAndTheOutgoingLinks() throws Exception {
        Path csv = dir.resolve("links.csv");
        new AnnotationExporter(store).exportTo(csv, ExportFormat.CSV, ExportRequest.all(), Progress.NONE);
        List<List<String>> rows = CsvExportTest.parse(Files.readString(csv));
        List<String> header = rows.get(0);
        assertThat(header).contains("modified_by", "link_relations", "linked_annotation_ids");
        List<String> claimRow = row(rows, claim.id());
        String relations = claimRow.get(header.indexOf("link_relations"));
        String targets = claimRow.get(header.indexOf("linked_annotation_ids"));
        List<String> rel = List.of(relations.split("; "));
        List<String> ids = List.of(targets.split("; "));
        assertThat(rel).containsExactlyInAnyOrder("contradicted-by", "related");
        assertThat(ids.get(rel.indexOf("contradicted-by"))).isEqualTo(source.id());
        assertThat(ids.get(rel.indexOf("related"))).isEqualTo(quote.id());
        assertThat(row(rows, source.id()).get(header.indexOf("link_relations"))).isEmpty();
        assertThat(row(rows, quote.id()).get(header.indexOf("modified_by"))).isEqualTo("grace");
        assertThat(claimRow.get(header.indexOf("modified_by"))).isEqualTo("alice");
    }

    private static List<String> row(List<List<String>> rows, String id) {
        return rows.stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow();
    }

    @Test
    void w3cCarriesModifiedByAndImportBringsItBack() throws Exception {
        Path json = dir.resolve("m.jsonld");
        new AnnotationExporter(store).exportTo(json, ExportFormat.W3C_JSON, ExportRequest.all().withArticles(true),
                Progress.NONE);
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                json.toFile());
        assertThat(W3cModelValidator.violations(doc)).isEmpty();
        try (SqliteStore fresh = SqliteStore.open(dir.resolve("fresh.db"))) {
            new AnnotationImporter(fresh).importFile(json, ImportOptions.defaults());
            assertThat(fresh.annotations().find(quote.id()).orElseThrow().modifiedBy()).isEqualTo("grace");
            assertThat(fresh.annotations().find(claim.id()).orElseThrow().modifiedBy()).isEqualTo("alice");
        }
    }
}
