package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleSummary;
import org.glossator.domain.TextTarget;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.ui.model.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: another person (a second store on the same database, as another Glossator would
 * be) creates, edits and deletes annotations while the window is open, and edits the one the
 * user is editing.
 */
class GroupEditingTest extends GuiTestBase {
    SqliteStore ben;

    @AfterEach
    void closeBen() {
        if (ben != null) {
            ben.close();
        }
    }

    private long firstArticle() {
        return fx(() -> corpusTable().getItems().stream().mapToLong(ArticleSummary::id).min().orElseThrow());
    }

    private Annotation bens(long article, int start, int end) {
        String text = ben.articles().find(article).orElseThrow().text();
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        return Annotation.builder().id(UUID.randomUUID().toString()).articleId(article).typeKey("claim")
                .target(new TextTarget(start, end, text.substring(start, end), "", "")).creator("Ben")
                .created(now).modified(now).build();
    }

    /** Starts the app with Ben on the same database, opens an article, marks one claim and selects it. */
    private long openWithOneOfMine() throws Exception {
        launch();
        ben = SqliteStore.open(database());
        long article = firstArticle();
        openIn(left(), article);
        waitUntil(() -> left().article().isPresent());
        selectAndPress(left(), 10, 30, KeyCode.DIGIT1);
        String mine = shownAnnotations(left()).get(0).id();
        interact(() -> app.session().select(Side.LEFT, mine, false));
        return article;
    }

    @Test
    void othersChangesAppearWithinASecondWithoutMovingTheSelectionOrTheScroll() throws Exception {
        long article = openWithOneOfMine();
        String mine = shownAnnotations(left()).get(0).id();
        double scroll = fx(() -> left().textArea().getEstimatedScrollY());

        Annotation created = bens(article, 40, 60);
        ben.annotations().save(created);
        waitUntil(() -> shownAnnotations(left()).stream().anyMatch(a -> a.id().equals(created.id())));

        Annotation stored = ben.annotations().find(created.id()).orElseThrow();
        ben.annotations().update(stored.toBuilder().note("Ben's reading").build());
        waitUntil(() -> shownAnnotations(left()).stream()
                .anyMatch(a -> a.id().equals(created.id()) && a.note().equals("Ben's reading")));

        ben.annotations().delete(created.id());
        waitUntil(() -> shownAnnotations(left()).stream().noneMatch(a -> a.id().equals(created.id())));

        assertThat(fx(() -> app.session().selected(Side.LEFT).map(Annotation::id))).contains(mine);
        assertThat(fx(() -> left().textArea().getEstimatedScrollY())).isEqualTo(scroll);
        assertThat(fx(() -> left().stylesAt(45))).noneMatch(s -> s.startsWith("hl-"));
    }

    @Test
    void anEditMeetingSomeoneElsesNewerVersionShowsBothAndKeepsTheChosenOne() throws Exception {
        long article = openWithOneOfMine();
        String id = shownAnnotations(left()).get(0).id();
        clickOn("#editor-note").write("Mine: no source given");

        // Ben saves first, while Tess is still typing.
        Annotation bensCopy = ben.annotations().find(id).orElseThrow();
        ben.annotations().update(bensCopy.toBuilder().note("Ben: the report says otherwise")
                .modifiedBy("Ben").build());
        waitUntil(() -> shownAnnotations(left()).get(0).note().startsWith("Ben"));
        assertThat(fx(() -> lookup("#editor-note").queryTextInputControl().getText()))
                .isEqualTo("Mine: no source given");

        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#edit-conflict").tryQuery().isPresent());
        assertThat(fx(() -> lookup("#conflict-fields .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList()))
                .contains("Ben’s version (saved)", "Note", "Ben: the report says otherwise", "Mine: no source given");
        clickOn("Merge the notes");

        waitUntil(() -> ben.annotations().find(id).orElseThrow().note()
                .equals("Ben: the report says otherwise\n\nTess: Mine: no source given"));
        Annotation merged = ben.annotations().find(id).orElseThrow();
        assertThat(merged.version()).isEqualTo(3);
        assertThat(merged.modifiedBy()).isEqualTo("Tess");
        waitUntil(() -> shownAnnotations(left()).get(0).note().equals(merged.note()));
        waitUntil(() -> lookup("#editor-note").queryTextInputControl().getText().equals(merged.note()));
        // One question only: the dialog taking the focus from the note field is not a second edit.
        assertThat(lookup("#edit-conflict").tryQuery()).isEmpty();

        // Undo (from the reader: in the note field Ctrl+Z undoes typing) takes the merge back to
        // Ben's version, which was stored before it.
        type(KeyCode.ESCAPE);
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> ben.annotations().find(id).orElseThrow().note().equals("Ben: the report says otherwise"));
        List<Annotation> all = ben.annotations().forArticle(article);
        assertThat(all).hasSize(1);
    }
}
