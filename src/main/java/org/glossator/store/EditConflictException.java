package org.glossator.store;

import java.util.Optional;
import org.glossator.domain.Annotation;

/**
 * An edit was based on a version of the annotation that is no longer the stored one: someone
 * else changed (or deleted) it in between. Nothing was written; the caller decides, with the
 * user, what to keep.
 */
public final class EditConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Annotation attempted;
    private final transient Annotation current;

    public EditConflictException(Annotation attempted, Annotation current) {
        super(current == null
                ? "Someone deleted this annotation while you were editing it."
                : "Someone changed this annotation while you were editing it (" + describe(current) + ").");
        this.attempted = attempted;
        this.current = current;
    }

    private static String describe(Annotation current) {
        String who = current.modifiedBy().isEmpty() ? "another annotator" : current.modifiedBy();
        return "last change by " + who;
    }

    /** The edit that was refused, still carrying the version it was based on. */
    public Annotation attempted() {
        return attempted;
    }

    /** The annotation as stored now; empty when it was deleted. */
    public Optional<Annotation> current() {
        return Optional.ofNullable(current);
    }
}
