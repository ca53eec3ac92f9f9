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
        assertThat(StatisticsWindow.categoryGap(800, 1)).isEqualTo(728.0);
        assertThat(StatisticsWindow.categoryGap(800, 4)).isEqualTo(128.0);
        assertThat(StatisticsWindow.categoryGap(800, 40)).isEqualTo(10.0); // many annotators: bars narrow, gaps stay
        assertThat(StatisticsWindow.categoryGap(0, 0)).isEqualTo(10.0);
    }
}
