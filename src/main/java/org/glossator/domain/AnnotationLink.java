package org.glossator.domain;

import java.time.Instant;
import java.util.Objects;

/** A directed link between two annotations, possibly in different articles. */
public record AnnotationLink(String id, String fromId, String toId, LinkRelation relation,
                             String creator, Instant created) {
    public AnnotationLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(created, "created");
        if (fromId.equals(toId)) {
            throw new IllegalArgumentException("an annotation cannot link to itself");
        }
        creator = creator == null ? "" : creator;
    }

    /** The other end of the link, seen from {@code annotationId}. */
    public String otherEnd(String annotationId) {
        return fromId.equals(annotationId) ? toId : fromId;
    }
}
