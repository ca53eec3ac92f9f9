package org.glossator.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON-LD document against the MUSTs of the W3C Web Annotation Data Model
 * (https://www.w3.org/TR/annotation-model/, Sections 3 to 5) as the W3C test suite
 * (web-platform-tests annotation-model, "Musts" schemas) states them, plus what makes the
 * document valid JSON-LD with Glossator's extension: every property is a term of the W3C
 * context, a keyword, or a term the document's inline context defines.
 *
 * <p>Written from the specification, independently of the exporter's code: it shares no
 * constants with it.
 */
final class W3cModelValidator {
    static final String ANNO = "http://www.w3.org/ns/anno.jsonld";

    /** Motivation and purpose instances, Section 3.3.5. */
    static final Set<String> MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting",
            "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning",
            "replying", "tagging");
    static final Set<String> SELECTOR_TYPES = Set.of("FragmentSelector", "CssSelector", "XPathSelector",
            "TextQuoteSelector", "TextPositionSelector", "DataPositionSelector", "SvgSelector", "RangeSelector");
    static final Set<String> AGENT_TYPES = Set.of("Person", "Organization", "Software");

    /** Terms defined by http://www.w3.org/ns/anno.jsonld. */
    static final Set<String> ANNO_TERMS = Set.of("id", "type", "body", "target", "source", "selector", "state",
            "scope", "refinedBy", "startSelector", "endSelector", "renderedVia", "creator", "generator", "rights",
            "homepage", "via", "canonical", "stylesheet", "cached", "conformsTo", "items", "partOf", "first",
            "last", "next", "prev", "audience", "motivation", "purpose", "textDirection", "accessibility",
            "bodyValue", "format", "language", "processingLanguage", "value", "exact", "prefix", "suffix",
            "styleClass", "name", "email", "email_sha1", "nickname", "label", "created", "modified", "generated",
            "sourceDate", "sourceDateStart", "sourceDateEnd", "start", "end", "total", "startIndex");

    /** RFC 3987 absolute IRI, loosely: scheme ":" then no whitespace or characters IRIs exclude. */
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:[^\\s<>\"{}|\\\\^`\\x00-\\x1F]*");
    /** xsd:dateTime with a time zone (the model: SHOULD have one; Glossator: always). */
    private static final Pattern DATE_TIME = Pattern.compile(
            "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private final List<String> violations = new ArrayList<>();
    private Set<String> inlineTerms = Set.of();

    private W3cModelValidator() {
    }

    /** Every violation in a document (an annotation, a page or a collection); empty when valid. */
    static List<String> violations(JsonNode document) {
        W3cModelValidator v = new W3cModelValidator();
        v.document(document);
        return v.violations;
    }

    private void document(JsonNode doc) {
        if (!doc.isObject()) {
            fail("", "the document must be a JSON object");
            return;
        }
        Iterator<String> names = doc.fieldNames();
        if (!names.hasNext() || !names.next().equals("@context")) {
            fail("", "@context must be present and come first");
        }
        context(doc.get("@context"));
        if (hasType(doc, "AnnotationCollection")) {
            collection(doc, "");
        } else if (hasType(doc, "AnnotationPage")) {
            page(doc, "");
        } else {
            annotation(doc, "");
        }
        terms(doc, "");
    }

    /** 3.1: one or more contexts, the anno context among them, a single value as a string. */
    private void context(JsonNode c) {
        if (c == null) {
            fail("/@context", "missing");
            return;
        }
        if (c.isTextual()) {
            if (!c.textValue().equals(ANNO)) {
                fail("/@context", "the only context must be " + ANNO);
            }
            return;
        }
        if (!c.isArray() || c.size() == 0) {
            fail("/@context", "must be a string or a non-empty array");
            return;
        }
        if (c.size() == 1) {
            fail("/@context", "a single context must be given as a string, not an array");
        }
        boolean anno = false;
        List<String> terms = new ArrayList<>();
        for (JsonNode item : c) {
            if (item.isTextual() && item.textValue().equals(ANNO)) {
                anno = true;
            } else if (item.isObject()) {
                inlineContext(item, terms);
            } else if (!(item.isTextual() && IRI.matcher(item.textValue()).matches())) {
                fail("/@context", "each context must be an IRI or an object");
            }
        }
        if (!anno) {
            fail("/@context", ANNO + " must be one of the contexts");
        }
        inlineTerms = Set.copyOf(terms);
    }

    /** JSON-LD 1.1 term definitions: an IRI or compact IRI, or an object with a valid @id. */
    private void inlineContext(JsonNode ctx, List<String> terms) {
        Iterator<Map.Entry<String, JsonNode>> fields = ctx.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String term = e.getKey();
            JsonNode def = e.getValue();
            String at = "/@context/" + term;
            if (term.startsWith("@")) {
                fail(at, "an inline context must not redefine keywords");
                continue;
            }
            terms.add(term);
            if (def.isTextual()) {
                iriOrCompact(def.textValue(), at);
            } else if (def.isObject()) {
                JsonNode id = def.get("@id");
                if (id == null || !id.isTextual()) {
                    fail(at, "an expanded term definition needs a string @id");
                } else {
                    iriOrCompact(id.textValue(), at + "/@id");
                }
                JsonNode type = def.get("@type");
                if (type != null && !(type.isTextual() && (type.textValue().equals("@id")
                        || type.textValue().equals("@vocab") || type.textValue().contains(":")))) {
                    fail(at + "/@type", "must be @id, @vocab or an IRI");
                }
                JsonNode container = def.get("@container");
                if (container != null && !(container.isTextual()
                        && Set.of("@list", "@set", "@language", "@index").contains(container.textValue()))) {
                    fail(at + "/@container", "must be @list, @set, @language or @index");
                }
            } else {
                fail(at, "a term definition must be a string or an object");
            }
        }
    }

    private void iriOrCompact(String value, String at) {
        if (!IRI.matcher(value).matches()) {
            fail(at, "must map to an absolute or compact IRI, not \"" + value + "\"");
        }
    }

    /** 5.1 Annotation Collection. */
    private void collection(JsonNode c, String at) {
        iri(c.get("id"), at + "/id", true);
        types(c, at, "AnnotationCollection");
        labels(c, at);
        JsonNode total = c.get("total");
        if (total != null) {
            nonNegativeInteger(total, at + "/total");
        }
        JsonNode first = c.get("first");
        if (first == null) {
            if (total != null && total.isIntegralNumber() && total.longValue() > 0) {
                fail(at + "/first", "a collection with annotations must have a first page");
            }
        } else if (first.isObject()) {
            page(first, at + "/first");
        } else {
            iri(first, at + "/first", true);
        }
        JsonNode last = c.get("last");
        if (last != null) {
            iri(last, at + "/last", true);
        }
        times(c, at);
    }

    /** 5.2 Annotation Page. */
    private void page(JsonNode p, String at) {
        iri(p.get("id"), at + "/id", true);
        types(p, at, "AnnotationPage");
        JsonNode items = p.get("items");
        if (items == null || !items.isArray()) {
            fail(at + "/items", "a page must have exactly 1 items list (an array)");
        } else {
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (item.isObject()) {
                    annotation(item, at + "/items/" + i);
                } else {
                    iri(item, at + "/items/" + i, true);
                }
            }
        }
        for (String link : List.of("partOf", "next", "prev")) {
            if (p.get(link) != null) {
                iri(p.get(link), at + "/" + link, true);
            }
        }
        if (p.get("startIndex") != null) {
            nonNegativeInteger(p.get("startIndex"), at + "/startIndex");
        }
        times(p, at);
    }

    /** 3.1 to 4: the annotation, its bodies, targets, selectors and agents. */
    private void annotation(JsonNode a, String at) {
        if (!a.isObject()) {
            fail(at, "an annotation must be an object");
            return;
        }
        iri(a.get("id"), at + "/id", true);
        types(a, at, "Annotation");
        JsonNode targets = a.get("target");
        if (targets == null || (targets.isArray() && targets.size() == 0)) {
            fail(at + "/target", "an annotation must have 1 or more targets");
        } else {
            List<JsonNode> all = many(targets);
            for (int i = 0; i < all.size(); i++) {
                target(all.get(i), at + "/target" + (targets.isArray() ? "/" + i : ""));
            }
        }
        if (a.has("body") && a.has("bodyValue")) {
            fail(at, "an annotation must not have both body and bodyValue");
        }
        if (a.has("bodyValue") && !a.get("bodyValue").isTextual()) {
            fail(at + "/bodyValue", "must be a single string");
        }
        List<JsonNode> bodies = many(a.get("body"));
        for (int i = 0; i < bodies.size(); i++) {
            body(bodies.get(i), at + "/body" + (a.get("body").isArray() ? "/" + i : ""));
        }
        for (JsonNode m : many(a.get("motivation"))) {
            if (!m.isTextual() || !MOTIVATIONS.contains(m.textValue())) {
                fail(at + "/motivation", "unknown motivation " + m);
            }
        }
        times(a, at);
        agents(a.get("creator"), at + "/creator");
        agents(a.get("generator"), at + "/generator");
    }

    private void body(JsonNode b, String at) {
        if (b.isTextual()) {
            iri(b, at, true);
            return;
        }
        if (!b.isObject()) {
            fail(at, "a body must be an IRI or an object");
            return;
        }
        if (b.has("value")) { // 3.2.4 Embedded Textual Body
            if (!b.get("value").isTextual()) {
                fail(at + "/value", "a textual body's value must be exactly 1 string");
            }
            if (b.has("type") && !hasType(b, "TextualBody")) {
                fail(at + "/type", "a body with a value should be a TextualBody");
            }
            if (b.has("source")) {
                fail(at, "a textual body must not have a source");
            }
        } else if (b.has("source")) {
            specificResource(b, at);
        } else {
            iri(b.get("id"), at + "/id", true);
        }
        for (JsonNode p : many(b.get("purpose"))) {
            if (!p.isTextual() || !MOTIVATIONS.contains(p.textValue())) {
                fail(at + "/purpose", "unknown purpose " + p);
            }
        }
        times(b, at);
        agents(b.get("creator"), at + "/creator");
    }

    private void target(JsonNode t, String at) {
        if (t.isTextual()) {
            iri(t, at, true);
            return;
        }
        if (!t.isObject()) {
            fail(at, "a target must be an IRI or an object");
            return;
        }
        if (t.has("value")) {
            fail(at, "a target must not be a textual body");
        }
        if (t.has("source") || t.has("selector")) {
            specificResource(t, at);
        } else {
            iri(t.get("id"), at + "/id", true);
        }
    }

    /** Section 4: exactly 1 source; selectors of the listed classes with their required keys. */
    private void specificResource(JsonNode r, String at) {
        JsonNode source = r.get("source");
        if (source == null || source.isArray()) {
            fail(at + "/source", "a specific resource must have exactly 1 source");
        } else if (source.isObject()) {
            iri(source.get("id"), at + "/source/id", true);
        } else {
            iri(source, at + "/source", true);
        }
        List<JsonNode> selectors = many(r.get("selector"));
        for (int i = 0; i < selectors.size(); i++) {
            selector(selectors.get(i), at + "/selector/" + i);
        }
    }

    private void selector(JsonNode s, String at) {
        if (s.isTextual()) {
            iri(s, at, true);
            return;
        }
        JsonNode type = s.get("type");
        if (type == null || !type.isTextual() || !SELECTOR_TYPES.contains(type.textValue())) {
            fail(at + "/type", "a selector must have exactly 1 type from the model's list");
            return;
        }
        switch (type.textValue()) {
            case "TextQuoteSelector" -> {
                if (s.get("exact") == null || !s.get("exact").isTextual()) {
                    fail(at + "/exact", "a TextQuoteSelector must have exactly 1 exact string");
                }
                for (String k : List.of("prefix", "suffix")) {
                    if (s.has(k) && !s.get(k).isTextual()) {
                        fail(at + "/" + k, "must be a single string");
                    }
                }
            }
            case "TextPositionSelector", "DataPositionSelector" -> {
                boolean ok = nonNegativeInteger(s.get("start"), at + "/start")
                        & nonNegativeInteger(s.get("end"), at + "/end");
                if (ok && s.get("start").longValue() > s.get("end").longValue()) {
                    fail(at, "start must not be after end");
                }
            }
            case "RangeSelector" -> {
                if (!s.has("startSelector") || !s.has("endSelector")) {
                    fail(at, "a RangeSelector must have startSelector and endSelector");
                }
            }
            default -> {
                if (!s.has("value")) {
                    fail(at + "/value", "this selector must have a value");
                }
            }
        }
    }

    /** 3.3.2 Agents: an IRI or an object; type from Person/Organization/Software; single nickname; mailto email. */
    private void agents(JsonNode value, String at) {
        if (value == null) {
            return;
        }
        if (value.isArray() && value.size() == 0) {
            fail(at, "an empty list of agents");
        }
        for (JsonNode agent : many(value)) {
            if (agent.isTextual()) {
                iri(agent, at, true);
            } else if (agent.isObject()) {
                if (agent.has("id")) {
                    iri(agent.get("id"), at + "/id", true);
                }
                for (JsonNode t : many(agent.get("type"))) {
                    if (!t.isTextual() || !AGENT_TYPES.contains(t.textValue())) {
                        fail(at + "/type", "an agent's type must be Person, Organization or Software");
                    }
                }
                for (JsonNode n : many(agent.get("name"))) {
                    if (!n.isTextual()) {
                        fail(at + "/name", "names must be strings");
                    }
                }
                if (agent.has("nickname") && !agent.get("nickname").isTextual()) {
                    fail(at + "/nickname", "an agent has at most 1 nickname, a string");
                }
                for (JsonNode e : many(agent.get("email"))) {
                    if (!e.isTextual() || !e.textValue().startsWith("mailto:")) {
                        fail(at + "/email", "emails must be mailto: IRIs");
                    }
                }
            } else {
                fail(at, "an agent must be an IRI or an object");
            }
        }
    }

    /** 3.3.1: created, modified and generated, when present, are exactly 1 xsd:dateTime (with a time zone). */
    private void times(JsonNode o, String at) {
        for (String k : List.of("created", "modified", "generated")) {
            JsonNode v = o.get(k);
            if (v == null) {
                continue;
            }
            if (!v.isTextual() || !DATE_TIME.matcher(v.textValue()).matches()) {
                fail(at + "/" + k, "must be exactly 1 xsd:dateTime with a time zone, not " + v);
                continue;
            }
            try {
                OffsetDateTime.parse(v.textValue());
            } catch (DateTimeParseException e) {
                fail(at + "/" + k, "is not a real date and time: " + v.textValue());
            }
        }
    }

    private void labels(JsonNode o, String at) {
        for (JsonNode l : many(o.get("label"))) {
            if (!l.isTextual()) {
                fail(at + "/label", "labels must be strings");
            }
        }
    }

    private void types(JsonNode o, String at, String required) {
        if (!hasType(o, required)) {
            fail(at + "/type", "must have the type " + required);
        }
    }

    private boolean nonNegativeInteger(JsonNode v, String at) {
        if (v == null || !v.isIntegralNumber() || v.longValue() < 0) {
            fail(at, "must be exactly 1 non-negative integer, not " + v);
            return false;
        }
        return true;
    }

    private void iri(JsonNode v, String at, boolean required) {
        if (v == null) {
            if (required) {
                fail(at, "must have exactly 1 IRI");
            }
            return;
        }
        if (!v.isTextual() || !IRI.matcher(v.textValue()).matches()) {
            fail(at, "must be exactly 1 absolute IRI, not " + v);
        }
    }

    /** Every property name is a keyword, a W3C term, or a term of the inline context. */
    private void terms(JsonNode node, String at) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                String k = e.getKey();
                if (k.equals("@context")) {
                    continue;
                }
                if (!k.startsWith("@") && !ANNO_TERMS.contains(k) && !inlineTerms.contains(k)) {
                    fail(at + "/" + k, "\"" + k + "\" is not a term of any context, so JSON-LD would drop it");
                }
                terms(e.getValue(), at + "/" + k);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                terms(node.get(i), at + "/" + i);
            }
        }
    }

    private static boolean hasType(JsonNode o, String type) {
        for (JsonNode t : many(o.get("type"))) {
            if (t.isTextual() && t.textValue().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> many(JsonNode v) {
        List<JsonNode> list = new ArrayList<>();
        if (v == null || v.isNull()) {
            return list;
        }
        if (v.isArray()) {
            v.forEach(list::add);
        } else {
            list.add(v);
        }
        return list;
    }

    private void fail(String at, String message) {
        violations.add((at.isEmpty() ? "/" : at) + ": " + message);
    }
}
