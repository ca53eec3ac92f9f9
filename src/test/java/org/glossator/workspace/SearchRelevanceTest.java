package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchRelevanceTest {
    @Test
    void relevanceIsAShareOfTheBestHitsScoreFromOneToAHundred() {
        assertThat(SearchService.relevancePercent(4.27e-6, 4.27e-6)).isEqualTo(100);
        assertThat(SearchService.relevancePercent(4.17e-6, 4.27e-6)).isEqualTo(98);
        assertThat(SearchService.relevancePercent(1e-9, 4.27e-6)).isEqualTo(1);
        assertThat(SearchService.relevancePercent(0, 4.27e-6)).isEqualTo(1);
        // No score to go by (every hit 0): all equally relevant.
        assertThat(SearchService.relevancePercent(0, 0)).isEqualTo(100);
    }
}
