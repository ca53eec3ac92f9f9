package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.domain.Article;
import org.glossator.domain.AnnotationType;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.workspace.Workspace;
import org.testfx.api.FxToolkit;

/**
 * What the classroom GUI tests share: the teacher (Tess) makes a pack through the menus with a
 * reference (a claim on 0–12, a quote on 40–60 of the first article), students hand in, the
 * teacher collects through the menus.
 */
abstract class ClassroomGuiTestBase extends GuiTestBase {
    private String databaseName = "teacher.db";

    @Override
    Path database() {
        return dir.resolve(databaseName);
    }

    /** In the running teacher's app: marks the reference and saves week3.glossa; returns its path. */
    Path createPackThroughMenus() {
        markFirstArticle();

        menu("Classroom", "Create reading pack…");
        waitUntil(() -> lookup("#pack-title").tryQuery().isPresent());
        clickOn("#pack-title").write("Week 3");
        clickOn("#pack-instructions").write("Mark every *dubious* claim.");
        clickOn("#pack-reference");
        choosers.answer(dir.resolve("week3.glossa"));
        clickOn("#pack-create");
        assertThat(summary()).contains("week3.students.glossa");
        Path teacherPack = dir.resolve("week3.glossa");
        assertThat(teacherPack).exists();
        assertThat(dir.resolve("week3.students.glossa")).exists();
        return teacherPack;
    }

    /** Opens the corpus's first article in the left pane and marks a claim (0–12) and a quote (40–60); returns its id. */
    long markFirstArticle() {
        long id = fx(() -> corpusTable().getItems().get(0).id());
        openIn(left(), id);
        waitUntil(() -> left().article().map(a -> a.id() == id).orElse(false));
        selectAndPress(left(), 0, 12, KeyCode.DIGIT1);
        selectAndPress(left(), 40, 60, KeyCode.DIGIT2);
        return id;
    }

    /** Classroom › Compare two annotators…, once the comparison is shown; returns its summary line. */
    String compareThroughMenus() {
        menu("Classroom", "Compare two annotators…");
        waitUntil(() -> lookup("#compare-summary").tryQuery().map(n -> ((Label) n).getText().contains("matched"))
                .orElse(false));
        return lookup("#compare-summary").queryAs(Label.class).getText();
    }

    /**
     * The open comparison colours the left reader green at {@code matched} and orange at
     * {@code missed}, the right one blue at {@code extra}.
     */
    void assertComparedAt(int matched, int missed, int extra) {
        ReaderPane compareLeft = readerPane("Compare left");
        ReaderPane compareRight = readerPane("Compare right");
        assertThat(fx(() -> compareLeft.stylesAt(matched))).contains("hl-bg-cmp-matched");
        assertThat(fx(() -> compareLeft.stylesAt(missed))).contains("hl-bg-cmp-missed");
        assertThat(fx(() -> compareRight.stylesAt(extra))).contains("hl-bg-cmp-extra");
    }

    /** Classroom › Collect hand-ins… of {@code folder} for {@code pack}; returns the summary shown. */
    String collectThroughMenus(Path pack, Path folder) {
        choosers.answer(pack);
        choosers.answer(folder);
        menu("Classroom", "Collect hand-ins…");
        return summary();
    }

    /** Stops the running app and starts another on {@code name} with {@code annotator} as the user. */
    void switchTo(String name, String annotator) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        databaseName = name;
        Files.writeString(preferences(), "annotator=" + annotator + "\n");
        launch();
    }

    /** A student who opens the pack in a database of their own and hands in, through the services. */
    void otherStudent(String name, Path pack, Path folder, boolean markQuote) throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve(name.replace(' ', '-') + ".db"))) {
            Workspace workspace = new Workspace(store, Clock.systemUTC());
            ReadingPack read = workspace.classroom().packs().read(pack);
            long id = workspace.classroom().packs().openAsStudent(read).articles().get(0).articleId();
            Article article = workspace.reading().read(id).article();
            List<AnnotationType> types = workspace.scheme().types();
            workspace.annotations().create(article, 0, 12, types.get(0), name);
            if (markQuote) {
                workspace.annotations().create(article, 40, 60, types.get(1), name);
            }
            workspace.classroom().handIns().handIn(read, name, name, folder);
        }
    }

    /** The summary dialog's header and text; closes it. */
    String summary() {
        waitUntil(() -> lookup(".dialog-pane .text-area").tryQuery().isPresent());
        String text = fx(() -> {
            javafx.scene.control.DialogPane pane = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
            return pane.getHeaderText() + "\n" + lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText();
        });
        clickOn("OK");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        return text;
    }

    ReaderPane readerPane(String side) {
        waitUntil(() -> lookup(n -> n instanceof ReaderPane p && p.side().equals(side)).tryQuery().isPresent());
        ReaderPane pane = lookup(n -> n instanceof ReaderPane p && p.side().equals(side)).query();
        waitUntil(() -> pane.article().isPresent());
        return pane;
    }

    void closeWindowOf(String query) {
        Node node = lookup(query).query();
        interact(() -> ((Stage) node.getScene().getWindow()).close());
    }

}
