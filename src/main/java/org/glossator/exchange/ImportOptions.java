package org.glossator.exchange;

import org.glossator.domain.Progress;
import java.util.Objects;

/**
 * How to import an annotation file.
 *
 * @param defaultTypeKey the annotation type given to annotations whose file names none
 *                       (Hypothesis rows, foreign W3C annotations without a classifying body);
 *                       default {@code claim}. It must exist in the scheme.
 * @param annotator      when not null, replaces the creator of every imported annotation and link
 *                       (the CLI's {@code --annotator NAME})
 * @param limits         caps against hostile input
 * @param progress       progress and cancellation; cancelling rolls the whole file back
 */
public record ImportOptions(String defaultTypeKey, String annotator, ImportLimits limits, Progress progress) {
    public static final String DEFAULT_TYPE_KEY = "claim";

    public ImportOptions {
        defaultTypeKey = defaultTypeKey == null ? DEFAULT_TYPE_KEY : defaultTypeKey;
        limits = limits == null ? ImportLimits.DEFAULT : limits;
        progress = progress == null ? Progress.NONE : progress;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(DEFAULT_TYPE_KEY, null, ImportLimits.DEFAULT, Progress.NONE);
    }

    public ImportOptions withDefaultTypeKey(String key) {
        return new ImportOptions(Objects.requireNonNull(key), annotator, limits, progress);
    }

    public ImportOptions withAnnotator(String name) {
        return new ImportOptions(defaultTypeKey, name, limits, progress);
    }

    public ImportOptions withLimits(ImportLimits newLimits) {
        return new ImportOptions(defaultTypeKey, annotator, newLimits, progress);
    }

    public ImportOptions withProgress(Progress newProgress) {
        return new ImportOptions(defaultTypeKey, annotator, limits, newProgress);
    }
}
