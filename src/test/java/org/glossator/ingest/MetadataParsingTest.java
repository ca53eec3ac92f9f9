package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataParsingTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "2025-03-12; 2025-03-12",
            "2025-03-12T09:30:00Z; 2025-03-12",
            "12 March 2025; 2025-03-12",
            "12th Mar. 2025; 2025-03-12",
            "March 12, 2025; 2025-03-12",
            "Sept 1, 2024; 2024-09-01",
            "Wednesday, 12 March 2025; 2025-03-12",
            "12 March 2025, 10:45; 2025-03-12",
            "mar 12 2025; 2025-03-12"})
    void recognisesPrintedDates(String printed, String iso) {
        assertThat(PublishedDate.parseWhole(printed)).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/04/2025", "31 February 2025", "2025-13-01", "Spring 2025", "12 March",
            "12 March 2025 was a good day"})
    void doesNotGuessAmbiguousImpossibleOrEmbeddedDates(String text) {
        assertThat(PublishedDate.parseWhole(text)).isEmpty();
    }

    @Test
    void findsTheFirstDateInsideText() {
        assertThat(PublishedDate.find("Posted on 3 May 2021, updated 2022-01-01")).contains("2021-05-03");
    }

    @Test
    void dateLinesKnowUpdatesFromPublications() {
        assertThat(PublishedDate.parseDateLine("Published: 4 June 2025"))
                .contains(new PublishedDate.DateLine("2025-06-04", false));
        assertThat(PublishedDate.parseDateLine("Last updated on June 5, 2025"))
                .contains(new PublishedDate.DateLine("2025-06-05", true));
        assertThat(PublishedDate.parseDateLine("Published in a hurry")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "By Priya Raman; Priya Raman; null",
            "by Priya Raman · 12 March 2025 · 7 min read; Priya Raman; 2025-03-12",
            "BY ANA RUIZ | 2025-01-02; ANA RUIZ; 2025-01-02",
            "By Mei Ng, March 5, 2022; Mei Ng; 2022-03-05",
            "By Mei Ng on 5 March 2022; Mei Ng; 2022-03-05",
            "By Jane Doe, Staff Writer; Jane Doe, Staff Writer; null",
            "By Martin Luther King Jr.; Martin Luther King Jr.; null",
            "Words by Zoë Lindqvist; Zoë Lindqvist; null"})
    void readsBylines(String line, String author, String published) {
        assertThat(Byline.parse(line)).contains(new Byline(author, published));
    }

    @ParameterizedTest
    @ValueSource(strings = {"By 2030, most models will be open.", "By pursuing this path, they gain time",
            "Bystanders watched", "By", "By The way this sentence goes on and on for many more words than a name"})
    void sentencesStartingWithByAreNotBylines(String line) {
        assertThat(Byline.parse(line)).isEmpty();
    }
}
