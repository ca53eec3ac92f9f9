package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.glossator.domain.Annotation;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.ui.model.Side;
import org.glossator.ui.reader.ReaderPane;
import org.junit.jupiter.api.Test;

/** Issue 12: the UI defects a first real session found, each driven as a user meets it. */
class TrustDefectsTest extends GuiTestBase {

    private void openBoth() throws Exception {
        launch();
        long first = fx(() -> corpusTable().getItems().get(0).id());
        long second = fx(() -> corpusTable().getItems().get(1).id());
        openIn(right(), second);
        openIn(left(), first);
        waitUntil(() -> left().article().isPresent() && right().article().isPresent());
    }

    private List<Annotation> stored() {
        try (SqliteStore store = SqliteStore.open(database())) {
            return store.annotations().all();
        }
    }

    private int wordAfter(ReaderPane pane, int from) {
        return fx(() -> pane.textArea().getText().indexOf(' ', from)) + 1;
    }

    private String linkClaimToSource() {
        int claim = wordAfter(left(), 10);
        selectAndPress(left(), claim, claim + 30, KeyCode.DIGIT1);
        int source = wordAfter(right(), fx(() -> right().textArea().getLength()) - 300);
        selectAndPress(right(), source, source + 40, KeyCode.DIGIT3);
        String claimId = shownAnnotations(left()).get(0).id();
        interact(() -> app.session().select(Side.LEFT, claimId, false));
        interact(() -> left().textArea().requestFocus());
        type(KeyCode.L);
        waitUntil(() -> lookup(".dialog-pane .combo-box").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<String> relations = lookup(".dialog-pane .combo-box").queryAs(ComboBox.class);
        assertThat(relations.getItems()).contains("supported by", "quoted from")
                .allSatisfy(r -> assertThat(r).doesNotContain("_").isLowerCase());
        type(KeyCode.ENTER);
        waitUntil(() -> !fx(() -> app.session().pane(Side.LEFT).orElseThrow().links()).isEmpty());
        return claimId;
    }

    @Test
    void clickingAHighlightInTheInactivePaneJumpsTheOtherPaneToTheLinkedPassage() throws Exception {
        openBoth();
        String claimId = linkClaimToSource();
        String sourceId = shownAnnotations(right()).get(0).id();
        interact(() -> {
            app.session().clearSelection(Side.RIGHT);
            right().textArea().showParagraphAtTop(0);
        });
        clickOn(right().textArea());
        waitUntil(() -> window().activePane() == right());
        int at = fx(() -> left().findMark(claimId).orElseThrow().start()) + 3;
        Bounds b = fx(() -> left().boundsOnScreen(at, at + 1).orElseThrow());
        clickOn(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()));
        waitUntil(() -> claimId.equals(left().selectedId()));
        waitUntil(() -> sourceId.equals(right().selectedId()));
        assertMarkCentred(right(), sourceId);
    }

    private void assertMarkCentred(ReaderPane pane, String id) {
        waitUntil(() -> fx(() -> {
            int start = pane.findMark(id).orElseThrow().start();
            Bounds mark = pane.boundsOnScreen(start, start + 1).orElse(null);
            Bounds view = pane.textArea().localToScreen(pane.textArea().getLayoutBounds());
            return mark != null && mark.getMinY() > view.getMinY() + view.getHeight() * 0.2
                    && mark.getMaxY() < view.getMaxY() - view.getHeight() * 0.2;
        }));
    }

