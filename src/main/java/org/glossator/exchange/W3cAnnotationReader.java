package org.glossator.exchange;

import static org.glossator.exchange.JsonFields.*;
import static org.glossator.exchange.W3cVocabulary.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.glossator.domain.AnchorState;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextHash;
import org.glossator.domain.TextStyle;
import org.glossator.domain.TypeKind;
import org.glossator.domain.Verdict;

/**
 * Turns one W3C Web Annotation (a JSON object) into a {@link ParsedAnnotation}, and one
 * embedded article into a {@link ParsedArticle}. Tolerant of the shapes the model allows
 * (one value or an array, IRI or object) and strict about what Glossator needs: a target
 * with a source and a text selector, well-formed selectors, types and times.
 */
final class W3cAnnotationReader {
    private static final Pattern TYPE_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private W3cAnnotationReader() {
    }

    static boolean isAnnotation(JsonNode node) {
        return hasType(node, ANNOTATION);
    }

    static ParsedAnnotation parse(JsonNode n, long line, long column) {
        String fileId = string(n, ID);
        if (fileId != null && fileId.isBlank()) {
            throw new InvalidItem("the annotation's \"id\" is empty");
        }
        String id = fileId != null ? storeId(fileId) : derivedId(n);

        // Bodies: the classifying body names the type, commenting (or unmarked) bodies make the note,
        // tagging bodies the tags. Bodies that are only IRIs (external resources) carry nothing to import.
        String typeKey = null;
        String typeLabel = null;
        String typeColor = null;
        TypeKind typeKind = null;
        List<String> noteParts = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (JsonNode body : oneOrMany(n.get(BODY))) {
            if (!body.isObject()) {
                continue;
            }
            String value = string(body, VALUE);
            if (value == null) {
                continue;
            }
            List<String> purposes = strings(body, PURPOSE);
            if (purposes.contains(CLASSIFYING)) {
                if (typeKey == null) {
                    typeKey = value;
                    typeLabel = string(body, LABEL);
                    typeColor = string(body, G_COLOR);
                    typeKind = kind(string(body, G_KIND));
                }
            } else if (purposes.contains(TAGGING)) {
                tags.add(value);
            } else {
                noteParts.add(value);
            }
        }
        String bodyValue = string(n, BODY_VALUE);
        if (bodyValue != null) {
            noteParts.add(bodyValue);
        }
        if (typeKey != null && !TYPE_KEY.matcher(typeKey).matches()) {
            // Another tool's classification label: make a key of it, keep the words as the label.
            typeLabel = typeLabel != null ? typeLabel : typeKey;
            typeKey = AnnotationType.keyFor(typeKey);
        }

        Target target = target(n);
        String creator = creatorName(n.get(CREATOR));
        Instant created = time(n, CREATED);
        Instant modified = time(n, MODIFIED);

        Verdict verdict = verdict(string(n, G_VERDICT));
        AnchorState state = anchorState(string(n, G_ANCHOR_STATE));
        List<ParsedLink> links = links(n, id);

        return new ParsedAnnotation(fileId, id, target.source, target.textSha256, target.start, target.end,
                target.exact, target.prefix, target.suffix, String.join("\n\n", noteParts), tags, typeKey, typeLabel,
                typeColor, typeKind, creator, created, modified, verdict, string(n, G_EVIDENCE),
                string(n, G_SPEAKER), bool(n, G_ATTRIBUTION_GIVEN), string(n, G_CITATION), string(n, G_URL), state,
                links, line, column, creatorName(n.get(G_MODIFIED_BY)), rawSelectors(n), null);
    }

    /** The {@code selector} value of the target that has one; null when there is none. */
    static JsonNode rawSelectors(JsonNode n) {
        for (JsonNode t : oneOrMany(n.get(TARGET))) {
            if (t.isObject() && present(t, SELECTOR)) {
                return t.get(SELECTOR);
            }
        }
        return null;
    }

