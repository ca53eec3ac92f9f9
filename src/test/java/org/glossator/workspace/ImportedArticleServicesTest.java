package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.glossator.anchoring.Reanchorer;
import org.glossator.domain.Annotation;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDetails;
import org.glossator.domain.DefaultScheme;
import org.glossator.domain.Progress;
import org.glossator.ingest.ClutterProposal;
import org.glossator.ingest.ClutterProposal.Reason;
import org.glossator.ingest.MetadataProposal;
import org.glossator.store.SearchHit.Range;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services behind the repair notice, Restore original text, clutter proposals and the details editor. */
class ImportedArticleServicesTest {
    /** A text dump saved from a news page, in the shape such pages have; every sentence written for this test. */
    private static final String DUMP = """
            Skip to main content
            Open Navigation Menu
            Harbour Business Culture Gear Ideas Science Travel Shop
            Close Alert
            The Quay Lanterns Nobody Asked For
            By Maren Holt
            Mar 4, 2025 7:00 AM
            Save this story
            Photograph: Ilse Brandt/Getty Images
            Last winter the council replaced every lantern on the quay \u2014 its \u201cgreen\u201d plan.

            Fishermen say the new lights are too bright to see the water by.

            Sign up for our daily newsletter
            Harbour Business Culture Gear Ideas Science Travel Shop
            """;

    @TempDir
    Path dir;
    SqliteStore store;
    UndoHistory history;
    ArticleTextEditService textEdits;
    AnnotationService annotations;

