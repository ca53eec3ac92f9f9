package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.ingest.ImportFixtures.write;

import java.nio.file.Path;

import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextRepair;
import org.glossator.domain.TextRepair.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing files saved with mojibake: the draft is repaired, the repairs counted, the original kept. */
class RepairOnImportTest {
    private static final String TITLE = "The Harbour\u2019s New Lights";
    private static final String BODY = "The council\u2019s plan \u2014 \u201cbrighter, cheaper\u201d \u2014 cost "
            + "\u20ac2\u00a0million.\n\nCaf\u00e9 owners on the quay weren\u2019t asked, said Zo\u00eb M\u00fcller.";
    private static final String FILE = TITLE + "\n\n" + BODY + "\n";

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void textDumpReadAsMacRomanIsRepairedAndTheOriginalKept() throws ImportRejectedException {
        ArticleDraft draft = importer.read(write(dir, "dump.txt", Mojibake.asMacRoman(FILE)));

        assertThat(draft.title()).isEqualTo(TITLE);
        assertThat(draft.text()).isEqualTo(BODY.replace("\n\n", "\n"));
        assertThat(draft.provenance().repairs()).containsExactly(new TextRepair(Kind.UTF8_AS_MAC_ROMAN, 12));
        assertThat(draft.provenance().notice()).isEqualTo("Repaired 12 broken characters (UTF-8 read as Mac Roman)");
        assertThat(draft.provenance().originalText()).contains("council‚Äôs").contains("‚Äî");
    }

    @Test
    void markdownReadAsWindows1252IsRepaired() throws ImportRejectedException {
        ArticleDraft draft = importer.read(write(dir, "post.md", Mojibake.asWindows1252("# " + FILE)));

        assertThat(draft.title()).isEqualTo(TITLE);
        assertThat(draft.text()).isEqualTo(BODY.replace("\n\n", "\n"));
        assertThat(draft.provenance().repairs()).containsExactly(new TextRepair(Kind.UTF8_AS_WINDOWS_1252, 12));
        assertThat(draft.provenance().originalText()).contains("councilâ€™s");
    }

    @Test
    void doubleEncodedHtmlIsRepaired() throws ImportRejectedException {
        String page = "<html><head><title>" + TITLE + "</title></head><body><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></body></html>";

        ArticleDraft draft = importer.read(write(dir, "page.html",
                Mojibake.asWindows1252(Mojibake.asWindows1252(page))));

        assertThat(draft.title()).isEqualTo(TITLE);
        assertThat(draft.text()).isEqualTo(BODY.replace("\n\n", "\n"));
        assertThat(draft.provenance().repairs()).extracting(TextRepair::kind)
                .containsExactly(Kind.UTF8_AS_WINDOWS_1252_TWICE);
    }

    @Test
    void c1ControlsInAUtf8FileAreMapped() throws ImportRejectedException {
        ArticleDraft draft = importer.read(write(dir, "c1.txt", "It\u0092s the \u0093best\u0094 plan\u0085"));

        assertThat(draft.text()).isEqualTo("It\u2019s the \u201cbest\u201d plan\u2026");
        assertThat(draft.provenance().repairs()).containsExactly(new TextRepair(Kind.C1_CONTROLS_MAPPED, 4));
    }

    @Test
    void correctFileIsNotTouched() throws ImportRejectedException {
        ArticleDraft draft = importer.read(write(dir, "fine.txt", FILE));

        assertThat(draft.text()).isEqualTo(BODY.replace("\n\n", "\n"));
        assertThat(draft.provenance().repairs()).isEmpty();
        assertThat(draft.provenance().originalText()).isNull();
        assertThat(draft.provenance().notice()).isEmpty();
    }
}
