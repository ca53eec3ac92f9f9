package org.glossator.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.glossator.domain.AnchorState;
import org.glossator.domain.TypeKind;
import org.glossator.domain.Verdict;

/**
 * One annotation as read from a file, before it is matched to an article and re-anchored.
 * Kept apart from the domain model: fields may be missing (null) and positions are as the
 * file states them.
 *
 * @param fileId       the id as written in the file (null when it had none)
 * @param id           the store id ({@link AnnotationIds#fromIri}, or derived from the content)
 * @param source       the target's source IRI
 * @param textSha256   the SHA-256 of the text the selectors were made on, when the file says
 * @param start        TextPositionSelector start in code points, or null
 * @param end          TextPositionSelector end in code points, or null
 * @param exact        TextQuoteSelector exact, or null
 * @param typeKey      the classifying body's type key, or null to use the import's default
 * @param typeLabel    the type's label, when the file describes the type
 * @param typeColor    the type's colour, when the file describes it
 * @param typeKind     the type's kind, when the file describes it
 * @param exportedState the anchor state the exporting program recorded, or null
 * @param line         line of the annotation in the file, for messages
 * @param modifiedBy   who last modified it (Glossator's {@code modifiedBy}), or null
 * @param rawSelectors the target's {@code selector} value as the file wrote it, or null; rendered as JSON text
 *                     only for the few annotations that become orphans (rendering every one cost a tenth
 *                     of a large import)
 * @param problem      why this annotation could not be read whole (it was salvaged: only its id, source,
 *                     quote, note, creator and times were kept), or null when it was read whole
 */
public record ParsedAnnotation(String fileId, String id, String source, String textSha256,
                               Integer start, Integer end, String exact, String prefix, String suffix,
                               String note, List<String> tags, String typeKey, String typeLabel, String typeColor,
                               TypeKind typeKind, String creator, Instant created, Instant modified,
                               Verdict verdict, String evidence, String speaker, Boolean attributionGiven,
                               String citation, String url, AnchorState exportedState, List<ParsedLink> links,
                               long line, long column, String modifiedBy, JsonNode rawSelectors, String problem) {
    public ParsedAnnotation {
        tags = tags == null ? List.of() : List.copyOf(tags);
        links = links == null ? List.of() : List.copyOf(links);
        note = note == null ? "" : note;
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** A copy with a different problem (or none). */
    ParsedAnnotation withProblem(String reason) {
        return new ParsedAnnotation(fileId, id, source, textSha256, start, end, exact, prefix, suffix, note, tags,
                typeKey, typeLabel, typeColor, typeKind, creator, created, modified, verdict, evidence, speaker,
                attributionGiven, citation, url, exportedState, links, line, column, modifiedBy, rawSelectors, reason);
    }

    /** The id to name in messages: as the file wrote it, else the derived one. */
    public String displayId() {
        return fileId != null ? fileId : id;
    }
}
