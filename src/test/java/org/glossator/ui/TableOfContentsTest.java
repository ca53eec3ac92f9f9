package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glossator.ui.reader.ReaderPane;
import org.junit.jupiter.api.Test;

/** Issue 13: a table of contents from the article's headings takes the reader there. */
class TableOfContentsTest extends GuiTestBase {

    @Test
    void choosingAHeadingInViewContentsScrollsTheReaderToIt() throws Exception {
        launch();
        // A Markdown sample with several headings.
        long withHeadings = fx(() -> corpusTable().getItems().stream()
                .filter(a -> a.title().startsWith("Is Claude Open Source")).findFirst().orElseThrow().id());
        openIn(left(), withHeadings);
        waitUntil(() -> left().article().isPresent());
        List<ReaderPane.Heading> headings = fx(() -> left().headings());
        assertThat(headings).isNotEmpty();
        assertThat(headings).hasSizeGreaterThan(2);
        ReaderPane.Heading last = headings.get(1);
        assertThat(fx(() -> left().textArea().firstVisibleParToAllParIndex())).isLessThan(last.paragraph());

        clickOn("View");
        clickOn("Contents");
        // The submenu's items exist before its popup shows; click the one on screen, moving
        // sideways first as a hand does, so the pointer never crosses the View menu's other
        // submenus (Theme) on the way, which would close this one.
        String label = "    ".repeat(Math.max(0, last.level() - 1)) + last.text();
        java.util.function.Predicate<javafx.scene.Node> shown = n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
        waitUntil(() -> lookup(label).match(shown).tryQuery().isPresent());
        clickOn(lookup(label).match(shown).<javafx.scene.Node>query(), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        waitUntil(() -> left().textArea().firstVisibleParToAllParIndex() == last.paragraph());
        assertThat(fx(() -> left().textArea().getCaretPosition()))
                .isEqualTo(fx(() -> left().textArea().getAbsolutePosition(last.paragraph(), 0)));
    }
}
