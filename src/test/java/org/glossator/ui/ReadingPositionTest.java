package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.glossator.domain.ArticleSummary;
import org.glossator.ui.common.Settings;
import org.junit.jupiter.api.Test;

/** An article opens again where the reader left it, also after a crash. */
class ReadingPositionTest extends GuiTestBase {
    @Test
    void reopeningAnArticleReturnsToTheParagraphLastAtTheTop() throws Exception {
        launch();
        StringBuilder md = new StringBuilder("# Sixty Stations\n\n");
        for (int i = 1; i <= 60; i++) {
            md.append("Station ").append(i).append(" of the coastal railway had a pump, a bench and a clock.\n\n");
        }
        Path file = Files.writeString(dir.resolve("stations.md"), md.toString());
        choosers.answer(file);
        menu("File", "Import articles…");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("OK");
        waitUntil(() -> corpusTable().getItems().stream().anyMatch(s -> s.title().equals("Sixty Stations")));
        long id = fx(() -> corpusTable().getItems().stream().filter(s -> s.title().equals("Sixty Stations"))
                .mapToLong(ArticleSummary::id).findFirst().orElseThrow());
        long other = fx(() -> corpusTable().getItems().stream().filter(s -> s.id() != id)
                .mapToLong(ArticleSummary::id).findFirst().orElseThrow());

        openIn(left(), id);
        waitUntil(() -> left().article().map(a -> a.id() == id).orElse(false));
        interact(() -> left().textArea().showParagraphAtTop(30));
        waitUntil(() -> window().settings().get("position." + id).isPresent());
        int remembered = Integer.parseInt(window().settings().get("position." + id).orElseThrow());
        assertThat(remembered).isBetween(28, 32);

        openIn(left(), other);
        waitUntil(() -> left().article().map(a -> a.id() == other).orElse(false));
        openIn(left(), id);
        waitUntil(() -> left().article().map(a -> a.id() == id).orElse(false)
                && fx(() -> left().textArea().firstVisibleParToAllParIndex()) == remembered);
        assertThat(window().settings().get("position." + id)).contains(Integer.toString(remembered));

        // On disk as the reader goes, not only when the window closes: a crash keeps the place.
        Path settingsFile = Settings.fileFor(database());
        waitUntil(() -> {
            Properties saved = onDisk(settingsFile);
            return Long.toString(id).equals(saved.getProperty("open.left"))
                    && Integer.toString(remembered).equals(saved.getProperty("position." + id));
        });
    }

    private static Properties onDisk(Path file) {
        Properties saved = new Properties();
        try (var in = Files.newInputStream(file)) {
            saved.load(in);
        } catch (java.io.IOException notYet) {
            // not written yet
        }
        return saved;
    }
}
