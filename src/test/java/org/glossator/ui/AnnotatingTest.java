package org.glossator.ui;

import org.glossator.ui.common.Settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.Verdict;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.ui.model.Side;
import org.junit.jupiter.api.Test;

/** The annotating workflow, driven through the real window with keys and clicks. */
class AnnotatingTest extends GuiTestBase {

    private void openBoth() throws Exception {
        launch();
        long first = fx(() -> corpusTable().getItems().get(0).id());
        long second = fx(() -> corpusTable().getItems().get(1).id());
        interact(() -> {
            window().openIn(right(), second);
            window().openIn(left(), first);
        });
        waitUntil(() -> left().article().isPresent() && right().article().isPresent());
    }

    private List<Annotation> annotations(ReaderPane pane) {
        return fx(() -> shownAnnotations(pane));
    }

    private List<Annotation> storedAnnotations() {
        try (SqliteStore store = SqliteStore.open(database())) {
            return store.annotations().all();
        }
    }

    private List<AnnotationLink> storedLinks() {
        try (SqliteStore store = SqliteStore.open(database())) {
            return store.annotations().allLinks();
        }
    }

    private int indexOf(ReaderPane pane, String needle) {
        int i = fx(() -> pane.textArea().getText().indexOf(needle));
        assertThat(i).as("'" + needle + "' in the article").isNotNegative();
        return i;
    }

    private String paneText(ReaderPane pane) {
        return fx(() -> pane.textArea().getText());
    }

