package org.glossator.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskStatusTest {
    @Test
    void aMessageThatRepeatsTheTitleIsShownOnce() {
        assertThat(TaskStatus.line("Exporting annotations", "Exporting annotations")).isEqualTo("Exporting annotations");
        assertThat(TaskStatus.line("Importing annotations", "importing annotations ")).isEqualTo("Importing annotations");
    }

    @Test
    void aMessageThatSaysMoreFollowsTheTitleOrReplacesIt() {
        assertThat(TaskStatus.line("Importing articles", "3 of 10 files")).isEqualTo("Importing articles: 3 of 10 files");
        assertThat(TaskStatus.line("Exporting annotations", "Exporting annotations of article 4"))
                .isEqualTo("Exporting annotations of article 4");
    }

    @Test
    void nothingYetShowsTheTitleAlone() {
        assertThat(TaskStatus.line("Backing up", "")).isEqualTo("Backing up");
        assertThat(TaskStatus.line("Backing up", null)).isEqualTo("Backing up");
        assertThat(TaskStatus.line(null, "Export finished")).isEqualTo("Export finished");
    }
}
