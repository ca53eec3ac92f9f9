package org.glossator.classroom.analysis;

import java.util.List;

/**
 * Agreement of a class on a pack. Undefined values (fewer than two raters, nothing marked,
 * no variation in the labels) are null, never NaN.
 *
 * @param students        the raters, in order
 * @param types           the annotation types considered, in scheme order
 * @param rows            αu and kappa per article and type; {@code articleId} null = all articles,
 *                        {@code typeKey} null = all types together
 * @param scores          each student's precision and recall against the reference (empty without one)
 * @param matchThreshold  the overlap ratio a student's mark needs to match a reference mark
 */
public record AgreementReport(List<String> students, List<String> types, List<Row> rows, List<StudentScore> scores,
                              double matchThreshold) {
    public AgreementReport {
        students = List.copyOf(students);
        types = List.copyOf(types);
        rows = List.copyOf(rows);
        scores = List.copyOf(scores);
    }

    /**
     * @param units        the units (merged spans) that entered αu
     * @param tokens       the word tokens that are the items of kappa
     * @param kappaMeasure "cohen" for two raters, "fleiss" for more, null for fewer
     */
    public record Row(Long articleId, String article, String typeKey, int raters, int units, int tokens,
                      Double alphaU, String kappaMeasure, Double kappa) {
    }

    /** {@code typeKey} null = all types. Precision = matched / student's marks; recall = matched / reference marks. */
    public record StudentScore(String student, String typeKey, int referenceMarks, int studentMarks, int matched,
                               Double precision, Double recall) {
    }

    /** The row for one article (null = all) and type (null = all types), if computed. */
    public Row row(Long articleId, String typeKey) {
        for (Row r : rows) {
            if (java.util.Objects.equals(r.articleId(), articleId) && java.util.Objects.equals(r.typeKey(), typeKey)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The row of {@code typeKey} (null: all types) over every article of the report: the
     * across-articles row, or with a single article (a one-article pack, or one article without
     * a pack) that article's row, as no across-articles row repeats it.
     */
    public Row overall(String typeKey) {
        Row across = row(null, typeKey);
        if (across != null) {
            return across;
        }
        java.util.Set<Long> articles = new java.util.HashSet<>();
        rows.forEach(r -> articles.add(r.articleId()));
        return articles.size() == 1 ? row(articles.iterator().next(), typeKey) : null;
    }

    public StudentScore score(String student, String typeKey) {
        for (StudentScore s : scores) {
            if (s.student().equals(student) && java.util.Objects.equals(s.typeKey(), typeKey)) {
                return s;
            }
        }
        return null;
    }
}
