package org.glossator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountsTest {
    @Test
    void countsAreGroupedTheEnglishWayWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Counts.grouped(100_000)).isEqualTo("100,000");
            assertThat(Counts.of(1, "annotation", "annotations")).isEqualTo("1 annotation");
            assertThat(Counts.of(0, "annotation", "annotations")).isEqualTo("0 annotations");
            assertThat(Counts.of(1_234_567, "word", "words")).isEqualTo("1,234,567 words");
        } finally {
            Locale.setDefault(before);
        }
    }
}
