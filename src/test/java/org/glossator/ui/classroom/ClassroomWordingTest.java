package org.glossator.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glossator.classroom.CollectReport;
import org.junit.jupiter.api.Test;

/** The classroom views' plain-language summaries, file names and heat levels (no window needed). */
class ClassroomWordingTest {
    @Test
    void collectSummaryNamesEachRefusedFileWithItsReasonInPlainWords() {
        CollectReport report = new CollectReport("p1",
                List.of(new CollectReport.Collected("Anna Berg", Path.of("a.json"), 3, true, List.of())),
                List.of(new CollectReport.Refused(Path.of("b.json"), CollectReport.Reason.TAMPERED,
                                "b.json: the checksum does not match"),
                        new CollectReport.Refused(Path.of("c.json"), CollectReport.Reason.OTHER_PACK,
                                "c.json: handed in for another pack")));
        String summary = ClassroomUi.collectSummary(report);
        assertThat(summary).contains("Anna Berg: 3 annotations (replaces the earlier hand-in)")
                .contains("b.json — changed after it was handed in.")
                .contains("c.json — handed in for another pack.")
                .doesNotContain("TAMPERED").doesNotContain("OTHER_PACK");
    }

    @Test
    void theStudentsCopyIsNamedAsTheCommandLineNamesIt() {
        assertThat(ClassroomUi.studentsCopy(Path.of("/tmp/week3.glossa")))
                .isEqualTo(Path.of("/tmp/week3.students.glossa"));
        assertThat(ClassroomUi.slug("Week 3: Energy myths!")).isEqualTo("week-3-energy-myths");
        assertThat(ClassroomUi.slug("???")).isEqualTo("reading-pack");
    }

    @Test
    void heatLevelsScaleWithTheClassSize() {
        assertThat(HeatmapWindow.level(0, 30)).isZero();
        assertThat(HeatmapWindow.level(1, 30)).isEqualTo(1);
        assertThat(HeatmapWindow.level(30, 30)).isEqualTo(5);
        assertThat(HeatmapWindow.level(1, 3)).isEqualTo(2);
        assertThat(HeatmapWindow.level(15, 30)).isEqualTo(3);
    }

    @Test
    void instructionsInMarkdownReadAsText() {
        assertThat(ClassroomText.markdown("# Week 3\n\nMark every *dubious* claim.\n\n- one\n- two"))
                .contains("Week 3").contains("Mark every dubious claim.").doesNotContain("*").doesNotContain("#");
        assertThat(ClassroomText.markdown(null)).isEmpty();
    }
}