    @Test
    void aJumpFromTheListCentresThePassageAndFollowingALinkKeepsKeysForTheReader() throws Exception {
        openBoth();
        String claimId = linkClaimToSource();
        String text = fx(() -> left().textArea().getText());
        int late = wordAfter(left(), text.length() - 250);
        selectAndPress(left(), late, late + 25, KeyCode.DIGIT2);
        String lateId = shownAnnotations(left()).stream().filter(a -> a.target().exact().startsWith(text.substring(late, late + 5)))
                .findFirst().orElseThrow().id();
        interact(() -> left().textArea().showParagraphAtTop(0));
        ListView<?> list = lookup("#annotation-list").queryAs(ListView.class);
        interact(() -> app.session().clearSelection(Side.LEFT));
        clickOn(cellOf(lateId));
        waitUntil(() -> lateId.equals(left().selectedId()));
        assertMarkCentred(left(), lateId);

        // Follow the claim's link from the Links list, then press N: the key must reach the reader.
        clickOn(cellOf(claimId));
        waitUntil(() -> lookup(".link-row").tryQuery().isPresent());
        // The links sit under the editor; scroll down to them as the user would.
        interact(() -> lookup("#editor-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        clickOn(".link-row");
        waitUntil(() -> window().activePane() == right());
        type(KeyCode.N);
        assertThat(lookup("#corpus-filter").queryAs(TextField.class).getText()).isEmpty();
        assertThat(list).isNotNull();
    }

    /** The list row that shows an annotation (lookup order is not row order). */
    private javafx.scene.Node cellOf(String annotationId) {
        return lookup("#annotation-list .list-cell").match((javafx.scene.control.ListCell<Annotation> c) ->
                c.getItem() != null && c.getItem().id().equals(annotationId)).query();
    }

    @Test
    void ctrlZInTheNoteAfterCtrlEnterUndoesTheSavedNote() throws Exception {
        openBoth();
        int start = wordAfter(left(), 40);
        selectAndPress(left(), start, start + 20, KeyCode.DIGIT1);
        interact(() -> app.session().select(Side.LEFT, shownAnnotations(left()).get(0).id(), false));
        clickOn("#editor-note").write("Who says so?");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> stored().get(0).note().equals("Who says so?"));
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> stored().get(0).note().isEmpty());
    }

    @Test
    void ctrlTabSwitchesPanesFromTheCorpusFilter() throws Exception {
        openBoth();
        clickOn("#corpus-filter");
        Side before = fx(() -> app.session().active());
        press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        waitUntil(() -> app.session().active() == before.other());
    }

    @Test
    void theHighlightTooltipIsDarkTextOnALightCard() throws Exception {
        openBoth();
        interact(() -> {
            left().hoverTooltip().setText("Dubious claim — unsupported\nA note");
            left().hoverTooltip().show(window().stage(), 100, 100);
        });
        waitUntil(() -> left().hoverTooltip().getSkin() != null);
        Label label = (Label) fx(() -> left().hoverTooltip().getSkin().getNode());
        Color text = (Color) fx(label::getTextFill);
        Color background = (Color) fx(() -> label.getBackground().getFills().get(0).getFill());
        assertThat(Contrast.ratio(text, background)).isGreaterThan(7.0);
        interact(() -> left().hoverTooltip().hide());
    }

