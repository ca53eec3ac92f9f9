package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.ingest.ImportFixtures.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.glossator.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which encoding each kind of file is read in, and that the name is recorded with the draft. */
class EncodingDetectionTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String LETTER = "Dear editor,\n\nYour piece on the harbour\u2019s \u201cnew\u201d lights "
            + "was fair, but the caf\u00e9 owners I spoke with didn\u2019t agree. They said the fees rose "
            + "to \u20ac40 \u2014 not \u20ac20 \u2014 and that nobody had asked them.";

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void windows1252TextFileIsDetectedNotRefused() throws ImportRejectedException {
        ArticleDraft draft = importer.read(write(dir, "letter.txt", LETTER.getBytes(WINDOWS_1252)));

        assertThat(draft.text()).contains("harbour\u2019s \u201cnew\u201d").contains("caf\u00e9").contains("\u20ac40");
        assertThat(draft.provenance().encoding()).isEqualTo("windows-1252 (detected)");
        assertThat(draft.provenance().repairs()).isEmpty();
    }

    @Test
    void latin1TextFileIsDetected() throws ImportRejectedException {
        String french = "Le caf\u00e9 \u00e9tait d\u00e9j\u00e0 ferm\u00e9 quand nous sommes arriv\u00e9s "
                + "\u00e0 la gare, apr\u00e8s une journ\u00e9e enti\u00e8re de marche.";

        ArticleDraft draft = importer.read(write(dir, "gare.md", french.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(draft.text()).isEqualTo(french);
        assertThat(draft.provenance().encoding()).isEqualTo("ISO-8859-1 (detected)");
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() throws ImportRejectedException {
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.writeBytes(LETTER.getBytes(StandardCharsets.UTF_8));

        ArticleDraft bom = importer.read(write(dir, "bom.txt", withBom.toByteArray()));
        ArticleDraft plain = importer.read(write(dir, "plain.txt", LETTER.getBytes(StandardCharsets.UTF_8)));

        assertThat(bom.text()).isEqualTo(plain.text()).doesNotContain("\uFEFF");
        assertThat(bom.provenance().encoding()).isEqualTo("UTF-8 with byte order mark");
        assertThat(plain.provenance().encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws ImportRejectedException {
        ByteArrayOutputStream le = new ByteArrayOutputStream();
        le.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        le.writeBytes(LETTER.getBytes(StandardCharsets.UTF_16LE));
        ByteArrayOutputStream be = new ByteArrayOutputStream();
        be.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
        be.writeBytes(LETTER.getBytes(StandardCharsets.UTF_16BE));

        ArticleDraft little = importer.read(write(dir, "le.txt", le.toByteArray()));
        ArticleDraft big = importer.read(write(dir, "be.txt", be.toByteArray()));

        assertThat(little.text()).contains("Your piece on the harbour\u2019s").contains("\u20ac40");
        assertThat(big.text()).isEqualTo(little.text());
        assertThat(little.provenance().encoding()).isEqualTo("UTF-16LE with byte order mark");
        assertThat(big.provenance().encoding()).isEqualTo("UTF-16BE with byte order mark");
    }

    @Test
    void htmlDeclaringWindows1252ButHoldingUtf8IsReadAsUtf8() throws ImportRejectedException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Harbour lights</title></head><body><p>" + LETTER.replace("\n\n", "</p><p>")
                + "</p></body></html>";

        ArticleDraft draft = importer.read(write(dir, "mislabelled.html", page.getBytes(StandardCharsets.UTF_8)));

        assertThat(draft.text()).contains("harbour\u2019s \u201cnew\u201d").doesNotContain("\u00e2\u20ac");
        assertThat(draft.provenance().encoding()).isEqualTo("UTF-8 (the page declares windows-1252)");
        assertThat(draft.provenance().repairs()).isEmpty();
    }

    @Test
    void xmlDeclarationNamesTheEncoding() throws ImportRejectedException {
        String page = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>Prix\u00a0: 12\u00a0\u20ac, \u0153uvre compl\u00e8te.</p></body></html>";

        ArticleDraft draft = importer.read(write(dir, "x.xhtml.html", page.getBytes(Charset.forName("ISO-8859-15"))));

        assertThat(draft.text()).isEqualTo("Prix\u00a0: 12\u00a0\u20ac, \u0153uvre compl\u00e8te.");
        assertThat(draft.provenance().encoding()).isEqualTo("ISO-8859-15 (declared)");
    }

    @Test
    void htmlDeclaringUtf8ButHoldingWindows1252IsDetected() throws ImportRejectedException {
        String page = "<meta charset=utf-8><p>" + LETTER + "</p>";

        ArticleDraft draft = importer.read(write(dir, "liar.html", page.getBytes(WINDOWS_1252)));

        assertThat(draft.text()).contains("didn\u2019t agree");
        assertThat(draft.provenance().encoding()).isEqualTo("windows-1252 (detected; the page declares UTF-8)");
    }
}
