package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.domain.Annotation;
import org.glossator.domain.Article;
import org.glossator.domain.AnnotationType;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Issue 14's whole loop through the Classroom menu: the teacher makes a pack with a reference,
 * a student opens it in a second database, annotates and hands in; the teacher collects three
 * hand-ins (two made here with the services) and opens the heatmap, the comparison and the
 * agreement chart.
 */
class ClassroomMenusTest extends GuiTestBase {
    private String databaseName = "teacher.db";

    @Override
    Path database() {
        return dir.resolve(databaseName);
    }

    @Test
    void teacherAndStudentRunAReadingSessionThroughTheMenus() throws Exception {
        Path handIns = Files.createDirectories(dir.resolve("hand-ins"));

        // The teacher marks a reference on the first article and makes the pack.
        launch();
        long teacherArticle = fx(() -> corpusTable().getItems().get(0).id());
        openIn(left(), teacherArticle);
        waitUntil(() -> left().article().isPresent());
        selectAndPress(left(), 0, 12, KeyCode.DIGIT1);
        selectAndPress(left(), 40, 60, KeyCode.DIGIT2);

        menu("Classroom", "Create reading pack…");
        waitUntil(() -> lookup("#pack-title").tryQuery().isPresent());
        clickOn("#pack-title").write("Week 3");
        clickOn("#pack-instructions").write("Mark every *dubious* claim.");
        clickOn("#pack-reference");
        choosers.answer(dir.resolve("week3.glossa"));
        clickOn("#pack-create");
        assertThat(summary()).contains("week3.students.glossa");
        Path teacherPack = dir.resolve("week3.glossa");
        Path studentPack = dir.resolve("week3.students.glossa");
        assertThat(teacherPack).exists();
        assertThat(studentPack).exists();

        // A student opens the students' copy in a database of their own, annotates, hands in.
        switchTo("student.db", "Anna Berg");
        choosers.answer(studentPack);
        menu("Classroom", "Open reading pack…");
        assertThat(summary()).contains("1 article").contains("already there");
        waitUntil(() -> lookup("#pack-instructions-text").tryQuery().isPresent()
                && !lookup("#pack-articles").queryAs(ListView.class).getItems().isEmpty());
        assertThat(lookup("#pack-instructions-text").queryAs(Label.class).getText())
                .isEqualTo("Mark every dubious claim.");
        Node packArticle = lookup("#pack-articles .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                c.getItem() != null).query();
        doubleClickOn(packArticle);
        waitUntil(() -> left().article().isPresent());
        selectAndPress(left(), 0, 12, KeyCode.DIGIT1);      // as the reference
        selectAndPress(left(), 300, 330, KeyCode.DIGIT1);   // not in the reference
        choosers.answer(handIns.resolve("week-3--anna-berg.json"));
        menu("Classroom", "Hand in…");
        assertThat(summary()).contains("2 annotations").contains("Anna Berg");
        assertThat(handIns.resolve("week-3--anna-berg.json")).exists();

        // Two more students, handed in with the services, and a file that is no hand-in.
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = null;
        otherStudent("Ben Cole", studentPack, handIns, true);
        otherStudent("Cleo Diaz", studentPack, handIns, false);
        Files.writeString(handIns.resolve("notes.json"), "{\"what\": \"my own notes\"}");

        // The teacher collects and looks.
        switchTo("teacher.db", "Tess");
        choosers.answer(teacherPack);
        choosers.answer(handIns);
        menu("Classroom", "Collect hand-ins…");
        String collected = summary();
        assertThat(collected).contains("Collected 3 hand-ins, refused 1").contains("Anna Berg: 2 annotations")
                .contains("notes.json — not a hand-in");

        menu("Classroom", "Class heatmap…");
        waitUntil(() -> lookup("#heatmap-summary").tryQuery().map(n -> ((Label) n).getText().contains("3 students"))
                .orElse(false));
        assertThat(lookup("#heatmap-summary").queryAs(Label.class).getText()).contains("at most 3 on one passage");
        ReaderPane heat = readerPane("Heatmap");
        assertThat(fx(() -> heat.stylesAt(5))).contains("hl-bg-heat-5");   // all three students
        assertThat(fx(() -> heat.stylesAt(50))).contains("hl-bg-heat-2");  // one of three
        assertThat(fx(() -> heat.stylesAt(200))).noneMatch(s -> s.startsWith("hl-bg-heat"));
        clickOn("#heatmap-passage"); // the new window takes the focus first
        javafx.geometry.Bounds hot = fx(() -> heat.boundsOnScreen(2, 8).orElseThrow());
        clickOn(new javafx.geometry.Point2D(hot.getCenterX(), hot.getCenterY()));
        ListView<Annotation> notes = lookup("#heatmap-notes").queryAs(ListView.class);
        waitUntil(() -> notes.getItems().size() == 3);
        assertThat(fx(() -> notes.getItems().stream().map(Annotation::creator).sorted().toList()))
                .containsExactly("Anna Berg", "Ben Cole", "Cleo Diaz");
        closeWindowOf("#heatmap-summary");

        menu("Classroom", "Compare two annotators…");
        waitUntil(() -> lookup("#compare-summary").tryQuery().map(n -> ((Label) n).getText().contains("matched"))
                .orElse(false));
        // The reference (Tess) on the left, the first student on the right.
        assertThat(lookup("#compare-summary").queryAs(Label.class).getText())
                .startsWith("1 matched · 1 missed · 1 extra").contains("Anna Berg against Tess");
        ReaderPane compareLeft = readerPane("Compare left");
        ReaderPane compareRight = readerPane("Compare right");
        assertThat(fx(() -> compareLeft.stylesAt(5))).contains("hl-bg-cmp-matched");
        assertThat(fx(() -> compareLeft.stylesAt(50))).contains("hl-bg-cmp-missed");
        assertThat(fx(() -> compareRight.stylesAt(310))).contains("hl-bg-cmp-extra");
        assertThat(fx(() -> compareRight.stylesAt(5))).contains("hl-bg-cmp-matched");
        clickOn("#compare-summary");
        type(KeyCode.N);
        waitUntil(() -> lookup("#compare-step").queryAs(Label.class).getText().startsWith("Difference 1 of 2: missed"));
        type(KeyCode.N);
        waitUntil(() -> lookup("#compare-step").queryAs(Label.class).getText().startsWith("Difference 2 of 2: extra"));
        assertThat(fx(compareRight::selectedId)).isNotNull();
        type(KeyCode.P);
        waitUntil(() -> lookup("#compare-step").queryAs(Label.class).getText().startsWith("Difference 1 of 2"));
        closeWindowOf("#compare-summary");

        menu("Classroom", "Agreement…");
        TableView<?> table = lookup("#agreement-table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        @SuppressWarnings("unchecked")
        BarChart<String, Number> chart = lookup("#agreement-chart-students").queryAs(BarChart.class);
        waitUntil(() -> chart.getData().size() == 2);
        // Tess marked 2; Anna matched 1 of her 2 marks, Ben both, Cleo 1 of 1.
        assertThat(fx(() -> value(chart, "Precision", "Anna Berg"))).isEqualTo(0.5);
        assertThat(fx(() -> value(chart, "Recall", "Anna Berg"))).isEqualTo(0.5);
        assertThat(fx(() -> value(chart, "Precision", "Ben Cole"))).isEqualTo(1.0);
        assertThat(fx(() -> value(chart, "Recall", "Cleo Diaz"))).isEqualTo(0.5);
        assertThat(fx(() -> value(chart, "Precision", "Cleo Diaz"))).isEqualTo(1.0);
        Path csv = dir.resolve("agreement.csv");
        choosers.answer(csv);
        clickOn("#agreement-export");
        assertThat(summary()).contains("agreement.csv");
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("article_id,article,type,student,measure,value,raters,"
                + "units,tokens");
        assertThat(Files.readString(csv)).contains("Anna Berg,precision,0.500000");
    }

    /** Stops the running app and starts another on {@code name} with {@code annotator} as the user. */
    private void switchTo(String name, String annotator) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        databaseName = name;
        Files.writeString(preferences(), "annotator=" + annotator + "\n");
        launch();
    }

    /** A student who opens the pack in a database of their own and hands in, through the services. */
    private void otherStudent(String name, Path pack, Path folder, boolean markQuote) throws Exception {
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
    private String summary() {
        waitUntil(() -> lookup(".dialog-pane .text-area").tryQuery().isPresent());
        String text = fx(() -> {
            javafx.scene.control.DialogPane pane = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
            return pane.getHeaderText() + "\n" + lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText();
        });
        clickOn("OK");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        return text;
    }

    private ReaderPane readerPane(String side) {
        waitUntil(() -> lookup(n -> n instanceof ReaderPane p && p.side().equals(side)).tryQuery().isPresent());
        ReaderPane pane = lookup(n -> n instanceof ReaderPane p && p.side().equals(side)).query();
        waitUntil(() -> pane.article().isPresent());
        return pane;
    }

    private void closeWindowOf(String query) {
        Node node = lookup(query).query();
        interact(() -> ((Stage) node.getScene().getWindow()).close());
    }

    private static double value(BarChart<String, Number> chart, String series, String student) {
        for (XYChart.Series<String, Number> s : chart.getData()) {
            if (s.getName().equals(series)) {
                for (XYChart.Data<String, Number> d : s.getData()) {
                    if (d.getXValue().equals(student)) {
                        return d.getYValue().doubleValue();
                    }
                }
            }
        }
        throw new AssertionError(series + " has no value for " + student);
    }
}