    /**
     * What can still be read of an annotation that is not valid as a whole ({@code reason} says
     * why): its id, source, quote (with context), note, creator and times, each only if it is
     * itself well-formed. Returns null when not even the article it belongs to (the source) can
     * be read; then the annotation cannot be kept anywhere.
     */
    static ParsedAnnotation salvage(JsonNode n, long line, long column, String reason) {
        String fileId = lenient(() -> {
            String raw = string(n, ID);
            return raw == null || raw.isBlank() ? null : raw.strip();
        });
        if (fileId != null && HypothesisReader.isRow(n) && !fileId.contains(":")) {
            fileId = HypothesisReader.ANNOTATION_IRI + fileId;
        }
        final String fid = fileId;
        String storeId = fid == null ? null : lenient(() -> storeId(fid));
        String id = storeId != null ? storeId : derivedId(n);
        String displayId = fid != null ? fid : id;
        JsonNode target = null;
        for (JsonNode t : oneOrMany(n.get(TARGET))) {
            if (t.isObject() && present(t, SELECTOR)) {
                target = t;
                break;
            }
        }
        if (target == null && !oneOrMany(n.get(TARGET)).isEmpty()) {
            target = oneOrMany(n.get(TARGET)).get(0);
        }
        final JsonNode chosen = target;
        String source = null;
        if (chosen != null && chosen.isTextual()) {
            source = lenient(() -> checked(TARGET, chosen.textValue()).strip());
        } else if (chosen != null && chosen.isObject() && present(chosen, SOURCE)) {
            source = lenient(() -> source(chosen));
        }
        if (source == null) {
            source = lenient(() -> string(n, "uri"));
        }
        if (source == null || source.isBlank()) {
            return null;
        }
        String exact = null;
        String prefix = null;
        String suffix = null;
        String sha = null;
        if (chosen != null && chosen.isObject()) {
            sha = lenient(() -> {
                String v = string(chosen, G_TEXT_SHA256);
                return v != null && ArticleSources.isSha256Hex(v.toLowerCase(Locale.ROOT)) ? v.toLowerCase(Locale.ROOT)
                        : null;
            });
            for (JsonNode sel : oneOrMany(chosen.get(SELECTOR))) {
                if (sel.isObject() && hasType(sel, TEXT_QUOTE_SELECTOR)) {
                    exact = lenient(() -> string(sel, EXACT));
                    if (exact != null && !exact.isEmpty()) {
                        prefix = lenient(() -> string(sel, PREFIX));
                        suffix = lenient(() -> string(sel, SUFFIX));
                        break;
                    }
                    exact = null;
                }
            }
        }
        String note = lenient(() -> {
            String v = string(n, BODY_VALUE);
            return v != null ? v : string(n, "text");
        });
        String creator = lenient(() -> creatorName(n.get(CREATOR)));
        if (creator == null) {
            creator = lenient(() -> {
                String user = string(n, "user");
                return user == null ? null : nameFromIri(user);
            });
        }
        Instant created = lenient(() -> time(n, CREATED));
        Instant modified = lenient(() -> time(n, MODIFIED));
        if (modified == null) {
            modified = lenient(() -> time(n, "updated"));
        }
        JsonNode raw = chosen != null && chosen.isObject() && present(chosen, SELECTOR)
                ? chosen.get(SELECTOR) : null;
        return new ParsedAnnotation(fid == null ? null : displayId, id, source, sha, null, null, exact, prefix,
                suffix, note, List.of(), null, null, null, null, creator, created, modified, null, null, null, null,
                null, null, null, List.of(), line, column, null, raw, reason);
    }

