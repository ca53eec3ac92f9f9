package org.glossator.classroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.glossator.classroom.ClassroomFixtures.span;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.glossator.domain.Annotation;
import org.junit.jupiter.api.Test;

/** Agreement values on cases small enough to compute by hand; the formulas are in the comments. */
class AgreementCalculatorTest {
    private static Annotation a(String who, String text, String quote, String type) {
        int start = text.indexOf(quote);
        return span(1, start, start + quote.length(), quote, type, who);
    }

    private static RatedArticle article(String text, Map<String, List<Annotation>> students, List<Annotation> reference) {
        return new RatedArticle(1, "T", text, students, reference);
    }

    /** Article {@code id} of "abcdefghij": A marks a claim on [2,5), B one on [bStart, bStart + 3). */
    private static RatedArticle claimsOfAAndB(long id, int bStart) {
        String text = "abcdefghij";
        return new RatedArticle(id, "T", text, Map.of(
                "A", List.of(span(id, 2, 5, text.substring(2, 5), "claim", "A")),
                "B", List.of(span(id, bStart, bStart + 3, text.substring(bStart, bStart + 3), "claim", "B"))),
                List.of());
    }

    /**
     * Krippendorff's αu (1995, "On the reliability of unitizing continuous data"), one category c,
     * continuum L = 10, R = 2 raters: rater 1 marks [2,5), rater 2 marks [3,6).
     * <pre>
     * D_O = 2 / (R(R-1) L²) · Σ over overlapping sections of the two raters of δ², where for two units
     *       δ² = (b1-b2)² + (e1-e2)², and a unit against a gap that contains it counts l²:
     *       only the two units overlap: δ² = (2-3)² + (5-6)² = 2  →  D_O = 2·2 / (2·1·100) = 0.02
     * D_E = (2/L) Σ_units [ (N_c-1)(2l³-3l²+l)/3 + l² Σ_{gaps g ≥ l} (g-l+1) ] / (R·L(R·L-1) - Σ_units l(l-1))
     *       N_c = 2, l = 3: (54-27+3)/3 = 10; gaps 2, 5 (rater 1) and 3, 4 (rater 2), those ≥ 3 give 3+2+1 = 6,
     *       ·9 = 54; per unit 64, both 128; ·2/10 = 25.6; denominator 20·19 - (6+6) = 368; D_E = 0.0695652…
     * αu = 1 - D_O/D_E = 1 - 0.02·368/25.6 = 0.7125
     * </pre>
     */
    @Test
    void alphaUMatchesTheHandComputedValue() {
        RatedArticle article = claimsOfAAndB(1, 3);

        AgreementReport report = new AgreementCalculator().compute(List.of(article), List.of("A", "B"), List.of("claim"));

        assertThat(report.row(1L, "claim").alphaU()).isCloseTo(0.7125, within(1e-9));
        assertThat(report.row(1L, "claim").units()).isEqualTo(2);
        assertThat(report.row(1L, null).alphaU()).as("one type: all types = that type").isCloseTo(0.7125, within(1e-9));
    }

    @Test
    void theOverallRowOfOneArticleIsThatArticlesAndOfSeveralTheRowAcrossThem() {
        RatedArticle one = claimsOfAAndB(1, 3);
        RatedArticle two = claimsOfAAndB(2, 2);
        AgreementCalculator calculator = new AgreementCalculator();

        AgreementReport single = calculator.compute(List.of(one), List.of("A", "B"), List.of("claim"));
        AgreementReport both = calculator.compute(List.of(one, two), List.of("A", "B"), List.of("claim"));

        assertThat(single.row(null, null)).isNull();
        assertThat(single.overall(null)).isSameAs(single.row(1L, null));
        assertThat(single.overall("claim")).isSameAs(single.row(1L, "claim"));
        assertThat(both.overall("claim")).isSameAs(both.row(null, "claim"));
        assertThat(both.overall("claim").alphaU()).isGreaterThan(both.row(1L, "claim").alphaU());
    }

    @Test
    void identicalMarksAgreePerfectly() {
        RatedArticle article = claimsOfAAndB(1, 2);
        AgreementReport.Row row = new AgreementCalculator().compute(List.of(article), List.of("A", "B"),
                List.of("claim")).row(1L, "claim");
        assertThat(row.alphaU()).isEqualTo(1.0);
    }

    /**
     * Cohen's kappa (1960) κ = (p_o - p_e) / (1 - p_e), p_e = Σ_k p_A(k)·p_B(k), over 10 word tokens:
     * A marks tokens 1-4, B marks tokens 3-6. Agreement on tokens 3, 4 (claim) and 7-10 (none):
     * p_o = 6/10; p_A(claim) = p_B(claim) = 0.4, so p_e = 0.4² + 0.6² = 0.52; κ = 0.08/0.48 = 1/6.
     */
    @Test
    void cohensKappaForTwoStudentsMatchesTheHandComputedValue() {
        String text = "one two three four five six seven eight nine ten";
        RatedArticle article = article(text, Map.of(
                "A", List.of(a("A", text, "one two three four", "claim")),
                "B", List.of(a("B", text, "three four five six", "claim"))), List.of());

        AgreementReport.Row row = new AgreementCalculator().compute(List.of(article), List.of("A", "B"),
                List.of("claim")).row(1L, "claim");

        assertThat(row.tokens()).isEqualTo(10);
        assertThat(row.kappaMeasure()).isEqualTo("cohen");
        assertThat(row.kappa()).isCloseTo(1.0 / 6, within(1e-9));
    }

