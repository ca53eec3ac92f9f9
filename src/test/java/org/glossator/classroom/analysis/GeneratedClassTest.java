package org.glossator.classroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.glossator.classroom.ClassroomFixtures;
import org.glossator.domain.Annotation;
import org.junit.jupiter.api.Test;

/**
 * A generated class of 30 students on a 400-word article with 8 dubious claims and 4 quotes
 * (the reference). Each student finds each passage with a known probability, moves its
 * boundaries by up to a known number of words, and adds wrong marks with a known probability;
 * all from a fixed seed. The test builds the library's studies itself, from the generated word
 * ranges (independently of the calculator's conversion), and checks the heatmap code point by code point.
 */
class GeneratedClassTest {
    private static final int WORDS = 400;
    private static final int STUDENTS = 30;
    private static final List<String> TYPES = List.of("claim", "quote");

    /** A mark in words [first, last] inclusive. */
    private record WordMark(int first, int last, String type) {
    }

    private final String text;
    private final int[] wordStart = new int[WORDS];
    private final int[] wordEnd = new int[WORDS];
    private final List<WordMark> truth = new ArrayList<>();

    GeneratedClassTest() {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < WORDS; w++) {
            if (w > 0) {
                b.append(w % 25 == 0 ? "\n" : " ");
            }
            wordStart[w] = b.length();
            b.append("w").append(w);
            wordEnd[w] = b.length();
        }
        text = b.toString();
        for (int i = 0; i < 12; i++) {
            int first = 10 + i * 32;
            truth.add(new WordMark(first, first + 5 + i % 4, i < 8 ? "claim" : "quote"));
        }
    }

    /** The class: found = probability a student marks a true passage, jitter = max boundary shift in words. */
    private Map<String, List<WordMark>> generate(long seed, double found, int jitter, double wrong) {
        Random random = new Random(seed);
        Map<String, List<WordMark>> marks = new LinkedHashMap<>();
        for (int s = 0; s < STUDENTS; s++) {
            List<WordMark> own = new ArrayList<>();
            for (WordMark t : truth) {
                if (random.nextDouble() < found) {
                    int first = Math.max(0, t.first() + random.nextInt(2 * jitter + 1) - jitter);
                    int last = Math.min(WORDS - 1, Math.max(first, t.last() + random.nextInt(2 * jitter + 1) - jitter));
                    own.add(new WordMark(first, last, t.type()));
                }
            }
            if (random.nextDouble() < wrong) {
                int first = random.nextInt(WORDS - 6);
                own.add(new WordMark(first, first + 1 + random.nextInt(4), TYPES.get(random.nextInt(2))));
            }
            marks.put(String.format("Student %02d", s + 1), own);
        }
        return marks;
    }

    private Annotation annotation(WordMark m, String who) {
        int start = wordStart[m.first()];
        int end = wordEnd[m.last()];
        return ClassroomFixtures.span(1, start, end, text.substring(start, end), m.type(), who);
    }

    private RatedArticle rated(Map<String, List<WordMark>> marks) {
        Map<String, List<Annotation>> layers = new LinkedHashMap<>();
        marks.forEach((who, list) -> layers.put(who, list.stream().map(m -> annotation(m, who)).toList()));
        return new RatedArticle(1, "Generated", text, layers, truth.stream().map(m -> annotation(m, "Teacher")).toList());
    }

    /** The words a student marked with the type, as a boolean per word (overlaps merge by construction). */
    private boolean[] markedWords(List<WordMark> marks, String type) {
        boolean[] marked = new boolean[WORDS];
        for (WordMark m : marks) {
            if (m.type().equals(type)) {
                for (int w = m.first(); w <= m.last(); w++) {
                    marked[w] = true;
                }
            }
        }
        return marked;
    }

    /** αu straight from the library: a unit runs from its first word's start to its last word's end. */
    private double libraryAlpha(Map<String, List<WordMark>> marks, String type) {
        return new KrippendorffAlphaUnitizingAgreement(libraryStudy(marks, List.of(type)))
                .calculateCategoryAgreement(type);
    }

    private UnitizingAnnotationStudy libraryStudy(Map<String, List<WordMark>> marks, List<String> types) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(STUDENTS, 0, text.length());
        for (String type : types) {
            addUnits(study, marks, type);
        }
        return study;
    }

    private void addUnits(UnitizingAnnotationStudy study, Map<String, List<WordMark>> marks, String type) {
        int r = 0;
        for (List<WordMark> own : marks.values()) {
            // A student's marks of the type that share a word are one unit (they overlap in characters).
            List<int[]> runs = new ArrayList<>();
            for (WordMark m : own.stream().filter(x -> x.type().equals(type))
                    .sorted((a, b) -> Integer.compare(a.first(), b.first())).toList()) {
                int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && m.first() <= last[1]) {
                    last[1] = Math.max(last[1], m.last());
                } else {
                    runs.add(new int[] {m.first(), m.last()});
                }
            }
            for (int[] run : runs) {
                study.addUnit(wordStart[run[0]], wordEnd[run[1]] - wordStart[run[0]], r, type);
            }
            r++;
        }
    }

    /** Fleiss' kappa straight from the library: one item per generated word. */
    private double libraryKappa(Map<String, List<WordMark>> marks, String type) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(STUDENTS);
        List<boolean[]> perStudent = new ArrayList<>();
        marks.values().forEach(own -> perStudent.add(markedWords(own, type)));
        for (int w = 0; w < WORDS; w++) {
            Object[] labels = new Object[STUDENTS];
            for (int s = 0; s < STUDENTS; s++) {
                labels[s] = perStudent.get(s)[w] ? type : "-";
            }
            study.addItemAsArray(labels);
        }
        return new FleissKappaAgreement(study).calculateAgreement();
    }

    @Test
    void agreementEqualsTheLibrarysOwnResultOnTheGeneratedClass() {
        Map<String, List<WordMark>> marks = generate(42, 0.8, 2, 0.3);
        List<String> students = new ArrayList<>(marks.keySet());

        AgreementReport report = new AgreementCalculator().compute(List.of(rated(marks)), students, TYPES);

        for (String type : TYPES) {
            AgreementReport.Row row = report.row(1L, type);
            assertThat(row.raters()).isEqualTo(30);
            assertThat(row.tokens()).isEqualTo(WORDS);
            assertThat(row.kappaMeasure()).isEqualTo("fleiss");
            assertThat(row.alphaU()).as("αu " + type).isCloseTo(libraryAlpha(marks, type), within(1e-12));
            assertThat(row.kappa()).as("κ " + type).isCloseTo(libraryKappa(marks, type), within(1e-12));
            assertThat(row.alphaU()).isBetween(0.3, 0.95);
        }
        assertThat(report.row(1L, null).alphaU()).as("αu, all types")
                .isCloseTo(new KrippendorffAlphaUnitizingAgreement(libraryStudy(marks, TYPES)).calculateAgreement(),
                        within(1e-12));
    }

    @Test
    void moreSeededDisagreementMeansLowerAgreement() {
        AgreementCalculator calculator = new AgreementCalculator();
        Map<String, List<WordMark>> perfect = generate(7, 1.0, 0, 0.0);
        Map<String, List<WordMark>> careful = generate(7, 0.9, 1, 0.1);
        Map<String, List<WordMark>> careless = generate(7, 0.5, 4, 0.8);
        List<String> students = new ArrayList<>(perfect.keySet());

        AgreementReport p = calculator.compute(List.of(rated(perfect)), students, TYPES);
        AgreementReport c = calculator.compute(List.of(rated(careful)), students, TYPES);
        AgreementReport x = calculator.compute(List.of(rated(careless)), students, TYPES);

        assertThat(p.row(1L, null).alphaU()).isEqualTo(1.0);
        assertThat(p.row(1L, null).kappa()).isCloseTo(1.0, within(1e-12));
        assertThat(p.score("Student 01", null).precision()).isEqualTo(1.0);
        assertThat(p.score("Student 01", null).recall()).isEqualTo(1.0);
        assertThat(c.row(1L, null).alphaU()).isLessThan(1.0).isGreaterThan(x.row(1L, null).alphaU());
        assertThat(c.row(1L, null).kappa()).isGreaterThan(x.row(1L, null).kappa());
        double meanRecallCareful = c.scores().stream().filter(s -> s.typeKey() == null)
                .mapToDouble(AgreementReport.StudentScore::recall).average().orElseThrow();
        double meanRecallCareless = x.scores().stream().filter(s -> s.typeKey() == null)
                .mapToDouble(AgreementReport.StudentScore::recall).average().orElseThrow();
        assertThat(meanRecallCareful).isGreaterThan(meanRecallCareless);
    }

    @Test
    void heatmapCountsAreExactAtEveryCodePoint() {
        Map<String, List<WordMark>> marks = generate(99, 0.7, 3, 0.5);
        RatedArticle article = rated(marks);
        // Expected: per code point and type, the set of students whose marks of that type cover it.
        int length = text.length();
        int[][] expected = new int[TYPES.size()][length];
        int[] anyone = new int[length];
        for (List<WordMark> own : marks.values()) {
            boolean[][] covered = new boolean[TYPES.size()][length];
            boolean[] any = new boolean[length];
            for (WordMark m : own) {
                for (int i = wordStart[m.first()]; i < wordEnd[m.last()]; i++) {
                    covered[TYPES.indexOf(m.type())][i] = true;
                    any[i] = true;
                }
            }
            for (int i = 0; i < length; i++) {
                for (int t = 0; t < TYPES.size(); t++) {
                    expected[t][i] += covered[t][i] ? 1 : 0;
                }
                anyone[i] += any[i] ? 1 : 0;
            }
        }

        Heatmap heat = Heatmap.of(article.students());

        int[][] actual = new int[TYPES.size()][length];
        int[] actualAnyone = new int[length];
        int previousEnd = -1;
        for (HeatSegment s : heat.segments()) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = s.end();
            for (int i = s.start(); i < s.end(); i++) {
                for (int t = 0; t < TYPES.size(); t++) {
                    actual[t][i] = s.count(TYPES.get(t));
                }
                actualAnyone[i] = s.count();
            }
        }
        for (int t = 0; t < TYPES.size(); t++) {
            assertThat(actual[t]).as(TYPES.get(t)).containsExactly(expected[t]);
        }
        assertThat(actualAnyone).containsExactly(anyone);
        assertThat(heat.maxCount()).isEqualTo(java.util.Arrays.stream(anyone).max().orElseThrow());
    }
}
