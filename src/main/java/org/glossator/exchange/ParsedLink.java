package org.glossator.exchange;

import java.time.Instant;
import org.glossator.domain.LinkRelation;

/** A link read from the extension data of an annotation; it starts at that annotation. */
public record ParsedLink(String id, LinkRelation relation, String toId, String creator, Instant created) {
}