    @Test
    void menusOfferMarkAsAndCopyAndShiftLShowsTheLinkInProgress() throws Exception {
        openBoth();
        clickOn("Annotate");
        assertThat(lookup("Mark as Dubious claim   (1)").tryQuery()).isPresent();
        type(KeyCode.ESCAPE);
        int start = wordAfter(left(), 40);
        selectAndPress(left(), start, start + 20, KeyCode.DIGIT1);
        assertThat(lookup("#annotation-count").queryAs(Label.class).getText()).isEqualTo("1 annotation");
        interact(() -> app.session().select(Side.LEFT, shownAnnotations(left()).get(0).id(), false));
        interact(() -> left().textArea().requestFocus());
        press(KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT);
        waitUntil(() -> lookup("#link-banner").queryAs(Label.class).isVisible());
        assertThat(lookup("#link-banner").queryAs(Label.class).getText()).contains("press L").contains("Esc");
        type(KeyCode.ESCAPE);
        waitUntil(() -> !lookup("#link-banner").queryAs(Label.class).isVisible());

        interact(() -> left().textArea().selectRange(start, start + 10));
        contextClick(left().textArea());
        waitUntil(() -> lookup("Copy").tryQuery().isPresent());
        clickOn("Copy");
        String copied = fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied).isEqualTo(fx(() -> left().textArea().getText().substring(start, start + 10)));
    }

    @Test
    void helpAddsTheSampleArticlesBackOnRequest() throws Exception {
        launch();
        int all = fx(() -> corpusTable().getItems().size());
        long gone = fx(() -> corpusTable().getItems().get(0).id());
        try (SqliteStore store = SqliteStore.open(database())) {
            store.articles().delete(gone);
        }
        menu("Help", "Add sample articles");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Added 1 sample article");
        clickOn("OK");
        waitUntil(() -> corpusTable().getItems().size() == all);
    }

    @Test
    void deletingAnArticleDefaultsToCancel() throws Exception {
        openBoth();
        menu("File", "Delete article in active pane…");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        Button cancel = lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Cancel")).query();
        assertThat(cancel.isDefaultButton()).isTrue();
        type(KeyCode.ENTER);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(left().article()).isPresent();
    }

    @Test
    void theTypeEditorKeepsTheSelectionAfterARecolourAndOffersOkabeItoColours() throws Exception {
        launch();
        menu("Edit", "Annotation types…");
        waitUntil(() -> lookup("#scheme-list").tryQuery().isPresent());
        ListView<?> list = lookup("#scheme-list").queryAs(ListView.class);
        clickOn(lookup("#scheme-list .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        Object chosen = fx(() -> list.getSelectionModel().getSelectedItem());
        ColorPicker picker = lookup(".dialog-pane .color-picker").queryAs(ColorPicker.class);
        assertThat(fx(picker::getCustomColors)).contains(Color.web("#E69F00"), Color.web("#56B4E9"));
        interact(() -> {
            picker.setValue(Color.web("#CC79A7"));
            picker.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> {
            try (SqliteStore s = SqliteStore.open(database())) {
                return s.scheme().types().get(1).color().equalsIgnoreCase("#CC79A7");
            }
        });
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 1);
        assertThat(fx(() -> list.getItems().get(1).toString())).isNotEqualTo(chosen.toString());
        assertThat(fx(() -> ((Label) lookup("#scheme-message").query()).getText())).isEmpty();
        List<String> rows = fx(() -> lookup("#scheme-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(c -> c.getText() == null ? "" : c.getText()).toList());
        assertThat(String.join("|", rows)).contains("Claim (verdict and evidence)").doesNotContain("CLAIM");
        clickOn("Close");
    }

    @Test
    void atElevenHundredByRevenHundredTheReadingPanesKeepAReadableWidth() throws Exception {
        openBoth();
        interact(() -> {
            window().stage().setWidth(1100);
            window().stage().setHeight(700);
        });
        waitUntil(() -> window().stage().getWidth() == 1100);
        waitUntil(() -> left().getWidth() >= 280 && right().getWidth() >= 280);
        double before = fx(() -> left().getWidth());
        type(KeyCode.F10); // hide the annotation panel
        waitUntil(() -> left().getWidth() > before + 60);
        type(KeyCode.F10);
        waitUntil(() -> lookup("#annotation-panel").tryQuery().isPresent());
    }

    @Test
    void anotherAnnotatorsAnnotationIsReadOnlyUntilEditAnyway() throws Exception {
        openBoth();
        int start = wordAfter(left(), 40);
        selectAndPress(left(), start, start + 20, KeyCode.DIGIT1);
        String id = shownAnnotations(left()).get(0).id();
        interact(() -> app.session().setAnnotator("Someone Else"));
        interact(() -> {
            app.session().clearSelection(Side.LEFT);
            app.session().select(Side.LEFT, id, false);
        });
        waitUntil(() -> lookup("#edit-anyway").tryQuery().isPresent());
        assertThat(lookup("#editor-note").queryAs(TextArea.class).isEditable()).isFalse();
        clickOn("#edit-anyway");
        waitUntil(() -> lookup("#editor-note").queryAs(TextArea.class).isEditable());
        clickOn("#editor-note").write("checked");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> stored().get(0).note().equals("checked"));
    }
}
