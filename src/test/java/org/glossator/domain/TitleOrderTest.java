package org.glossator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleOrderTest {
    @Test
    void numbersByValueAccentsBesideTheirLettersCaseAndLeadingQuotesIgnored() {
        List<String> titles = new ArrayList<>(List.of("Zeitgeist", "Part 10", "Über alles", "part 2", "Uber alles",
                "Part 1", "“Open” weights", "open data", "Part 02", "Éclair", "Eclair", "10 myths", "9 myths"));
        titles.sort(TitleOrder.TITLES);
        assertThat(titles).containsExactly("9 myths", "10 myths", "Eclair", "Éclair", "open data", "“Open” weights",
                "Part 1", "Part 02", "part 2", "Part 10", "Uber alles", "Über alles", "Zeitgeist");
    }

    @Test
    void sortingSummariesAgreesWithTheComparatorAndKeepsEqualTitlesInIdOrder() {
        List<ArticleSummary> summaries = new ArrayList<>();
        long id = 10;
        for (String title : List.of("b 10", "B 9", "a", "A", "b 10", "à")) {
            summaries.add(new ArticleSummary(id--, title, null, null, 1, 0));
        }
        List<ArticleSummary> sorted = TitleOrder.sorted(summaries);
        List<ArticleSummary> expected = new ArrayList<>(summaries);
        expected.sort(TitleOrder.SUMMARIES);
        assertThat(sorted).containsExactlyElementsOf(expected);
        assertThat(sorted).extracting(ArticleSummary::title).containsExactly("A", "a", "à", "B 9", "b 10", "b 10");
        assertThat(sorted.get(4).id()).isLessThan(sorted.get(5).id());
    }
}
