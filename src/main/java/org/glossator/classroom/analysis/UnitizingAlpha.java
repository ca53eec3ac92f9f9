package org.glossator.classroom.analysis;

import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;

/**
 * DKPro's αu with its per-category observed and expected disagreement opened up, so that each
 * category's (costly) disagreements are computed once and serve both the per-type value and the
 * all-types value. The arithmetic that combines them is the library's own (see
 * {@link #categoryAlpha} and {@link #combinedAlpha}); {@code GeneratedClassTest} checks both
 * against {@code calculateCategoryAgreement} and {@code calculateAgreement}.
 */
final class UnitizingAlpha extends KrippendorffAlphaUnitizingAgreement {

    /** D_O and D_E of one category. */
    record Disagreement(double observed, double expected) {
    }

    UnitizingAlpha(IUnitizingAnnotationStudy study) {
        super(study);
    }

    Disagreement of(Object category) {
        return new Disagreement(calculateObservedCategoryDisagreement(category),
                calculateExpectedCategoryDisagreement(category));
    }

    /** As {@code calculateCategoryAgreement}: 1 - D_O/D_E, and 0 when D_O = D_E. */
    static double categoryAlpha(Disagreement d) {
        return d.observed() == d.expected() ? 0.0 : 1.0 - d.observed() / d.expected();
    }

    /** As {@code calculateAgreement}: 1 - mean(D_O) / mean(D_E) over the categories that have units. */
    static double combinedAlpha(Iterable<Disagreement> categories) {
        double observed = 0;
        double expected = 0;
        int n = 0;
        for (Disagreement d : categories) {
            observed += d.observed();
            expected += d.expected();
            n++;
        }
        return 1.0 - (observed / n) / (expected / n);
    }
}
