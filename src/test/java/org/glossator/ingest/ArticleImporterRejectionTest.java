package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossator.ingest.ImportFixtures.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleImporterRejectionTest {
    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void refusesUnsupportedExtensionAndNamesTheSupportedOnes() {
        Path pdf = write(dir, "report.pdf", "just text");

        assertThatThrownBy(() -> importer.read(pdf))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.fileName()).isEqualTo("report.pdf");
                    assertThat(e.reason()).contains(".pdf")
                            .contains(".txt", ".text", ".md", ".markdown", ".html", ".htm");
                    assertThat(e.getMessage()).isEqualTo("report.pdf: " + e.reason());
                });
    }

    @Test
    void refusesFileWithoutExtension() {
        Path noExtension = write(dir, "README", "just text");

        assertThatThrownBy(() -> importer.read(noExtension))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("no extension");
    }

    @Test
    void knowsSupportedExtensionsWhateverTheirCase() {
        assertThat(ArticleImporter.isSupported(Path.of("a.txt"))).isTrue();
        assertThat(ArticleImporter.isSupported(Path.of("dir/a.TEXT"))).isTrue();
        assertThat(ArticleImporter.isSupported(Path.of("a.Md"))).isTrue();
        assertThat(ArticleImporter.isSupported(Path.of("a.markdown"))).isTrue();
        assertThat(ArticleImporter.isSupported(Path.of("a.HTML"))).isTrue();
        assertThat(ArticleImporter.isSupported(Path.of("a.htm"))).isTrue();
        assertThat(ArticleImporter.isSupported(Path.of("a.pdf"))).isFalse();
        assertThat(ArticleImporter.isSupported(Path.of("txt"))).isFalse();
        assertThat(ArticleImporter.isSupported(Path.of("a.txt.zip"))).isFalse();
    }

    @Test
    void refusesEmptyFile() {
        Path empty = write(dir, "empty.txt", "");

        assertThatThrownBy(() -> importer.read(empty))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("empty.txt: the file is empty.");
    }

    @Test
    void refusesFileOfOnlyWhiteSpace() {
        Path blank = write(dir, "blank.md", " \n\t\r\n  \n");

        assertThatThrownBy(() -> importer.read(blank))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void refusesHtmlPageWithoutArticleText() {
        Path page = write(dir, "shell.html", """
                <html><head><title>App</title><script>var text = "lots of script text";</script></head>
                <body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
                <div id="root"></div><footer>© 2025 Someone</footer></body></html>
                """);

        assertThatThrownBy(() -> importer.read(page))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.reason()).contains("no article text"));
    }

    @Test
    void refusesFileOverTwentyMegabytesBeforeReadingIt() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024); // sparse: all NUL bytes, which reading would call binary
        }

        assertThatThrownBy(() -> importer.read(big))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("huge.txt: the file is 21.0 MB; the limit is 20 MB.");
    }

    @Test
    void sizeMessageNeverRoundsDownToTheLimit() {
        byte[] justOver = new byte[(int) ArticleImporter.MAX_BYTES + 1];

        assertThatThrownBy(() -> importer.read("big.txt", justOver))
                .hasMessageContaining("is 20.1 MB; the limit is 20 MB");
    }

    @Test
    void acceptsFileOfExactlyTheLimit() throws ImportRejectedException {
        byte[] atLimit = new byte[(int) ArticleImporter.MAX_BYTES];
        java.util.Arrays.fill(atLimit, (byte) 'a');

        assertThat(importer.read("limit.txt", atLimit).text()).hasSize((int) ArticleImporter.MAX_BYTES);
    }

    @Test
    void refusesPngRenamedToText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path image = write(dir, "photo.txt", png);

        assertThatThrownBy(() -> importer.read(image))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.reason()).contains("binary"));
    }

    @Test
    void refusesTextWithNulBytes() {
        byte[] bytes = "Looks like text\0but is not".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.read("nul.md", bytes)).hasMessageContaining("binary");
    }

    @Test
    void refusesContentFullOfControlCharacters() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'x');
        }

        assertThatThrownBy(() -> importer.read("data.txt", bytes)).hasMessageContaining("binary");
    }

    @Test
    void refusesPdfRenamedToText() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> importer.read("paper.txt", pdf)).hasMessageContaining("binary");
    }

    @Test
    void refusesBytesNoEncodingExplainsNamingTheOffsetOfTheFirstBadByte() {
        // Not UTF-8, and 0x81 is undefined in the only encoding ICU's statistics suggest (windows-1250).
        byte[] bytes = {'o', 'k', (byte) 0xC3, 'x', (byte) 0xF0, (byte) 0x81, 'z'};
        Path file = write(dir, "menu.txt", bytes);

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.reason()).contains("not UTF-8").contains("offset 2").contains("0xC3")
                            .contains("save it again with the UTF-8 encoding");
                    assertThat(e.getMessage()).startsWith("menu.txt: ");
                });
    }

    @Test
    void offsetOfBadByteCountsTheByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k', ' ', (byte) 0xFF};

        assertThatThrownBy(() -> importer.read("bom.txt", bytes)).hasMessageContaining("offset 6");
    }

    @Test
    void refusesTruncatedMultiByteSequenceAtEnd() {
        byte[] bytes = {'a', 'b', (byte) 0xE2, (byte) 0x80};

        assertThatThrownBy(() -> importer.read("cut.txt", bytes)).hasMessageContaining("offset 2");
    }

    @Test
    void refusesMissingFileAndFolder() throws IOException {
        Files.createDirectory(dir.resolve("folder.md"));

        assertThatThrownBy(() -> importer.read(dir.resolve("missing.txt")))
                .hasMessage("missing.txt: the file does not exist.");
        assertThatThrownBy(() -> importer.read(dir.resolve("folder.md")))
                .hasMessageContaining("folder");
    }
}