    @BeforeEach
    void setUp() {
        store = SqliteStore.open(dir.resolve("s.db"));
        history = new UndoHistory();
        textEdits = new ArticleTextEditService(store, history, new Reanchorer(), Clock.systemUTC());
        annotations = new AnnotationService(store, history, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private long importFile(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        ArticleImportService.Report report = new ArticleImportService(store).importPaths(List.of(file), Progress.NONE);
        return report.outcomes().get(0).articleId();
    }

    private Annotation mark(Article article, String passage) {
        int start = article.text().indexOf(passage);
        return annotations.create(article, start, start + passage.length(), DefaultScheme.types().get(0), "Ada");
    }

    @Test
    void repairNoticeAndRestoreOriginalReanchorAnnotationsAndUndo() throws Exception {
        // No closing double quote: its last UTF-8 byte, 0x9D, is undefined in Java's windows-1252.
        String clean = "Ferry Timetable\n\nThe ferry\u2019s new timetable \u2014 \u2018faster\u2019 \u2014 starts"
                + " in May.\n\nCommuters weren\u2019t asked.\n";
        String damaged = new String(clean.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        Path file = Files.writeString(dir.resolve("ferry.txt"), damaged);
        ArticleImportService.FileOutcome outcome = new ArticleImportService(store)
                .importPaths(List.of(file), Progress.NONE).outcomes().get(0);
        long id = outcome.articleId();
        assertThat(outcome.repairNotice()).isEqualTo("Repaired 6 broken characters (UTF-8 read as Windows-1252)");
        Article repaired = store.articles().find(id).orElseThrow();
        Annotation claim = mark(repaired, "Commuters weren\u2019t asked");
        TextRepairService repairs = new TextRepairService(store, textEdits);

        assertThat(repairs.repairNotice(id)).contains(outcome.repairNotice());
        assertThat(repairs.canRestoreOriginal(id)).isTrue();
        ArticleTextEditService.Outcome restored = repairs.restoreOriginal(id);

        assertThat(restored.article().text()).contains("ferryâ€™s").contains("Commuters werenâ€™t asked");
        Annotation moved = store.annotations().find(claim.id()).orElseThrow();
        assertThat(moved.isOrphan()).isFalse();
        assertThat(moved.target().start()).isEqualTo(restored.article().text().indexOf("Commuters"));
        assertThat(history.nextUndoLabel()).contains(TextRepairService.RESTORE_LABEL);
        assertThat(repairs.canRestoreOriginal(id)).isFalse();

        history.undo();

        assertThat(store.articles().find(id).orElseThrow().text()).isEqualTo(repaired.text());
        assertThat(store.annotations().find(claim.id()).orElseThrow().target()).isEqualTo(claim.target());
    }

    @Test
    void restoreIsRefusedWhenNothingWasRepaired() throws Exception {
        long id = importFile("clean.txt", "Clean piece\n\nNothing broken here at all.\n");
        TextRepairService repairs = new TextRepairService(store, textEdits);

        assertThat(repairs.repairNotice(id)).isEmpty();
        assertThat(repairs.canRestoreOriginal(id)).isFalse();
        assertThatThrownBy(() -> repairs.restoreOriginal(id)).hasMessageContaining("Nothing was repaired");
    }

    @Test
    void proposesClutterLinesWithReasonsAndMetadataFromTheBody() throws Exception {
        long id = importFile("dump.txt", DUMP);
        ClutterService clutter = new ClutterService(store, textEdits);
        String text = store.articles().find(id).orElseThrow().text();

        List<ClutterProposal> proposals = clutter.proposeClutter(id);

        assertThat(proposals).extracting(ClutterProposal::text).contains(
                "Open Navigation Menu", "Harbour Business Culture Gear Ideas Science Travel Shop", "Close Alert",
                "Save this story", "Photograph: Ilse Brandt/Getty Images", "Sign up for our daily newsletter");
        assertThat(proposals).extracting(ClutterProposal::text).noneMatch(t -> t.contains("lantern on the quay")
                || t.contains("too bright") || t.equals("The Quay Lanterns Nobody Asked For"));
        assertThat(proposals).filteredOn(p -> p.text().equals("Save this story"))
                .extracting(ClutterProposal::reason).containsExactly(Reason.SHARE_PROMPT);
        assertThat(proposals).filteredOn(p -> p.text().startsWith("Photograph"))
                .extracting(ClutterProposal::reason).containsExactly(Reason.CREDIT);
        for (ClutterProposal p : proposals) {
            int startChar = text.offsetByCodePoints(0, p.start());
            assertThat(text.substring(startChar, text.offsetByCodePoints(0, p.end()))).isEqualTo(p.text());
        }

        MetadataProposal metadata = clutter.proposeMetadata(id);
        assertThat(metadata.title()).isEqualTo("The Quay Lanterns Nobody Asked For");
        assertThat(metadata.author()).isEqualTo("Maren Holt");
        assertThat(metadata.published()).isEqualTo("2025-03-04");
    }

    @Test
    void acceptedProposalsAreRemovedWithAnnotationsReanchoredAndUndoable() throws Exception {
        long id = importFile("dump.txt", DUMP);
        ClutterService clutter = new ClutterService(store, textEdits);
        Article before = store.articles().find(id).orElseThrow();
        Annotation claim = mark(before, "too bright to see the water by");
        List<ClutterProposal> accepted = clutter.proposeClutter(id).stream()
                .filter(p -> p.reason() != Reason.CREDIT).toList();

        ArticleTextEditService.Outcome outcome = clutter.removeClutter(id, accepted);

        assertThat(outcome.article().text()).doesNotContain("Save this story").doesNotContain("Close Alert")
                .contains("Photograph: Ilse Brandt").contains("Last winter the council");
        Annotation moved = store.annotations().find(claim.id()).orElseThrow();
        assertThat(moved.isOrphan()).isFalse();
        assertThat(moved.target().exact()).isEqualTo("too bright to see the water by");
        assertThat(history.nextUndoLabel()).contains(ClutterService.REMOVE_LABEL);
        assertThatThrownBy(() -> clutter.removeClutter(id, accepted)).hasMessageContaining("changed");

        history.undo();
        assertThat(store.articles().find(id).orElseThrow().text()).isEqualTo(before.text());
    }

    @Test
    void articleDetailsAreEditableWithUndoAndRedo() throws Exception {
        long id = importFile("dump.txt", DUMP);
        ArticleDetailsService details = new ArticleDetailsService(store, history);
        ArticleDetails original = details.details(id);
        ArticleDetails edited = new ArticleDetails("The Quay Lanterns Nobody Asked For", "Maren Holt", "2025-03-04",
                "https://example.org/quay-lanterns", "Saved from the paper's site; menus cut.");

        details.update(id, edited);

        assertThat(details.details(id)).isEqualTo(edited);
        assertThat(store.articles().summaries()).anyMatch(s -> s.title().equals(edited.title()));
        assertThat(history.nextUndoLabel()).contains("Edit article details");
        history.undo();
        assertThat(details.details(id)).isEqualTo(original);
        history.redo();
        assertThat(details.details(id)).isEqualTo(edited);
        assertThatThrownBy(() -> new ArticleDetails(" ", null, null, null, null)).hasMessageContaining("title");
    }

    @Test
    void findInTextCountsCodePointsAndIgnoresCase() {
        String text = "🔦 Lantern, lantern; LANTERNS.";

        assertThat(SearchService.findInText(text, "lantern")).containsExactly(
                new Range(2, 9), new Range(11, 18), new Range(20, 27));
        assertThat(SearchService.findInText(text, "")).isEmpty();
    }
}
