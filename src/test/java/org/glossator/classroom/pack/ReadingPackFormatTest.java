package org.glossator.classroom.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.glossator.classroom.ClassroomFixtures;
import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingPackFormatTest {
    @TempDir
    Path dir;

    private ReadingPack pack() {
        return ClassroomFixtures.pack(List.of(ClassroomFixtures.tides(), ClassroomFixtures.bees()));
    }

    /** The entries of a pack this program writes, in order, to be altered by a test. */
    private Map<String, byte[]> entriesOf(ReadingPack pack) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackWriter().write(pack, out);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static ObjectNode manifest(Map<String, byte[]> entries) throws IOException {
        return (ObjectNode) PackJson.MAPPER.readTree(entries.get("manifest.json"));
    }

    private static void putManifest(Map<String, byte[]> entries, ObjectNode manifest) throws IOException {
        entries.put("manifest.json", PackJson.MAPPER.writeValueAsBytes(manifest));
    }

    private String refusal(Path file, PackLimits limits) {
        try {
            new PackReader(limits).read(file);
        } catch (PackException e) {
            return e.getMessage();
        }
        throw new AssertionError("the pack was accepted: " + file);
    }

    private String refusal(Path file) {
        return refusal(file, PackLimits.DEFAULT);
    }

    @Test
    void writtenPackReadsBackWithEverything() throws Exception {
        var tides = ClassroomFixtures.tides();
        var formatted = new org.glossator.domain.ArticleDraft(tides.title(), tides.author(), tides.published(),
                tides.sourceUrl(), tides.fileName(), tides.text(), List.of(new StyleSpan(0, 39, TextStyle.TITLE)));
        ReadingPack pack = new ReadingPack(ReadingPack.newPackId(), "Harbours", "# Read\n\n*carefully*",
                List.of("Q1?", "Q2?"), java.time.LocalDate.parse("2026-12-24"),
                java.time.Instant.parse("2026-11-20T09:00:00Z"), org.glossator.domain.DefaultScheme.types(),
                List.of(org.glossator.domain.Verdict.FALSE, org.glossator.domain.Verdict.ACCURATE),
                List.of(formatted, ClassroomFixtures.bees()),
                "{\"type\":\"AnnotationCollection\"}".getBytes(StandardCharsets.UTF_8), "Ms Reed");
        Path file = dir.resolve("harbours.glossa");
        new PackWriter().write(pack, file);

        ReadingPack read = new PackReader().read(file);

        assertThat(read.packId()).isEqualTo(pack.packId());
        assertThat(read.title()).isEqualTo("Harbours");
        assertThat(read.instructions()).isEqualTo("# Read\n\n*carefully*");
        assertThat(read.questions()).containsExactly("Q1?", "Q2?");
        assertThat(read.due()).hasToString("2026-12-24");
        assertThat(read.created()).isEqualTo(pack.created());
        assertThat(read.types()).extracting(t -> t.key() + t.color() + t.kind())
                .containsExactlyElementsOf(pack.types().stream().map(t -> t.key() + t.color() + t.kind()).toList());
        assertThat(read.verdicts()).containsExactly(org.glossator.domain.Verdict.FALSE,
                org.glossator.domain.Verdict.ACCURATE);
        assertThat(read.articles()).hasSize(2);
        assertThat(read.articles().get(0).text()).isEqualTo(ClassroomFixtures.TIDES_TEXT);
        assertThat(read.articles().get(0).formatting()).containsExactly(new StyleSpan(0, 39, TextStyle.TITLE));
        assertThat(read.articles().get(1).sourceUrl()).isEqualTo("https://example.org/bees");
        assertThat(new String(read.reference(), StandardCharsets.UTF_8)).contains("AnnotationCollection");
        assertThat(read.referenceAnnotator()).isEqualTo("Ms Reed");
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void manifestListsTheHashOfEveryEntry() throws Exception {
        Map<String, byte[]> entries = entriesOf(pack());
        ObjectNode hashes = (ObjectNode) manifest(entries).get("sha256");
        assertThat(entries.keySet()).first().isEqualTo("manifest.json");
        for (String name : entries.keySet()) {
            if (!name.equals("manifest.json")) {
                assertThat(hashes.get(name).asText()).as(name).isEqualTo(Digests.sha256(entries.get(name)));
            }
        }
        assertThat(hashes.size()).isEqualTo(entries.size() - 1);
    }

    @Test
    void refusesAnEntryThatClimbsOutOfThePack() throws Exception {
        Map<String, byte[]> entries = entriesOf(pack());
        entries.put("articles/../../evil.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip("climb.glossa", entries))).contains("climb.glossa").contains("outside the pack (../)");
    }

    @Test
    void refusesAbsolutePathsAndBackslashes() throws Exception {
        Map<String, byte[]> entries = entriesOf(pack());
        entries.put("/etc/evil.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip("abs.glossa", entries))).contains("absolute path");

        Map<String, byte[]> windows = entriesOf(pack());
        windows.put("C:/evil.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip("drive.glossa", windows))).contains("absolute path");

        Map<String, byte[]> backslash = entriesOf(pack());
        backslash.put("articles\\..\\evil.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip("backslash.glossa", backslash))).contains("backslash");
    }

    @Test
    void refusesSymbolicLinkEntries() throws Exception {
        Path file = dir.resolve("link.glossa");
        try (OutputStream out = Files.newOutputStream(file);
             ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entriesOf(pack()).entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
            ZipArchiveEntry link = new ZipArchiveEntry("articles/link.json");
            link.setUnixMode(0120777); // S_IFLNK | rwxrwxrwx
            zip.putArchiveEntry(link);
            zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        assertThat(refusal(file)).contains("\"articles/link.json\" is a symbolic link");
    }

    @Test
    void refusesAZipBombByTheBytesActuallyInflated() throws Exception {
        Map<String, byte[]> entries = entriesOf(pack());
        entries.put("articles/900.json", new byte[3 << 20]); // 3 MB of zeros deflate to a few KB
        Path bomb = zip("bomb.glossa", entries);
        assertThat(Files.size(bomb)).isLessThan(100_000);
        String reason = refusal(bomb, new PackLimits(10 << 20, 1 << 20, 50 << 20, 100));
        assertThat(reason).contains("\"articles/900.json\" inflates to more than the entry limit");
    }

    @Test
    void aHeaderThatUnderstatesTheSizeDoesNotHelp() throws Exception {
        Map<String, byte[]> entries = entriesOf(pack());
        entries.put("articles/900.json", new byte[3 << 20]);
        Path file = zip("liar.glossa", entries);
        byte[] bytes = Files.readAllBytes(file);
        int patched = 0;
        // Central directory headers (PK\1\2): uncompressed size at offset 24. Claim 10 bytes everywhere.
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                bytes[i + 24] = 10;
                bytes[i + 25] = 0;
                bytes[i + 26] = 0;
                bytes[i + 27] = 0;
                patched++;
            }
        }
        assertThat(patched).isEqualTo(entries.size());
        Files.write(file, bytes);
        String reason = refusal(file, new PackLimits(10 << 20, 1 << 20, 50 << 20, 100));
        assertThat(reason).contains("\"articles/900.json\" inflates to more than the entry limit");
    }

    @Test
    void refusesWhenTheTotalInflatedSizeIsTooLarge() throws Exception {
        Map<String, byte[]> entries = entriesOf(pack());
        long total = entries.values().stream().mapToLong(b -> b.length).sum();
        assertThat(refusal(zip("big.glossa", entries), new PackLimits(10 << 20, 1 << 20, total - 1, 100)))
                .contains("total limit");
    }

    @Test
    void refusesTooManyEntries() throws Exception {
        Map<String, byte[]> entries = entriesOf(pack());
        assertThat(refusal(zip("many.glossa", entries), new PackLimits(10 << 20, 1 << 20, 50 << 20, 3)))
                .contains("more than 3 entries");
    }

    @Test
    void refusesAnEntryWhoseHashDoesNotMatch() throws Exception {
        Map<String, byte[]> entries = entriesOf(pack());
        byte[] article = entries.get("articles/001.json");
        String changed = new String(article, StandardCharsets.UTF_8).replace("nine in ten", "ten in ten");
        entries.put("articles/001.json", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip("changed.glossa", entries)))
                .contains("\"articles/001.json\" does not match its SHA-256");
    }

    @Test
    void refusesAnEntryTheManifestDoesNotList() throws Exception {
        Map<String, byte[]> entries = entriesOf(pack());
        entries.put("extra.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip("extra.glossa", entries))).contains("\"extra.json\" is not listed in the manifest");
    }

    @Test
    void refusesAListedEntryThatIsMissing() throws Exception {
        Map<String, byte[]> entries = entriesOf(pack());
        entries.remove("articles/002.json");
        assertThat(refusal(zip("missing.glossa", entries))).contains("lists \"articles/002.json\"");
    }

    @Test
    void refusesManifestsThatAreNotValid() throws Exception {
        Map<String, byte[]> noManifest = entriesOf(pack());
        noManifest.remove("manifest.json");
        assertThat(refusal(zip("none.glossa", noManifest))).contains("there is no manifest.json");

        Map<String, byte[]> broken = entriesOf(pack());
        broken.put("manifest.json", "{\"format\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip("broken.glossa", broken))).contains("manifest.json is not valid JSON");

        Map<String, byte[]> duplicate = entriesOf(pack());
        duplicate.put("manifest.json", "{\"format\":\"a\",\"format\":\"b\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(zip("dup.glossa", duplicate))).contains("not valid JSON");

        Map<String, byte[]> other = entriesOf(pack());
        ObjectNode m = manifest(other);
        m.put("format", "something-else");
        putManifest(other, m);
        assertThat(refusal(zip("other.glossa", other))).contains("does not describe a reading pack");

        Map<String, byte[]> newer = entriesOf(pack());
        ObjectNode n = manifest(newer);
        n.put("formatVersion", 99);
        putManifest(newer, n);
        assertThat(refusal(zip("newer.glossa", newer))).contains("newer Glossator");

        Map<String, byte[]> noId = entriesOf(pack());
        ObjectNode i = manifest(noId);
        i.put("packId", "not-a-uuid");
        putManifest(noId, i);
        assertThat(refusal(zip("noid.glossa", noId))).contains("\"packId\" must be a urn:uuid");

        Map<String, byte[]> badDue = entriesOf(pack());
        ObjectNode d = manifest(badDue);
        d.put("due", "next friday");
        putManifest(badDue, d);
        assertThat(refusal(zip("due.glossa", badDue))).contains("\"due\" must be a date");
    }

    @Test
    void refusesAnArticleWhoseTextDoesNotMatchItsDeclaredHash() throws Exception {
        Map<String, byte[]> entries = entriesOf(pack());
        ObjectNode m = manifest(entries);
        ((ObjectNode) m.get("articles").get(0)).put("textSha256", "0".repeat(64));
        putManifest(entries, m);
        assertThat(refusal(zip("text.glossa", entries))).contains("does not match its textSha256");
    }

    @Test
    void refusesAFileThatIsNotAZip() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.glossa"), "just some text, not a zip");
        assertThat(refusal(file)).contains("plain.glossa").contains("not a readable reading pack");
        assertThatThrownBy(() -> new PackReader().read(dir.resolve("absent.glossa")))
                .isInstanceOf(PackException.class).hasMessageContaining("no such file");
    }
}