    /** The value, or null when reading it fails. */
    private static <T> T lenient(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidItem | IllegalArgumentException e) {
            return null;
        }
    }

    /** What a target tells Glossator: where (source) and which text (selectors). */
    record Target(String source, String textSha256, Integer start, Integer end, String exact, String prefix,
                  String suffix) {
    }

    static Target target(JsonNode n) {
        JsonNode value = n.get(TARGET);
        if (value == null || value.isNull()) {
            throw new InvalidItem("it has no \"target\"");
        }
        JsonNode chosen = null;
        for (JsonNode t : oneOrMany(value)) {
            if (t.isObject() && present(t, SELECTOR)) {
                chosen = t;
                break;
            }
        }
        if (chosen == null) {
            throw new InvalidItem("its target has no selector (no TextQuoteSelector or TextPositionSelector), "
                    + "so it cannot be placed in the text");
        }
        return target(chosen, SELECTOR, null);
    }

    /** Reads source and selectors from a specific-resource object; {@code fallbackSource} when it names none. */
    static Target target(JsonNode t, String selectorField, String fallbackSource) {
        String source = present(t, SOURCE) || fallbackSource == null ? source(t) : fallbackSource.strip();
        if (source.isEmpty()) {
            throw new InvalidItem("the target's \"source\" is empty");
        }
        String sha = string(t, G_TEXT_SHA256);
        if (sha != null) {
            sha = sha.toLowerCase(Locale.ROOT);
            if (!ArticleSources.isSha256Hex(sha)) {
                throw new InvalidItem("\"" + G_TEXT_SHA256 + "\" must be 64 hexadecimal digits");
            }
        }
        Integer start = null;
        Integer end = null;
        String exact = null;
        String prefix = null;
        String suffix = null;
        for (JsonNode s : oneOrMany(t.get(selectorField))) {
            if (!s.isObject()) {
                continue; // a selector given by IRI cannot be resolved offline
            }
            if (hasType(s, TEXT_QUOTE_SELECTOR) && exact == null) {
                exact = requiredString(s, EXACT, "the TextQuoteSelector");
                prefix = string(s, PREFIX);
                suffix = string(s, SUFFIX);
            } else if (hasType(s, TEXT_POSITION_SELECTOR) && start == null) {
                int st = nonNegativeInt(s, START, "the TextPositionSelector");
                int en = nonNegativeInt(s, END, "the TextPositionSelector");
                if (st > en) {
                    throw new InvalidItem("the TextPositionSelector starts after it ends (start " + st + " > end "
                            + en + ")");
                }
                start = st;
                end = en;
            }
        }
        if (exact == null && start == null) {
            throw new InvalidItem("its target has no TextQuoteSelector or TextPositionSelector, "
                    + "so it cannot be placed in the text");
        }
        return new Target(source, sha, start, end, exact, prefix, suffix);
    }

    private static String source(JsonNode t) {
        JsonNode s = t.get(SOURCE);
        if (s == null || s.isNull()) {
            throw new InvalidItem("its target has no \"source\" (the document it annotates)");
        }
        String iri;
        if (s.isTextual()) {
            iri = s.textValue();
        } else if (s.isObject() && present(s, ID)) {
            iri = string(s, ID);
        } else {
            throw new InvalidItem("the target's \"source\" must be an IRI, but it is " + describe(s));
        }
        if (iri.isBlank()) {
            throw new InvalidItem("the target's \"source\" is empty");
        }
        return iri.strip();
    }

    /** The creator's name: an Agent's name (or nickname), or the IRI itself ({@code acct:} IRIs give the user name). */
    static String creatorName(JsonNode c) {
        List<JsonNode> all = oneOrMany(c);
        if (all.isEmpty()) {
            return null;
        }
        JsonNode first = all.get(0);
        if (first.isTextual()) {
            return nameFromIri(checked(CREATOR, first.textValue()));
        }
        if (first.isObject()) {
            String name = string(first, NAME);
            if (name == null) {
                name = string(first, NICKNAME);
            }
            if (name == null && string(first, ID) != null) {
                name = nameFromIri(string(first, ID));
            }
            return name;
        }
        throw new InvalidItem("\"creator\" must be an IRI or an agent object, but it is " + describe(first));
    }

    /** {@code acct:alice@hypothes.is} gives {@code alice}; other IRIs are kept whole. */
    static String nameFromIri(String iri) {
        if (iri.regionMatches(true, 0, "acct:", 0, 5)) {
            String rest = iri.substring(5);
            int at = rest.indexOf('@');
            return at > 0 ? rest.substring(0, at) : rest;
        }
        return iri;
    }

    static String storeId(String fileId) {
        try {
            return AnnotationIds.fromIri(fileId.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidItem(e.getMessage());
        }
    }

    /** An id for an annotation that has none: a name-based UUID of its content, so re-imports match. */
    static String derivedId(JsonNode n) {
        return UUID.nameUUIDFromBytes(("glossator-import:" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static TypeKind kind(String s) {
        if (s == null) {
            return null;
        }
        for (TypeKind k : TypeKind.values()) {
            if (k.name().equalsIgnoreCase(s.strip())) {
                return k;
            }
        }
        throw new InvalidItem("unknown type kind \"" + abbreviate(s) + "\" (expected claim, quote, source or generic)");
    }

    private static Verdict verdict(String s) {
        if (s == null) {
            return null;
        }
        try {
            Verdict v = Verdict.fromKey(s);
            if (v == null) {
                throw new IllegalArgumentException();
            }
            return v;
        } catch (IllegalArgumentException e) {
            throw new InvalidItem("unknown verdict \"" + abbreviate(s)
                    + "\" (expected unverified, unsupported, misleading, false or accurate)");
        }
    }

    private static AnchorState anchorState(String s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case ANCHORED -> AnchorState.ANCHORED;
            case ORPHANED -> AnchorState.ORPHANED;
            default -> throw new InvalidItem("unknown \"" + G_ANCHOR_STATE + "\" \"" + abbreviate(s)
                    + "\" (expected anchored or orphaned)");
        };
    }

    private static List<ParsedLink> links(JsonNode n, String fromId) {
        List<ParsedLink> links = new ArrayList<>();
        for (JsonNode l : oneOrMany(n.get(G_LINKS))) {
            if (!l.isObject()) {
                throw new InvalidItem("each of \"links\" must be an object, but one is " + describe(l));
            }
            String relationKey = requiredString(l, G_RELATION, "a link");
            LinkRelation relation;
            try {
                relation = LinkRelation.fromKey(relationKey);
            } catch (IllegalArgumentException e) {
                throw new InvalidItem("a link has the unknown relation \"" + abbreviate(relationKey) + "\"");
            }
            String toId = storeId(requiredString(l, G_LINKED_TO, "a link"));
            if (toId.equals(fromId)) {
                throw new InvalidItem("a link points back at the annotation itself");
            }
            String linkFileId = string(l, ID);
            String linkId = linkFileId != null && !linkFileId.isBlank() ? storeId(linkFileId)
                    : UUID.nameUUIDFromBytes((fromId + "\n" + toId + "\n" + relation).getBytes(StandardCharsets.UTF_8))
                    .toString();
            links.add(new ParsedLink(linkId, relation, toId, creatorName(l.get(CREATOR)), time(l, CREATED)));
        }
        return links;
    }

    static ParsedArticle parseArticle(JsonNode n, long line, long column) {
        if (!n.isObject()) {
            throw new InvalidItem("each of \"articles\" must be an object, but one is " + describe(n));
        }
        String source = requiredString(n, ID, "an embedded article").strip();
        String text = requiredString(n, G_TEXT, "the embedded article " + source);
        if (text.isBlank()) {
            throw new InvalidItem("the embedded article " + source + " has no text");
        }
        String sha = TextHash.sha256(text);
        String declared = string(n, G_SHA256);
        if (declared != null && !declared.equalsIgnoreCase(sha)) {
            throw new InvalidItem("the text of the embedded article " + source
                    + " does not match its sha256; the file was damaged or edited");
        }
        String sourceSha = ArticleSources.shaOf(source);
        if (sourceSha != null && !sourceSha.equals(sha)) {
            throw new InvalidItem("the embedded article " + source + " does not hold the text its id names");
        }
        List<StyleSpan> formatting = new ArrayList<>();
        for (JsonNode f : oneOrMany(n.get(G_FORMATTING))) {
            if (!f.isObject()) {
                throw new InvalidItem("the formatting of " + source + " must hold objects");
            }
            String styleName = requiredString(f, G_STYLE, "a formatting span");
            TextStyle style;
            try {
                style = TextStyle.valueOf(styleName);
            } catch (IllegalArgumentException e) {
                throw new InvalidItem("unknown formatting style \"" + abbreviate(styleName) + "\"");
            }
            int start = nonNegativeInt(f, G_CHAR_START, "a formatting span");
            int end = nonNegativeInt(f, G_CHAR_END, "a formatting span");
            if (start > end || end > text.length()) {
                throw new InvalidItem("a formatting span (" + start + ".." + end + ") lies outside the text of "
                        + source);
            }
            formatting.add(new StyleSpan(start, end, style));
        }
        return new ParsedArticle(source, string(n, G_TITLE), string(n, G_AUTHOR), string(n, G_PUBLISHED),
                string(n, G_SOURCE_URL), string(n, G_FILE_NAME), text, sha, formatting, line, column);
    }
}
