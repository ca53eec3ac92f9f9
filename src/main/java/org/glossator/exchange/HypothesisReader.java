package org.glossator.exchange;

import static org.glossator.exchange.JsonFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Turns one row of the Hypothesis API ({@code GET /api/search} rows, or one annotation
 * from {@code GET /api/annotations/{id}}) into a {@link ParsedAnnotation}.
 * <ul>
 * <li>{@code id} becomes {@code https://hypothes.is/a/<id>}, the annotation's public IRI.</li>
 * <li>{@code target[0].source} (else {@code uri}) is the source; its TextQuoteSelector and
 *     TextPositionSelector are used, RangeSelector (XPath into the page's DOM) is ignored.</li>
 * <li>{@code text} is the note, {@code tags} the tags, {@code created} and {@code updated} the times.</li>
 * <li>{@code user} {@code acct:alice@hypothes.is} becomes creator {@code alice}.</li>
 * <li>Rows carry no Glossator type: they get the import's default type.</li>
 * <li>Page notes and replies (no text selector) cannot be placed in a text; they are
 *     reported as not placeable, not as errors.</li>
 * </ul>
 */
final class HypothesisReader {
    static final String ANNOTATION_IRI = "https://hypothes.is/a/";

    private HypothesisReader() {
    }

    /** A row, or the reason it cannot be placed in a text. */
    record Row(ParsedAnnotation annotation, String displayId, String notPlaceableReason) {
    }

    /** Hypothesis rows have no JSON-LD {@code type}, but a {@code uri} or a {@code user}. */
    static boolean isRow(JsonNode n) {
        return n.isObject() && !n.has("type") && (n.has("uri") || n.has("user"));
    }

    static Row parse(JsonNode n, long line, long column) {
        String rawId = string(n, "id");
        if (rawId != null && rawId.isBlank()) {
            throw new InvalidItem("the annotation's \"id\" is empty");
        }
        String fileId = rawId == null ? null : rawId.contains(":") ? rawId.strip() : ANNOTATION_IRI + rawId.strip();
        String id = fileId != null ? W3cAnnotationReader.storeId(fileId) : W3cAnnotationReader.derivedId(n);
        String display = fileId != null ? fileId : id;

        JsonNode selectorTarget = null;
        String source = string(n, "uri");
        for (JsonNode t : oneOrMany(n.get("target"))) {
            if (!t.isObject()) {
                continue;
            }
            if (source == null && string(t, "source") != null) {
                source = string(t, "source");
            }
            if (selectorTarget == null && hasTextSelector(t)) {
                selectorTarget = t;
            }
        }
        if (selectorTarget == null) {
            boolean reply = !oneOrMany(n.get("references")).isEmpty();
            return new Row(null, display, reply ? "a reply to another annotation" : "a page note (no text selected)");
        }
        W3cAnnotationReader.Target target = W3cAnnotationReader.target(selectorTarget, "selector", source);

        List<String> tags = strings(n, "tags");
        String user = string(n, "user");
        ParsedAnnotation parsed = new ParsedAnnotation(fileId, id, target.source(), null, target.start(),
                target.end(), target.exact(), target.prefix(), target.suffix(), string(n, "text"), tags, null, null,
                null, null, user == null ? null : W3cAnnotationReader.nameFromIri(user), time(n, "created"),
                time(n, "updated"), null, null, null, null, null, null, null, List.of(), line, column, null,
                selectorTarget.get("selector"), null);
        return new Row(parsed, display, null);
    }

    private static boolean hasTextSelector(JsonNode t) {
        for (JsonNode s : oneOrMany(t.get("selector"))) {
            if (hasType(s, W3cVocabulary.TEXT_QUOTE_SELECTOR) || hasType(s, W3cVocabulary.TEXT_POSITION_SELECTOR)) {
                return true;
            }
        }
        return false;
    }
}
