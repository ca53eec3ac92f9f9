package org.glossator.ui;

import org.glossator.ui.main.MainWindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleSummary;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.workspace.About;
import org.glossator.workspace.BackupService;
import org.glossator.workspace.ErrorLog;
import org.junit.jupiter.api.Test;

class MainWindowTest extends GuiTestBase {

    private void openViaContextMenu(int row, String item) {
        contextClick(rowOf(fx(() -> corpusTable().getItems().get(row).id())));
        clickOn(item);
    }

    private Article stored(long id) {
        try (SqliteStore store = SqliteStore.open(database())) {
            return store.articles().find(id).orElseThrow();
        }
    }

    /** Help › About Glossator: the version and where the database, its backups and the log are, selectable. */
    @Test
    void aboutNamesTheVersionTheDatabaseItsBackupsAndTheLog() throws Exception {
        launch();
        menu("Help", "About Glossator");
        waitUntil(() -> lookup("#about-details").tryQuery().isPresent());
        String details = fx(() -> lookup("#about-details").queryAs(TextArea.class).getText());
        assertThat(details).startsWith(About.VERSION).contains("Database: " + database())
                .contains("Backups: " + BackupService.folderFor(database()))
                .contains("Log: " + ErrorLog.logFile()).contains("Java ");
        assertThat(fx(() -> lookup("#about-details").queryAs(TextArea.class).isEditable())).isFalse();
    }

    /** Before, "Ctrl+Shift+E   Ctrl+Sh..." in Help › Keyboard shortcuts: the keys column was cut off. */
    @Test
    void f1ListsTheShortcutsWithNoKeysCutOff() throws Exception {
        launch();
        push(KeyCode.F1);
        waitUntil(() -> lookup(".shortcut-keys").tryQuery().isPresent());
        List<Label> keys = fx(() -> lookup(".shortcut-keys").queryAllAs(Label.class).stream().toList());
        assertThat(keys).hasSizeGreaterThan(10);
        for (Label label : keys) {
            assertThat(fx(() -> label.getWidth() + 0.5 >= label.prefWidth(-1))).as(label.getText()).isTrue();
        }
        assertThat(fx(() -> keys.stream().map(Label::getText).toList())).contains("Ctrl+Shift+E   Ctrl+Shift+I");
    }

