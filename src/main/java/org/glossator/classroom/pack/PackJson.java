package org.glossator.classroom.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextStyle;
import org.glossator.domain.TypeKind;
import org.glossator.domain.Verdict;

/** The JSON of a pack's entries (articles, scheme), shared by writer and reader. */
final class PackJson {
    /** Strict parsing: duplicate keys are an error, strings and nesting are bounded. */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(32_000_000).maxNestingDepth(64).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private PackJson() {
    }

    static ObjectNode article(ArticleDraft a, String sha256) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("title", a.title());
        putOptional(o, "author", a.author());
        putOptional(o, "published", a.published());
        putOptional(o, "sourceUrl", a.sourceUrl());
        putOptional(o, "fileName", a.fileName());
        o.put("textSha256", sha256);
        ArrayNode formatting = o.putArray("formatting");
        for (StyleSpan span : a.formatting()) {
            formatting.addObject().put("style", span.style().name()).put("start", span.start()).put("end", span.end());
        }
        o.put("text", a.text());
        return o;
    }

    static ArticleDraft readArticle(JsonNode o, String entry) throws PackException {
        String text = requireText(o, "text", entry);
        List<StyleSpan> formatting = new ArrayList<>();
        JsonNode spans = o.path("formatting");
        if (!spans.isMissingNode() && !spans.isArray()) {
            throw new PackException(entry + ": \"formatting\" must be a list");
        }
        for (JsonNode s : spans) {
            try {
                StyleSpan span = new StyleSpan(s.path("start").asInt(-1), s.path("end").asInt(-1),
                        TextStyle.valueOf(s.path("style").asText()));
                if (span.end() > text.length()) {
                    throw new IllegalArgumentException("span ends after the text");
                }
                formatting.add(span);
            } catch (IllegalArgumentException e) {
                throw new PackException(entry + ": a formatting span is not valid (" + e.getMessage() + ")");
            }
        }
        try {
            return new ArticleDraft(requireText(o, "title", entry), optional(o, "author"), optional(o, "published"),
                    optional(o, "sourceUrl"), optional(o, "fileName"), text, formatting);
        } catch (IllegalArgumentException e) {
            throw new PackException(entry + ": " + e.getMessage());
        }
    }

    static ObjectNode scheme(List<AnnotationType> types, List<Verdict> verdicts) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode t = o.putArray("types");
        for (AnnotationType type : types) {
            t.addObject().put("key", type.key()).put("label", type.label()).put("color", type.color())
                    .put("kind", type.kind().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode v = o.putArray("verdicts");
        verdicts.forEach(verdict -> v.add(verdict.key()));
        return o;
    }

    static List<AnnotationType> readTypes(JsonNode scheme) throws PackException {
        JsonNode types = scheme.path("types");
        if (!types.isArray() || types.isEmpty()) {
            throw new PackException(PackEntries.SCHEME + ": \"types\" must list at least one annotation type");
        }
        List<AnnotationType> result = new ArrayList<>();
        for (JsonNode t : types) {
            try {
                TypeKind kind = TypeKind.valueOf(t.path("kind").asText("generic").toUpperCase(Locale.ROOT));
                result.add(new AnnotationType(t.path("key").asText(null), t.path("label").asText(null),
                        t.path("color").asText(null), result.size(), kind, false));
            } catch (IllegalArgumentException e) {
                throw new PackException(PackEntries.SCHEME + ": type #" + (result.size() + 1) + " is not valid: "
                        + e.getMessage());
            }
        }
        return result;
    }

    static List<Verdict> readVerdicts(JsonNode scheme) throws PackException {
        List<Verdict> result = new ArrayList<>();
        for (JsonNode v : scheme.path("verdicts")) {
            try {
                result.add(Verdict.fromKey(v.asText()));
            } catch (IllegalArgumentException e) {
                throw new PackException(PackEntries.SCHEME + ": unknown verdict \"" + v.asText() + "\"");
            }
        }
        return result;
    }

    static String requireText(JsonNode o, String field, String entry) throws PackException {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new PackException(entry + ": \"" + field + "\" is missing or not a string");
        }
        return v.asText();
    }

    static String optional(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static void putOptional(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
