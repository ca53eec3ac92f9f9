package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** Issue 17: File › Open shared store… opens a group's store in a new window and remembers it, never the password. */
class SharedStoreMenuTest extends GuiTestBase {
    private String preferencesText() {
        try {
            return Files.exists(preferences()) ? Files.readString(preferences()) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void aSharedStoreOpensInANewWindowAndIsRememberedWithoutItsPassword() throws Exception {
        launch();
        menu("File", "Open shared store…");
        waitUntil(() -> lookup("#shared-store-dialog").tryQuery().isPresent());
        clickOn("#shared-host").write("db.example.org");
        clickOn("#shared-database").write("seminar");
        clickOn("Open");
        waitUntil(() -> !lookup("#shared-problem").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#shared-problem").queryAs(Label.class).getText()).contains("user name");
        assertThat(storeWindows.opened).isEmpty();

        clickOn("#shared-user").write("ada");
        clickOn("#shared-password").write("s3cret");
        clickOn("Open");
        waitUntil(() -> storeWindows.opened.size() == 1);
        assertThat(storeWindows.opened.get(0))
                .isEqualTo(new RecordingStoreWindows.Opened("postgresql://db.example.org:5432/seminar?user=ada", "s3cret"));
        waitUntil(() -> lookup("Opening ada @ seminar on db.example.org").tryQuery().isPresent());
        clickOn("OK");
        waitUntil(() -> preferencesText().contains("shared.recent"));
        assertThat(preferencesText()).contains("db.example.org").doesNotContain("s3cret");

        menu("File", "Recent shared stores");
        clickOn("ada @ seminar on db.example.org");
        waitUntil(() -> storeWindows.opened.size() == 2);
        assertThat(storeWindows.opened.get(1).password()).isEmpty();
    }
}
