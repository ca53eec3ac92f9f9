package org.glossator.classroom.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.glossator.domain.Annotation;

/**
 * Computes a class's agreement with DKPro Statistics Agreement. How marks become the
 * library's input (docs/agreement.md):
 * <ul>
 * <li><b>αu</b> (Krippendorff 1995, unitizing): the continuum is the article's text in code
 *     points (for "all articles", the articles end to end); each student is a rater; each
 *     placed annotation is a unit of its type, a student's overlapping units of one type merged.
 *     Per type: {@code calculateCategoryAgreement(type)}; all types: {@code calculateAgreement()}.</li>
 * <li><b>kappa</b> at token level: the items are the word tokens ({@link Tokens}); a student labels
 *     a token with a type when one of their marks of that type overlaps it. Per type the label is
 *     the type or "-" (binary); for all types it is the set of types, e.g. "claim+quote".
 *     Cohen's kappa for two students, Fleiss' kappa for three or more.</li>
 * <li><b>precision and recall</b> against the reference: marks are matched one-to-one by
 *     {@link SpanMatcher}; precision = matched / the student's marks, recall = matched / the
 *     reference's marks, summed over the articles.</li>
 * </ul>
 */
public final class AgreementCalculator {
    private static final String NONE = "-";

    private final SpanMatcher matcher;

    public AgreementCalculator(SpanMatcher matcher) {
        this.matcher = matcher;
    }

    public AgreementCalculator() {
        this(new SpanMatcher());
    }

    /**
     * @param students the raters in order (a student with no layer in an article marked nothing there)
     * @param types    the types to report, in scheme order
     */
    public AgreementReport compute(List<RatedArticle> articles, List<String> students, List<String> types) {
        List<AgreementReport.Row> rows = new ArrayList<>();
        for (RatedArticle article : articles) {
            for (String type : types) {
                rows.add(row(List.of(article), students, List.of(type), article.articleId(), article.title(), type));
            }
            rows.add(row(List.of(article), students, types, article.articleId(), article.title(), null));
        }
        if (articles.size() > 1) {
            for (String type : types) {
                rows.add(row(articles, students, List.of(type), null, null, type));
            }
            rows.add(row(articles, students, types, null, null, null));
        }
        return new AgreementReport(students, types, rows, scores(articles, students, types), matcher.threshold());
    }

    private static AgreementReport.Row row(List<RatedArticle> scope, List<String> students, List<String> types,
                                           Long articleId, String title, String typeKey) {
        UnitizingAnnotationStudy unitizing = unitizingStudy(scope, students, types);
        Double alpha = null;
        int units = unitizing.getUnitCount();
        if (students.size() >= 2 && units > 0) {
            KrippendorffAlphaUnitizingAgreement measure = new KrippendorffAlphaUnitizingAgreement(unitizing);
            alpha = defined(() -> typeKey != null ? measure.calculateCategoryAgreement(typeKey)
                    : measure.calculateAgreement());
        }
        CodingAnnotationStudy coding = tokenStudy(scope, students, types, typeKey == null);
        String kappaMeasure = null;
        Double kappa = null;
        if (students.size() == 2 && coding.getItemCount() > 0) {
            kappaMeasure = "cohen";
            kappa = defined(() -> new CohenKappaAgreement(coding).calculateAgreement());
        } else if (students.size() > 2 && coding.getItemCount() > 0) {
            kappaMeasure = "fleiss";
            kappa = defined(() -> new FleissKappaAgreement(coding).calculateAgreement());
        }
        return new AgreementReport.Row(articleId, title, typeKey, students.size(), units, coding.getItemCount(),
                alpha, kappaMeasure, kappa);
    }

    /** The αu study: articles end to end as one continuum, one rater per student, merged units per type. */
    static UnitizingAnnotationStudy unitizingStudy(List<RatedArticle> scope, List<String> students, List<String> types) {
        long length = 0;
        for (RatedArticle a : scope) {
            length += a.length();
        }
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(Math.max(students.size(), 1), 0, length);
        long offset = 0;
        for (RatedArticle article : scope) {
            for (int r = 0; r < students.size(); r++) {
                List<Annotation> layer = article.students().getOrDefault(students.get(r), List.of());
                for (String type : types) {
                    for (Span s : Span.mergedOfType(layer, type)) {
                        study.addUnit(offset + s.start(), s.length(), r, type);
                    }
                }
            }
            offset += article.length();
        }
        return study;
    }

    /** The kappa study: one item per word token, one label per student. */
    static CodingAnnotationStudy tokenStudy(List<RatedArticle> scope, List<String> students, List<String> types,
                                            boolean combined) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(Math.max(students.size(), 1));
        for (RatedArticle article : scope) {
            List<int[]> tokens = Tokens.words(article.text());
            List<List<Span>> spansPerStudent = new ArrayList<>();
            for (String student : students) {
                List<Span> spans = new ArrayList<>();
                for (String type : types) {
                    spans.addAll(Span.mergedOfType(article.students().getOrDefault(student, List.of()), type));
                }
                spansPerStudent.add(spans);
            }
            for (int[] token : tokens) {
                Object[] labels = new Object[students.size()];
                for (int r = 0; r < students.size(); r++) {
                    labels[r] = label(spansPerStudent.get(r), token, combined);
                }
                study.addItemAsArray(labels);
            }
        }
        return study;
    }

    private static String label(List<Span> spans, int[] token, boolean combined) {
        Set<String> marked = new TreeSet<>();
        for (Span s : spans) {
            if (s.start() < token[1] && token[0] < s.end()) {
                marked.add(s.typeKey());
            }
        }
        if (marked.isEmpty()) {
            return NONE;
        }
        return combined ? String.join("+", marked) : marked.iterator().next();
    }

    private List<AgreementReport.StudentScore> scores(List<RatedArticle> articles, List<String> students,
                                                      List<String> types) {
        boolean hasReference = articles.stream().anyMatch(a -> !a.reference().isEmpty());
        List<AgreementReport.StudentScore> scores = new ArrayList<>();
        if (!hasReference) {
            return scores;
        }
        for (String student : students) {
            for (String type : types) {
                scores.add(score(articles, student, type));
            }
            scores.add(score(articles, student, null));
        }
        return scores;
    }

    private AgreementReport.StudentScore score(List<RatedArticle> articles, String student, String typeKey) {
        int referenceMarks = 0;
        int studentMarks = 0;
        int matched = 0;
        for (RatedArticle article : articles) {
            List<Annotation> reference = ofType(article.reference(), typeKey);
            List<Annotation> own = ofType(article.students().getOrDefault(student, List.of()), typeKey);
            Comparison c = matcher.compare(reference, own);
            referenceMarks += c.matched().size() + c.missed().size();
            studentMarks += c.matched().size() + c.extra().size();
            matched += c.matched().size();
        }
        return new AgreementReport.StudentScore(student, typeKey, referenceMarks, studentMarks, matched,
                studentMarks == 0 ? null : (double) matched / studentMarks,
                referenceMarks == 0 ? null : (double) matched / referenceMarks);
    }

    private static List<Annotation> ofType(List<Annotation> annotations, String typeKey) {
        if (typeKey == null) {
            return annotations;
        }
        List<Annotation> result = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.typeKey().equals(typeKey)) {
                result.add(a);
            }
        }
        return result;
    }

    private interface Measure {
        double compute();
    }

    /** The library's value, or null when it is undefined (NaN, infinite, or the library refuses the data). */
    private static Double defined(Measure measure) {
        try {
            double v = measure.compute();
            return Double.isFinite(v) ? v : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