    @Test
    void theFirstAnnotationAsksForTheAnnotatorsNameOnceAndKeepsIt() throws Exception {
        Files.delete(preferences());
        openBoth();
        int start = indexOf(left(), " ") + 1;
        interact(() -> {
            left().textArea().requestFocus();
            left().textArea().selectRange(start, start + 15);
        });
        type(KeyCode.DIGIT1);
        waitUntil(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        clickOn(".dialog-pane .text-field").write("Rosa Díaz");
        clickOn("OK");
        waitUntil(() -> storedAnnotations().size() == 1);
        assertThat(storedAnnotations().get(0).creator()).isEqualTo("Rosa Díaz");
        waitUntil(() -> Files.exists(preferences())
                && Settings.load(preferences()).get("annotator").orElse("").equals("Rosa Díaz"));

        selectAndPress(left(), start + 40, start + 60, KeyCode.DIGIT2); // no second question
        assertThat(storedAnnotations()).extracting(Annotation::creator).containsOnly("Rosa Díaz");
    }

    @Test
    void keyOneMarksTheSelectionAsADubiousClaimSavedAtOnce() throws Exception {
        openBoth();
        String text = paneText(left());
        int start = text.indexOf(' ', 200) + 1;
        int end = text.indexOf(' ', start + 40);
        selectAndPress(left(), start, end, KeyCode.DIGIT1);

        List<Annotation> stored = storedAnnotations();
        assertThat(stored).hasSize(1);
        Annotation a = stored.get(0);
        assertThat(a.typeKey()).isEqualTo("claim");
        assertThat(a.target().exact()).isEqualTo(text.substring(start, end));
        assertThat(a.creator()).isEqualTo("Tess");
        assertThat(a.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(fx(() -> left().stylesAt(start + 1))).contains("hl-bg-claim", "hl-selected");
        assertThat(fx(() -> left().stylesAt(end + 2))).doesNotContain("hl-bg-claim");
        ListView<?> list = lookup("#annotation-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
    }

    @Test
    void theReadersContextMenuMarksTheSelection() throws Exception {
        openBoth();
        String text = paneText(right());
        int start = text.indexOf(' ', 50) + 1;
        interact(() -> {
            right().textArea().requestFocus();
            right().textArea().selectRange(start, start + 18);
        });
        contextClick(right().textArea());
        clickOn("Mark as Source   (3)");
        waitUntil(() -> annotations(right()).size() == 1);
        assertThat(storedAnnotations().get(0).typeKey()).isEqualTo("source");
        assertThat(storedAnnotations().get(0).target().exact()).isEqualTo(text.substring(start, start + 18));
    }

    @Test
    void nestedSpansKeepBothHighlightsVisible() throws Exception {
        openBoth();
        String text = paneText(left());
        int start = text.indexOf(' ', 300) + 1;
        selectAndPress(left(), start, start + 80, KeyCode.DIGIT1);
        selectAndPress(left(), start + 20, start + 40, KeyCode.DIGIT2);

        assertThat(fx(() -> left().stylesAt(start + 25))).contains("hl-bg-quote", "hl-ul-claim");
        assertThat(fx(() -> left().stylesAt(start + 5))).contains("hl-bg-claim").doesNotContain("hl-bg-quote");
        assertThat(fx(() -> left().stylesAt(start + 60))).contains("hl-bg-claim");
        assertThat(storedAnnotations()).extracting(Annotation::typeKey).containsExactlyInAnyOrder("claim", "quote");
    }

    @Test
    void clickingAHighlightSelectsItAndHoverShowsTypeAndNote() throws Exception {
        openBoth();
        String text = paneText(left());
        int start = text.indexOf(' ', 150) + 1;
        selectAndPress(left(), start, start + 30, KeyCode.DIGIT3);
        interact(() -> left().select(null));
        Bounds bounds = fx(() -> left().textArea().getCharacterBoundsOnScreen(start + 3, start + 4).orElseThrow());
        Point2D point = new Point2D(bounds.getCenterX(), bounds.getCenterY());
        clickOn(point);
        String id = annotations(left()).get(0).id();
        waitUntil(() -> id.equals(left().selectedId()));
        assertThat(lookup("#editor-citation").tryQuery()).isPresent();

        moveTo(new Point2D(point.getX() + 2, point.getY()));
        waitUntil(() -> left().hoverText() != null && left().hoverText().contains("Source"));
    }

    @Test
    void editorChangesEveryFieldAndEachChangeIsStored() throws Exception {
        openBoth();
        int start = indexOf(left(), " ") + 1;
        selectAndPress(left(), start, start + 25, KeyCode.DIGIT1);
        clickOn("#editor-note").write("No source is given for this.");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> storedAnnotations().get(0).note().equals("No source is given for this."));
        clickOn("#editor-tags").write("licence, numbers").type(KeyCode.ENTER);
        waitUntil(() -> storedAnnotations().get(0).tags().equals(List.of("licence", "numbers")));
        interact(() -> lookup("#editor-verdict").queryAs(ComboBox.class).getSelectionModel()
                .select(Verdict.FALSE));
        waitUntil(() -> storedAnnotations().get(0).verdict() == Verdict.FALSE);
        clickOn("#editor-evidence").write("The licence text itself").type(KeyCode.ENTER);
        waitUntil(() -> "The licence text itself".equals(storedAnnotations().get(0).evidence()));

        Annotation saved = storedAnnotations().get(0);
        assertThat(saved.modified()).isAfterOrEqualTo(saved.created());
        assertThat(saved.creator()).isEqualTo("Tess");
    }

    @Test
    void aLongTagDoesNotSqueezeTheAnnotatorFilterBesideIt() throws Exception {
        openBoth();
        int start = indexOf(left(), " ") + 1;
        selectAndPress(left(), start, start + 25, KeyCode.DIGIT1);
        clickOn("#editor-tags").write("open-source-definition-controversy").type(KeyCode.ENTER);
        waitUntil(() -> storedAnnotations().get(0).tags().size() == 1);
        waitUntil(() -> fx(() -> lookup("#filter-tag").queryAs(ComboBox.class).getItems().size()) == 2); // "All" and the tag
        double tag = fx(() -> lookup("#filter-tag").queryAs(ComboBox.class).getWidth());
        double annotator = fx(() -> lookup("#filter-annotator").queryAs(ComboBox.class).getWidth());
        assertThat(Math.abs(tag - annotator)).as("Tag %s px, Annotator %s px", tag, annotator).isLessThan(2.0);
    }

    @Test
    void deleteUndoAndRedoCoverCreateEditAndDelete() throws Exception {
        openBoth();
        int start = indexOf(left(), " ") + 1;
        selectAndPress(left(), start, start + 30, KeyCode.DIGIT2);
        String id = storedAnnotations().get(0).id();
        clickOn("#editor-speaker").write("an unnamed spokesperson").type(KeyCode.ENTER);
        waitUntil(() -> "an unnamed spokesperson".equals(storedAnnotations().get(0).speaker()));

        interact(() -> left().textArea().requestFocus());
        type(KeyCode.DELETE);
        waitUntil(() -> storedAnnotations().isEmpty());
        assertThat(annotations(left())).isEmpty();

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> storedAnnotations().size() == 1);
        assertThat(storedAnnotations().get(0).id()).isEqualTo(id);
        assertThat(storedAnnotations().get(0).speaker()).isEqualTo("an unnamed spokesperson");
        waitUntil(() -> annotations(left()).size() == 1);

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL); // undo the edit
        waitUntil(() -> storedAnnotations().get(0).speaker() == null);
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL); // undo the create
        waitUntil(() -> storedAnnotations().isEmpty());

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> storedAnnotations().size() == 1);
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> "an unnamed spokesperson".equals(storedAnnotations().get(0).speaker()));
        waitUntil(() -> fx(() -> left().stylesAt(start + 2)).contains("hl-bg-quote"));
    }

    @Test
    void linksJoinPassagesAcrossPanesAndSelectingOneJumpsTheOtherPane() throws Exception {
        openBoth();
        int claimStart = indexOf(left(), " ") + 1;
        selectAndPress(left(), claimStart, claimStart + 30, KeyCode.DIGIT1);
        String rightText = paneText(right());
        int sourceStart = rightText.length() - 200;
        selectAndPress(right(), sourceStart, sourceStart + 40, KeyCode.DIGIT3);
        String sourceId = annotations(right()).get(0).id();
        String claimId = annotations(left()).get(0).id();

        interact(() -> app.session().select(Side.LEFT, claimId, false));
        interact(() -> left().textArea().requestFocus());
        type(KeyCode.L);
        // The relation dialog suggests "supported by" for a claim and a source; Enter accepts it.
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        type(KeyCode.ENTER);
        waitUntil(() -> storedLinks().size() == 1);
        AnnotationLink link = storedLinks().get(0);
        assertThat(link.relation()).isEqualTo(LinkRelation.SUPPORTED_BY);
        assertThat(link.fromId()).isEqualTo(claimId);
        assertThat(link.toId()).isEqualTo(sourceId);

        interact(() -> {
            right().select(null);
            right().textArea().moveTo(0);
        });
        interact(() -> app.session().select(Side.LEFT, claimId, true));
        waitUntil(() -> sourceId.equals(right().selectedId()));
        int caret = fx(() -> right().textArea().getCaretPosition());
        assertThat(caret).isEqualTo(sourceStart);
        waitUntil(() -> lookup(".link-row").tryQuery().isPresent());
    }

    @Test
    void panelFiltersByTypeAndTextAndKeysStepThroughAnnotations() throws Exception {
        openBoth();
        String text = paneText(left());
        int a = text.indexOf(' ', 100) + 1;
        int b = text.indexOf(' ', 400) + 1;
        int c = text.indexOf(' ', 700) + 1;
        selectAndPress(left(), a, a + 20, KeyCode.DIGIT1);
        selectAndPress(left(), b, b + 20, KeyCode.DIGIT2);
        selectAndPress(left(), c, c + 20, KeyCode.DIGIT2);
        ListView<?> list = lookup("#annotation-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(3);

        interact(() -> lookup("#filter-type").queryAs(ComboBox.class).getSelectionModel().select("Quote"));
        waitUntil(() -> list.getItems().size() == 2);
        interact(() -> lookup("#filter-type").queryAs(ComboBox.class).getSelectionModel().select("All"));
        waitUntil(() -> list.getItems().size() == 3);
        clickOn("#filter-text").write(text.substring(c, c + 12));
        waitUntil(() -> list.getItems().size() == 1);
        clickOn("#filter-text").eraseText(12);
        waitUntil(() -> list.getItems().size() == 3);

        interact(() -> {
            left().select(null);
            left().textArea().requestFocus();
            left().textArea().deselect();
        });
        type(KeyCode.N);
        String first = annotations(left()).get(0).id();
        waitUntil(() -> first.equals(left().selectedId()));
        type(KeyCode.N);
        String second = annotations(left()).get(1).id();
        waitUntil(() -> second.equals(left().selectedId()));
        type(KeyCode.P);
        waitUntil(() -> first.equals(left().selectedId()));
        // With no text selected, a number key changes the selected annotation's type.
        type(KeyCode.DIGIT3);
        waitUntil(() -> storedAnnotations().stream().anyMatch(x -> x.id().equals(first) && x.typeKey().equals("source")));
    }

    @Test
    void aUserDefinedTypeGetsTheNextKeyAToolbarButtonAndItsOwnColour() throws Exception {
        try (SqliteStore store = SqliteStore.open(database())) {
            // The database exists before the first start, so the app does not add the samples itself.
            new org.glossator.workspace.SampleCorpus(store).addSamples();
            store.scheme().save(new org.glossator.domain.AnnotationType("loaded-language", "Loaded language",
                    "#CC79A7", 3, org.glossator.domain.TypeKind.GENERIC, false));
        }
        openBoth();
        assertThat(lookup("#mark-loaded-language").queryButton().getText()).contains("Loaded language", "[4]");
        int start = indexOf(left(), " ") + 1;
        selectAndPress(left(), start, start + 12, KeyCode.DIGIT4);
        assertThat(storedAnnotations().get(0).typeKey()).isEqualTo("loaded-language");
        assertThat(fx(() -> left().stylesAt(start + 3))).contains("hl-bg-loaded-language");
        List<String> generated = fx(() -> window().stage().getScene().getStylesheets().stream()
                .filter(css -> css.startsWith("data:text/css;base64,"))
                .map(css -> new String(java.util.Base64.getDecoder().decode(css.substring(css.indexOf(',') + 1))))
                .toList());
        assertThat(generated).anySatisfy(css -> assertThat(css).contains(".hl-bg-loaded-language")
                .contains("204,121,167"));
    }

    @Test
    void everythingIsThereAfterARestart() throws Exception {
        openBoth();
        int start = indexOf(left(), " ") + 1;
        selectAndPress(left(), start, start + 30, KeyCode.DIGIT1);
        clickOn("#editor-note").write("check this");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> "check this".equals(storedAnnotations().get(0).note()));
        restart();
        waitUntil(() -> left().article().isPresent() && annotations(left()).size() == 1);
        assertThat(annotations(left()).get(0).note()).isEqualTo("check this");
        assertThat(fx(() -> left().stylesAt(start + 2))).contains("hl-bg-claim");
        Optional<String> corpusNotes = fx(() -> corpusTable().getItems().stream()
                .filter(s -> s.annotationCount() == 1).map(s -> s.title()).findFirst());
        assertThat(corpusNotes).isPresent();
    }
}
