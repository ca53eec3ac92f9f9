package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.glossator.domain.Annotation;
import org.glossator.ui.reader.ReaderPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Issue 14's whole loop through the Classroom menu: the teacher makes a pack with a reference,
 * a student opens it in a second database, annotates and hands in; the teacher collects three
 * hand-ins (two made here with the services) and opens the heatmap, the comparison and the
 * agreement chart.
 */
class ClassroomMenusTest extends ClassroomGuiTestBase {

    @Test
    void teacherAndStudentRunAReadingSessionThroughTheMenus() throws Exception {
        Path handIns = Files.createDirectories(dir.resolve("hand-ins"));

        // The teacher marks a reference on the first article and makes the pack.
        launch();
        Path teacherPack = createPackThroughMenus();
        Path studentPack = dir.resolve("week3.students.glossa");

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
        String collected = collectThroughMenus(teacherPack, handIns);
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

        // The reference (Tess) on the left, the first student on the right.
        assertThat(compareThroughMenus()).startsWith("1 matched · 1 missed · 1 extra").contains("Anna Berg against Tess");
        assertComparedAt(5, 50, 310);
        ReaderPane compareRight = readerPane("Compare right");
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
