package org.glossator.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsAxisTest {
    @Test
    void countAxesTickAtRoundNumbersWithAtMostTenTicks() {
        assertThat(List.of(0, 3, 10, 11, 20, 21, 50, 51, 100, 101, 999)).extracting(StatisticsWindow::tickUnit)
                .containsExactly(1, 1, 1, 2, 2, 5, 5, 10, 10, 20, 100);
    }

    @Test
    void barsAreAtMostSeventyTwoPixelsWideWhateverTheNumberOfAnnotators() {
        assertThat(Views.categoryGap(800, 1, 72)).isEqualTo(728.0);
        assertThat(Views.categoryGap(800, 4, 72)).isEqualTo(128.0);
        assertThat(Views.categoryGap(800, 4, 148)).isEqualTo(52.0); // two bars side by side, 4 px apart
        assertThat(Views.categoryGap(800, 40, 72)).isEqualTo(10.0); // many annotators: bars narrow, gaps stay
        assertThat(Views.categoryGap(0, 0, 72)).isEqualTo(10.0);
    }
}
