package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossator.ingest.ImportFixtures.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.glossator.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecodingTest {
    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void stripsUtf8ByteOrderMark() throws ImportRejectedException {
        byte[] text = "First paragraph here.".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.writeBytes(text);

        ArticleDraft draft = importer.read(write(dir, "bom.txt", withBom.toByteArray()));

        assertThat(draft.text()).isEqualTo("First paragraph here.");
        assertThat(draft.text()).doesNotContain("\uFEFF");
    }

    @Test
    void normalisesWindowsAndOldMacLineEndings() throws ImportRejectedException {
        ArticleDraft draft = importer.read(write(dir, "endings.txt",
                "One paragraph.\r\n\r\nTwo paragraph.\r\rThree paragraph.\r\n"));

        assertThat(draft.text()).isEqualTo("One paragraph.\nTwo paragraph.\nThree paragraph.");
    }

    @Test
    void keepsEmojiCombiningMarksAndCurlyQuotesExactly() throws ImportRejectedException {
        // "cafe" + COMBINING ACUTE ACCENT stays decomposed: NFC would make it one char and move every offset.
        String sentence = "Caf\u0065\u0301 “quoted” it’s 🔓 fine 👩🏽‍💻 done.";

        ArticleDraft txt = importer.read(write(dir, "exact.txt", sentence));
        ArticleDraft md = importer.read(write(dir, "exact.md", sentence));
        ArticleDraft html = importer.read(write(dir, "exact.html", "<p>" + sentence + "</p>"));

        assertThat(txt.text()).isEqualTo(sentence);
        assertThat(md.text()).isEqualTo(sentence);
        assertThat(html.text()).isEqualTo(sentence);
    }

    @Test
    void dropsInvisibleControlCharactersButKeepsTabsInCode() throws ImportRejectedException {
        ArticleDraft draft = importer.read(write(dir, "ctrl.md", "Bell\u0007 here.\n\n```\n\tindented\n```\n"));

        assertThat(draft.text()).isEqualTo("Bell here.\n\tindented");
    }

    @Test
    void honoursDeclaredWindows1252WhenBytesAreNotUtf8() throws ImportRejectedException {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head>"
                + "<body><p>Un caf\u00e9 \u201cnoir\u201d, s\u2019il vous pla\u00eet.</p></body></html>";
        byte[] bytes = page.getBytes(Charset.forName("windows-1252"));

        ArticleDraft draft = importer.read(write(dir, "cafe.html", bytes));

        assertThat(draft.text()).isEqualTo("Un caf\u00e9 \u201cnoir\u201d, s\u2019il vous pla\u00eet.");
        assertThat(draft.title()).isEqualTo("Caf\u00e9");
    }

    @Test
    void readsLatin1LabelAsWindows1252LikeBrowsers() throws ImportRejectedException {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "<p>It\u2019s here.</p>";
        byte[] bytes = page.getBytes(Charset.forName("windows-1252"));

        assertThat(importer.read(write(dir, "quote.htm", bytes)).text()).isEqualTo("It\u2019s here.");
    }

    @Test
    void prefersUtf8WhenBytesAreValidUtf8WhateverThePageClaims() throws ImportRejectedException {
        String page = "<meta charset=\"iso-8859-1\"><p>It\u2019s caf\u00e9.</p>";

        ArticleDraft draft = importer.read(write(dir, "mislabelled.html", page));

        assertThat(draft.text()).isEqualTo("It\u2019s caf\u00e9.");
    }

    @Test
    void draftCarriesOnlyTheFileName() throws ImportRejectedException {
        assertThat(importer.read("some/dir\\inner/notes.txt",
                "Text.".getBytes(StandardCharsets.UTF_8)).fileName()).isEqualTo("notes.txt");
        Path nested = dir.resolve("nested");
        nested.toFile().mkdirs();
        assertThat(importer.read(write(nested, "article.md", "Body text.")).fileName()).isEqualTo("article.md");
    }
}
