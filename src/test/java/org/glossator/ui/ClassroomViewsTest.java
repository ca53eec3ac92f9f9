package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.glossator.domain.Annotation;
import org.junit.jupiter.api.Test;

/**
 * The teacher's other classroom views after a collect: Layers per student, Discussion mode and
 * the HTML report. Tess marks a claim (0–12) and a quote (40–60) as the reference; all three
 * students mark the claim, only Anna the quote — so the claim is the passage everyone agrees on
 * and the quote the one they disagree on. One app launch for the three views.
 */
class ClassroomViewsTest extends ClassroomGuiTestBase {
    private static final List<String> STUDENTS = List.of("Anna Berg", "Ben Cole", "Cleo Diaz");

    @Test
    void teacherSeesLayersDiscussionAndReportOfTheCollectedClass() throws Exception {
        launch();
        Path pack = createPackThroughMenus();
        Path handIns = Files.createDirectories(dir.resolve("hand-ins"));
        Path studentPack = dir.resolve("week3.students.glossa");
        otherStudent("Anna Berg", studentPack, handIns, true);
        otherStudent("Ben Cole", studentPack, handIns, false);
        otherStudent("Cleo Diaz", studentPack, handIns, false);
        assertThat(collectThroughMenus(pack, handIns)).contains("Collected 3 hand-ins");
        String claimText = fx(() -> left().article().orElseThrow().text().substring(0, 12));

        // Layers: one check box per layer with its count; every student's annotations listed under their name.
        menu("Classroom", "Layers per student…");
        ListView<Annotation> layers = lookup("#layer-annotations").queryAs(ListView.class);
        waitUntil(() -> layers.getItems().size() == 6);
        assertThat(fx(() -> layers.getItems().stream().map(Annotation::creator).toList()))
                .containsExactly("Anna Berg", "Ben Cole", "Cleo Diaz", "Tess", "Anna Berg", "Tess");
        assertThat(fx(() -> ((CheckBox) lookup("#layer-anna-berg").query()).getText())).isEqualTo("Anna Berg (2)");
        assertThat(fx(() -> ((CheckBox) lookup("#layer-ben-cole").query()).getText())).isEqualTo("Ben Cole (1)");
        for (String student : STUDENTS) {
            assertThat(fx(() -> lookup("#layer-annotations .list-cell").queryAll().stream()
                    .map(n -> (ListCell<?>) n)
                    .filter(c -> c.getItem() instanceof Annotation a && a.creator().equals(student))
                    .allMatch(c -> labelsIn(c).contains(student)))).as(student + "'s badge").isTrue();
        }
        clickOn("#layer-ben-cole");
        waitUntil(() -> layers.getItems().size() == 5);
        assertThat(fx(() -> layers.getItems().stream().map(Annotation::creator).toList())).doesNotContain("Ben Cole");
        closeWindowOf("#layers-window");

        // Discussion: the passage the most students marked first; names only after S.
        menu("Classroom", "Discussion mode");
        waitUntil(() -> lookup("#discussion-rank").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Passage 1 of")).orElse(false));
        assertThat(text("#discussion-excerpt")).contains(claimText);
        assertThat(text("#discussion-count")).startsWith("Marked by 3 students");
        assertThat(notes()).noneMatch(n -> n.contains("Anna Berg"));
        type(KeyCode.S);
        waitUntil(() -> notes().stream().anyMatch(n -> n.startsWith("Anna Berg: ")));
        assertThat(notes()).anyMatch(n -> n.startsWith("Ben Cole: ")).anyMatch(n -> n.startsWith("Cleo Diaz: "));
        type(KeyCode.RIGHT);
        waitUntil(() -> text("#discussion-rank").startsWith("Passage 2 of"));
        assertThat(text("#discussion-count")).startsWith("Marked by 1 student");
        assertThat(notes()).singleElement().asString().startsWith("Anna Berg: ");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#discussion-window").tryQuery().isEmpty());

        // Report: a standalone web page of the article with everyone's marks.
        Path report = dir.resolve("week3-report.html");
        choosers.answer(report);
        menu("Classroom", "Report…");
        assertThat(summary()).contains("Report saved").contains(report.toString());
        String html = Files.readString(report);
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script src").doesNotContain("<link ");
        for (String student : STUDENTS) {
            assertThat(html).contains(student);
        }
    }

    private String text(String query) {
        return fx(() -> lookup(query).queryAs(Label.class).getText());
    }

    private List<String> notes() {
        return fx(() -> lookup("#discussion-notes").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    /** The texts of the labels inside a cell (its badge) and the cell's own text. */
    private static String labelsIn(ListCell<?> cell) {
        StringBuilder all = new StringBuilder(String.valueOf(cell.getText()));
        Node graphic = cell.getGraphic();
        if (graphic instanceof Label l) {
            all.append(' ').append(l.getText());
        } else if (graphic instanceof javafx.scene.Parent p) {
            p.lookupAll(".label").forEach(n -> all.append(' ').append(((Label) n).getText()));
        }
        return all.toString();
    }
}