    /**
     * Fleiss' kappa (1971), n = 3 raters, 4 tokens, categories claim / none:
     * alpha: 3 claim; beta: 2 claim, 1 none; gamma: 1 claim, 2 none; delta: 3 none.
     * P_i = (Σ_j n_ij² - n) / (n(n-1)): 1, 1/3, 1/3, 1 → P̄ = 2/3.
     * p_claim = 6/12 = 0.5, p_none = 0.5 → P̄_e = 0.5. κ = (2/3 - 1/2) / (1 - 1/2) = 1/3.
     */
    @Test
    void fleissKappaForThreeStudentsMatchesTheHandComputedValue() {
        String text = "alpha beta gamma delta";
        RatedArticle article = article(text, Map.of(
                "A", List.of(a("A", text, "alpha beta", "claim")),
                "B", List.of(a("B", text, "alpha", "claim")),
                "C", List.of(a("C", text, "alpha beta gamma", "claim"))), List.of());

        AgreementReport.Row row = new AgreementCalculator().compute(List.of(article), List.of("A", "B", "C"),
                List.of("claim")).row(1L, "claim");

        assertThat(row.kappaMeasure()).isEqualTo("fleiss");
        assertThat(row.kappa()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void undefinedValuesAreNullNotNaN() {
        String text = "alpha beta gamma delta";
        RatedArticle nobody = article(text, Map.of("A", List.of(), "B", List.of()), List.of());
        AgreementReport report = new AgreementCalculator().compute(List.of(nobody), List.of("A", "B"),
                List.of("claim"));
        assertThat(report.row(1L, "claim").alphaU()).isNull();
        assertThat(report.row(1L, "claim").kappa()).as("every token 'none': p_e = 1").isNull();
        AgreementReport alone = new AgreementCalculator().compute(List.of(article(text,
                Map.of("A", List.of(a("A", text, "beta", "claim"))), List.of())), List.of("A"), List.of("claim"));
        assertThat(alone.row(1L, "claim").alphaU()).isNull();
        assertThat(alone.row(1L, "claim").kappaMeasure()).isNull();
    }

    /**
     * Reference: two claims. The student matches one (overlap 8/10 ≥ 0.5), marks one passage the reference
     * does not, and marks the second reference passage as a quote (another type: no match).
     * Precision = 1/3, recall = 1/2; per type claim: precision 1/2, recall 1/2; quote: precision 0, recall undefined.
     */
    @Test
    void precisionAndRecallAgainstTheReference() {
        String text = "the port is safe now and the survey says so and the club agrees with it";
        List<Annotation> reference = List.of(a("T", text, "the port is safe", "claim"),
                a("T", text, "the survey says so", "claim"));
        List<Annotation> student = List.of(a("S", text, "port is safe", "claim"),
                a("S", text, "the club agrees", "claim"), a("S", text, "the survey says so", "quote"));
        AgreementReport report = new AgreementCalculator().compute(
                List.of(article(text, Map.of("S", student), reference)), List.of("S"), List.of("claim", "quote"));

        AgreementReport.StudentScore all = report.score("S", null);
        assertThat(all.matched()).isEqualTo(1);
        assertThat(all.precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(all.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(report.score("S", "claim").precision()).isEqualTo(0.5);
        assertThat(report.score("S", "claim").recall()).isEqualTo(0.5);
        assertThat(report.score("S", "quote").precision()).isEqualTo(0.0);
        assertThat(report.score("S", "quote").recall()).isNull();
    }

    @Test
    void csvIsOneValuePerRowWithEmptyCellsForUndefinedValues() throws Exception {
        String text = "one two three four five six seven eight nine ten";
        RatedArticle article = new RatedArticle(7, "Tides, \"and\" more", text, Map.of(
                "A", List.of(a("A", text, "one two three four", "claim")),
                "B", List.of(a("B", text, "three four five six", "claim"))),
                List.of(a("T", text, "one two three four", "claim")));
        AgreementReport report = new AgreementCalculator().compute(List.of(article), List.of("A", "B"),
                List.of("claim", "quote"));
        StringWriter out = new StringWriter();
        AgreementCsv.write(report, out);
        List<String> lines = out.toString().lines().toList();

        assertThat(lines.get(0)).isEqualTo(AgreementCsv.HEADER);
        assertThat(lines).contains("7,\"Tides, \"\"and\"\" more\",claim,,cohen_kappa,0.166667,2,2,10");
        assertThat(lines).contains("7,\"Tides, \"\"and\"\" more\",quote,,alpha_u,,2,0,10");
        assertThat(lines).contains("*,*,*,A,precision,1.000000,,1,", "*,*,*,B,recall,0.000000,,1,");
        assertThat(AgreementCsv.quote("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(AgreementCsv.quote("-0.5")).isEqualTo("-0.5");
    }
}
