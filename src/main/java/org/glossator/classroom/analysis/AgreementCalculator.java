package org.glossator.classroom.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationUnit;
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
            rows.addAll(rows(List.of(article), students, types, article.articleId(), article.title()));
        }
        if (articles.size() > 1) {
            rows.addAll(rows(articles, students, types, null, null));
        }
        return new AgreementReport(students, types, rows, scores(articles, students, types), matcher.threshold());
    }

    /** The rows of one scope: one per type, then all types. Each category's αu disagreements are computed once. */
    private static List<AgreementReport.Row> rows(List<RatedArticle> scope, List<String> students, List<String> types,
                                                  Long articleId, String title) {
        UnitizingAnnotationStudy unitizing = unitizingStudy(scope, students, types);
        UnitizingAlpha alpha = new UnitizingAlpha(unitizing);
        Map<String, Integer> unitsPerType = new HashMap<>();
        for (IUnitizingAnnotationUnit unit : unitizing.getUnits()) {
            unitsPerType.merge((String) unit.getCategory(), 1, Integer::sum);
        }
        boolean rated = students.size() >= 2;
        Map<String, UnitizingAlpha.Disagreement> disagreements = new LinkedHashMap<>();
        if (rated) {
            for (String type : types) {
                if (unitsPerType.containsKey(type)) {
                    UnitizingAlpha.Disagreement d = defined(() -> alpha.of(type));
                    if (d != null) {
                        disagreements.put(type, d);
                    }
                }
            }
        }
        TokenLabels labels = TokenLabels.of(scope, students, types);
        List<AgreementReport.Row> rows = new ArrayList<>();
        for (String type : types) {
            UnitizingAlpha.Disagreement d = disagreements.get(type);
            Double a = d == null ? null : finite(UnitizingAlpha.categoryAlpha(d));
            rows.add(row(articleId, title, type, students.size(), unitsPerType.getOrDefault(type, 0), a,
                    labels.study(type)));
        }
        Double all = disagreements.isEmpty() || disagreements.size() < unitsPerType.size() ? null
                : finite(UnitizingAlpha.combinedAlpha(disagreements.values()));
        rows.add(row(articleId, title, null, students.size(), unitizing.getUnitCount(), all, labels.study(null)));
        return rows;
    }

    private static AgreementReport.Row row(Long articleId, String title, String typeKey, int raters, int units,
                                           Double alpha, CodingAnnotationStudy coding) {
        String kappaMeasure = null;
        Double kappa = null;
        if (raters == 2 && coding.getItemCount() > 0) {
            kappaMeasure = "cohen";
            kappa = defined(() -> finite(new CohenKappaAgreement(coding).calculateAgreement()));
        } else if (raters > 2 && coding.getItemCount() > 0) {
            kappaMeasure = "fleiss";
            kappa = defined(() -> finite(new FleissKappaAgreement(coding).calculateAgreement()));
        }
        return new AgreementReport.Row(articleId, title, typeKey, raters, units, coding.getItemCount(), alpha,
                kappaMeasure, kappa);
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

    /** The kappa study for one type (binary labels) or, with {@code typeKey} null, all types (label = set of types). */
    static CodingAnnotationStudy tokenStudy(List<RatedArticle> scope, List<String> students, List<String> types,
                                            String typeKey) {
        return TokenLabels.of(scope, students, types).study(typeKey);
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

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The library's value, or null when it is undefined or the library refuses the data. */
    private static <T> T defined(java.util.function.Supplier<T> measure) {
        try {
            return measure.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
