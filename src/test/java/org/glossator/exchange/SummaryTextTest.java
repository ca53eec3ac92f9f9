package org.glossator.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTextTest {
    /** Before, "100000 annotations from 100 articles": large numbers were hard to read in dialogs and the status bar. */
    @Test
    void summariesOfLargeExportsAndImportsGroupTheirDigits() {
        assertThat(new ExportSummary(100, 100_000, 12_500, 0))
                .hasToString("100,000 annotations from 100 articles, 12,500 links");
        ImportSummary imported = new ImportSummary("big.jsonld", 98_000, 1_500, 500, 2_000, 0, 0, 0, 0, List.of(),
                0, 0, Map.of("https://example.org/a", 2_000), List.of(), 0, List.of());
        assertThat(imported.toString()).isEqualTo("98,000 anchored, 1,500 re-anchored, 500 orphaned, 2,000 unmatched");
        assertThat(imported.unmatchedReport()).singleElement().asString().startsWith("2,000 annotations on https://");
    }
}
