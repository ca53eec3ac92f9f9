package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;

/** Issue 15 in the window: backups restored through the menu, a newer database opened read only. */
class YourDataTest extends GuiTestBase {

    private int storedAnnotations() {
        try (SqliteStore store = SqliteStore.open(database())) {
            return store.annotations().count();
        }
    }

    @Test
    void aBackupIsRestoredThroughTheFileMenuAfterAConfirmation() throws Exception {
        launch();
        menu("File", "Back up now");
        waitUntil(() -> fx(() -> lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .startsWith("Backed up to"));
        long id = fx(() -> corpusTable().getItems().get(0).id());
        openIn(left(), id);
        waitUntil(() -> left().article().isPresent());
        int start = fx(() -> left().textArea().getText().indexOf(' ', 30)) + 1;
        selectAndPress(left(), start, start + 20, KeyCode.DIGIT1);
        assertThat(storedAnnotations()).isEqualTo(1);

        menu("File", "Restore from backup…");
        waitUntil(() -> lookup("#backup-table").tryQuery().isPresent());
        TableView<?> table = lookup("#backup-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        clickOn(lookup("#backup-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        clickOn("Restore…");
        waitUntil(() -> lookup(".dialog-pane .button").match((javafx.scene.control.Button b) ->
                b.getText().equals("Restore")).tryQuery().isPresent());
        clickOn(lookup(".dialog-pane .button").match((javafx.scene.control.Button b) ->
                b.getText().equals("Restore")).queryAs(javafx.scene.control.Button.class));
        waitUntil(() -> lookup(".dialog-pane .header-panel .label").tryQuery()
                .map(n -> ((Label) n).getText().equals("Backup restored")).orElse(false));
        clickOn("OK");
        assertThat(storedAnnotations()).isZero();
        waitUntil(() -> left().article().isEmpty());
        waitUntil(() -> corpusTable().getItems().stream().allMatch(a -> a.annotationCount() == 0));
        // What was there before the restore is itself a backup now.
        try (var files = Files.list(dir.resolve("gui.backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void aDatabaseFromANewerGlossatorOpensReadOnlyWithABannerAndRefusesEdits() throws Exception {
        try (SqliteStore store = SqliteStore.open(database())) {
            assertThat(store.articles().count()).isZero();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO article(title, text, sha256, word_count, imported_at) "
                    + "VALUES ('Kept as it is', 'A short text that nobody may change here.', 'x', 8, '2026-01-01T00:00:00Z')");
            st.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(database());
        launch();
        waitUntil(() -> lookup("#read-only-banner").tryQuery().isPresent());
        assertThat(lookup("#read-only-banner").queryAs(Label.class).getText()).startsWith("Read only:");
        assertThat(lookup("#mark-" + org.glossator.domain.AnnotationType.CLAIM).queryButton().isDisabled()).isTrue();
        long id = fx(() -> corpusTable().getItems().get(0).id());
        openIn(left(), id);
        waitUntil(() -> left().article().isPresent());
        interact(() -> {
            left().textArea().requestFocus();
            left().textArea().selectRange(2, 12);
        });
        type(KeyCode.DIGIT1);
        waitUntil(() -> lookup(".dialog-pane .header-panel .label").tryQuery()
                .map(n -> ((Label) n).getText().equals("This database is read only")).orElse(false));
        clickOn("OK");
        stopApp();
        assertThat(Files.readAllBytes(database())).isEqualTo(before);
    }

    @Test
    void anUnexpectedErrorIsShownInPlainWordsWithTheLogAndCopyableDetails() throws Exception {
        launch();
        Thread worker = new Thread(() -> {
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
        }, "some-worker");
        worker.start();
        worker.join();
        waitUntil(() -> lookup("#copy-details").tryQuery().isPresent());
        String message = lookup("#error-message").queryAs(Label.class).getText();
        assertThat(message).startsWith("Something went wrong inside Glossator").doesNotContain("String.length");
        assertThat(lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t.startsWith("The log is ") && t.contains("logs"));
        clickOn("#copy-details");
        String details = fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(details).contains("NullPointerException").contains("at org.glossator.ui.YourDataTest");
        clickOn("OK");
    }
}
