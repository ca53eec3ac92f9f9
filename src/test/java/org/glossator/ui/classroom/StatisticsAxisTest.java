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
}