    @Test
    void firstStartShowsTheSampleCorpusInAWindowTitledGlossator() throws Exception {
        launch();
        assertThat(window().stage().getTitle()).contains("Glossator");
        assertThat(corpusTable().getItems()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(corpusTable().getItems()).allSatisfy(a -> assertThat(a.wordCount()).isBetween(600, 2000));
        String status = lookup("#status-bar").queryAs(StatusBar.class).getText();
        assertThat(status).contains(database().toString()).contains(corpusTable().getItems().size() + " articles");
    }

    @Test
    void opensOneArticleInEachPaneWithTitleMetadataAndText() throws Exception {
        launch();
        ArticleSummary first = fx(() -> corpusTable().getItems().get(0));
        ArticleSummary second = fx(() -> corpusTable().getItems().get(1));
        openViaContextMenu(0, "Open in left pane");
        openViaContextMenu(1, "Open in right pane");
        waitUntil(() -> left().article().isPresent() && right().article().isPresent());

        assertThat(lookup("#left-title").queryAs(Label.class).getText()).isEqualTo(first.title());
        assertThat(lookup("#right-title").queryAs(Label.class).getText()).isEqualTo(second.title());
        assertThat(fx(() -> left().textArea().getText())).isEqualTo(stored(first.id()).text());
        assertThat(fx(() -> right().textArea().getText())).isEqualTo(stored(second.id()).text());
        assertThat(fx(() -> right().textArea().isEditable())).isFalse();
    }

    @Test
    void doubleClickOpensInTheActivePane() throws Exception {
        launch();
        clickOn("#right-reader");
        ArticleSummary third = fx(() -> corpusTable().getItems().get(2));
        doubleClickOn(rowOf(third.id()));
        waitUntil(() -> right().article().isPresent());
        assertThat(right().article().get().id()).isEqualTo(third.id());
        assertThat(left().article()).isEmpty();
    }

    @Test
    void draggingAnArticleOntoAPaneOpensItThere() throws Exception {
        launch();
        ArticleSummary fourth = fx(() -> corpusTable().getItems().get(3));
        drag(rowOf(fourth.id())).dropTo("#right-reader");
        waitUntil(() -> right().article().isPresent());
        assertThat(right().article().get().id()).isEqualTo(fourth.id());
    }

    @Test
    void filterBoxNarrowsTheCorpusList() throws Exception {
        launch();
        int all = corpusTable().getItems().size();
        String word = fx(() -> corpusTable().getItems().get(0).title().split(" ")[0]);
        clickOn("#corpus-filter").write("weights");
        waitUntil(() -> corpusTable().getItems().size() < all);
        assertThat(corpusTable().getItems()).isNotEmpty()
                .allSatisfy(a -> assertThat((a.title() + " " + a.author()).toLowerCase()).contains("weights"));
        clickOn("#corpus-filter").eraseText(7).write("zzzz-no-such-article");
        waitUntil(() -> corpusTable().getItems().isEmpty());
        assertThat(word).isNotBlank();
        assertThat(fx(() -> lookup("#corpus-placeholder").queryAs(Label.class).getText()))
                .isEqualTo("No articles match the filter.");
    }

    @Test
    void anEmptyCorpusSaysHowToAddArticlesNotThatTheFilterMatchesNothing() throws Exception {
        SqliteStore.open(database()).close(); // an existing database without articles: no samples are added
        launchWithoutArticles();
        waitUntil(() -> lookup("#corpus-placeholder").tryQuery().isPresent());
        assertThat(corpusTable().getItems()).isEmpty();
        assertThat(fx(() -> lookup("#corpus-placeholder").queryAs(Label.class).getText()))
                .startsWith("No articles yet.").contains("Import articles");
    }

    @Test
    void zoomKeysChangeTheReadingSizeOfBothPanes() throws Exception {
        launch();
        openViaContextMenu(0, "Open in left pane");
        waitUntil(() -> left().article().isPresent());
        clickOn("#left-text");
        press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(left().fontSize()).isEqualTo(MainWindow.DEFAULT_FONT_SIZE + 4);
        assertThat(right().fontSize()).isEqualTo(MainWindow.DEFAULT_FONT_SIZE + 4);
        assertThat(left().textArea().getStyle()).contains("font-size: " + (MainWindow.DEFAULT_FONT_SIZE + 4));
        press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(left().fontSize()).isEqualTo(MainWindow.DEFAULT_FONT_SIZE + 2);
        press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(left().fontSize()).isEqualTo(MainWindow.DEFAULT_FONT_SIZE);

        assertThat(window().activePane()).isSameAs(left());
        press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        waitUntil(() -> window().activePane() == right());
        assertThat(fx(() -> right().isActive())).isTrue();
        assertThat(fx(() -> left().isActive())).isFalse();
    }

    @Test
    void layoutOpenArticlesAndZoomAreRestoredAfterRestart() throws Exception {
        launch();
        openViaContextMenu(2, "Open in left pane");
        openViaContextMenu(3, "Open in right pane");
        waitUntil(() -> left().article().isPresent() && right().article().isPresent());
        long leftId = left().article().get().id();
        long rightId = right().article().get().id();
        interact(() -> {
            lookup("#reader-split").queryAs(SplitPane.class).setDividerPositions(0.35);
            window().zoom(+1);
        });
        restart();
        waitUntil(() -> left().article().isPresent() && right().article().isPresent());
        assertThat(left().article().get().id()).isEqualTo(leftId);
        assertThat(right().article().get().id()).isEqualTo(rightId);
        assertThat(left().fontSize()).isEqualTo(MainWindow.DEFAULT_FONT_SIZE + 2);
        double divider = lookup("#reader-split").queryAs(SplitPane.class).getDividerPositions()[0];
        assertThat(divider).isCloseTo(0.35, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void headingsOfMarkdownArticlesAreStyledNotShownAsMarkup() throws Exception {
        launch();
        List<ArticleSummary> items = fx(() -> List.copyOf(corpusTable().getItems()));
        int row = -1;
        for (int i = 0; i < items.size(); i++) {
            if (stored(items.get(i).id()).fileName().endsWith(".md")) {
                row = i;
                break;
            }
        }
        assertThat(row).as("a Markdown article in the sample corpus").isNotNegative();
        openViaContextMenu(row, "Open in left pane");
        waitUntil(() -> left().article().isPresent());
        String text = fx(() -> left().textArea().getText());
        assertThat(text).doesNotContain("**").doesNotContain("## ");
        int headingParagraph = fx(() -> {
            var paragraphs = left().textArea().getParagraphs();
            for (int p = 0; p < paragraphs.size(); p++) {
                if (paragraphs.get(p).getParagraphStyle().contains("heading-2")) {
                    return p;
                }
            }
            return -1;
        });
        assertThat(headingParagraph).isPositive();
    }
}
