package org.glossator.store;

/**
 * One annotation written or deleted in the store, as a {@link ChangeFeed} reports it.
 * {@code version} is the stored version after the change (0 for a deletion).
 */
public record AnnotationChange(Kind kind, String annotationId, long articleId, long version) {

    /** What happened to the annotation. */
    public enum Kind {
        CREATED, CHANGED, DELETED
    }
}
