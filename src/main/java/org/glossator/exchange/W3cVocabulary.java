package org.glossator.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names from the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * and from Glossator's extension context. docs/annotation-format.md describes both.
 */
public final class W3cVocabulary {
    private W3cVocabulary() {
    }

    /** The W3C Web Annotation JSON-LD context; it must be a value of {@code @context}. */
    public static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** The namespace of Glossator's own terms. */
    public static final String GLOSSATOR_NS = "https://glossator.org/ns/";
    public static final String GENERATOR_IRI = "https://glossator.org/";

    // Classes
    public static final String ANNOTATION = "Annotation";
    public static final String ANNOTATION_COLLECTION = "AnnotationCollection";
    public static final String ANNOTATION_PAGE = "AnnotationPage";
    public static final String TEXTUAL_BODY = "TextualBody";
    public static final String SPECIFIC_RESOURCE = "SpecificResource";
    public static final String TEXT_QUOTE_SELECTOR = "TextQuoteSelector";
    public static final String TEXT_POSITION_SELECTOR = "TextPositionSelector";
    public static final String RANGE_SELECTOR = "RangeSelector";
    public static final String PERSON = "Person";
    public static final String SOFTWARE = "Software";
    public static final String TEXT = "Text";

    // Motivations and purposes (Section 3.3.5 of the model)
    public static final String CLASSIFYING = "classifying";
    public static final String COMMENTING = "commenting";
    public static final String TAGGING = "tagging";
    public static final Set<String> MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting",
            "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning",
            "replying", "tagging");

    // W3C properties
    public static final String CONTEXT = "@context";
    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String MOTIVATION = "motivation";
    public static final String CREATED = "created";
    public static final String MODIFIED = "modified";
    public static final String GENERATED = "generated";
    public static final String GENERATOR = "generator";
    public static final String CREATOR = "creator";
    public static final String NAME = "name";
    public static final String NICKNAME = "nickname";
    public static final String BODY = "body";
    public static final String BODY_VALUE = "bodyValue";
    public static final String TARGET = "target";
    public static final String SOURCE = "source";
    public static final String SELECTOR = "selector";
    public static final String EXACT = "exact";
    public static final String PREFIX = "prefix";
    public static final String SUFFIX = "suffix";
    public static final String START = "start";
    public static final String END = "end";
    public static final String VALUE = "value";
    public static final String PURPOSE = "purpose";
    public static final String LABEL = "label";
    public static final String FORMAT = "format";
    public static final String LANGUAGE = "language";
    public static final String FIRST = "first";
    public static final String NEXT = "next";
    public static final String PART_OF = "partOf";
    public static final String ITEMS = "items";
    public static final String START_INDEX = "startIndex";
    public static final String TOTAL = "total";

    // Glossator extension terms (defined in EXTENSION_CONTEXT)
    public static final String G_ARTICLES = "articles";
    public static final String G_TEXT_SHA256 = "textSha256";
    public static final String G_VERDICT = "verdict";
    public static final String G_EVIDENCE = "evidence";
    public static final String G_SPEAKER = "speaker";
    public static final String G_ATTRIBUTION_GIVEN = "attributionGiven";
    public static final String G_CITATION = "citation";
    public static final String G_URL = "url";
    public static final String G_ANCHOR_STATE = "anchorState";
    public static final String G_MODIFIED_BY = "modifiedBy";
    public static final String G_LINKS = "links";
    public static final String G_RELATION = "relation";
    public static final String G_LINKED_TO = "linkedTo";
    public static final String G_COLOR = "color";
    public static final String G_KIND = "kind";
    public static final String G_TITLE = "title";
    public static final String G_AUTHOR = "author";
    public static final String G_PUBLISHED = "published";
    public static final String G_SOURCE_URL = "sourceUrl";
    public static final String G_FILE_NAME = "fileName";
    public static final String G_TEXT = "text";
    public static final String G_SHA256 = "sha256";
    public static final String G_FORMATTING = "formatting";
    public static final String G_STYLE = "style";
    public static final String G_CHAR_START = "charStart";
    public static final String G_CHAR_END = "charEnd";

    public static final String ANCHORED = "anchored";
    public static final String ORPHANED = "orphaned";

    /**
     * The inline context written after the W3C context. Each Glossator term maps to an
     * IRI in {@link #GLOSSATOR_NS}, so a JSON-LD processor keeps the extension data and
     * the document stays valid Web Annotation JSON-LD. Values are strings or nested maps.
     */
    public static final Map<String, Object> EXTENSION_CONTEXT = extensionContext();

    /** The whole {@code @context} value Glossator writes. */
    public static final List<Object> CONTEXT_VALUE = List.of(ANNO_CONTEXT, EXTENSION_CONTEXT);

    private static Map<String, Object> term(String k1, String v1, String k2, String v2) {
        Map<String, Object> m = new LinkedHashMap<>(); // ordered, so that exports are byte-for-byte stable
        m.put(k1, v1);
        m.put(k2, v2);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> extensionContext() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("glossator", GLOSSATOR_NS);
        c.put(G_ARTICLES, term("@id", "glossator:articles", "@container", "@set"));
        c.put(G_TEXT_SHA256, "glossator:textSha256");
        c.put(G_VERDICT, "glossator:verdict");
        c.put(G_EVIDENCE, "glossator:evidence");
        c.put(G_SPEAKER, "glossator:speaker");
        c.put(G_ATTRIBUTION_GIVEN, "glossator:attributionGiven");
        c.put(G_CITATION, "glossator:citation");
        c.put(G_URL, "glossator:url");
        c.put(G_ANCHOR_STATE, "glossator:anchorState");
        c.put(G_MODIFIED_BY, "glossator:modifiedBy");
        c.put(G_LINKS, term("@id", "glossator:links", "@container", "@set"));
        c.put(G_RELATION, "glossator:relation");
        c.put(G_LINKED_TO, term("@id", "glossator:linkedTo", "@type", "@id"));
        c.put(G_COLOR, "glossator:color");
        c.put(G_KIND, "glossator:kind");
        c.put(G_TITLE, "http://purl.org/dc/terms/title");
        c.put(G_AUTHOR, "glossator:author");
        c.put(G_PUBLISHED, "glossator:published");
        c.put(G_SOURCE_URL, "glossator:sourceUrl");
        c.put(G_FILE_NAME, "glossator:fileName");
        c.put(G_TEXT, "glossator:text");
        c.put(G_SHA256, "glossator:sha256");
        c.put(G_FORMATTING, term("@id", "glossator:formatting", "@container", "@list"));
        c.put(G_STYLE, "glossator:style");
        c.put(G_CHAR_START, "glossator:charStart");
        c.put(G_CHAR_END, "glossator:charEnd");
        return java.util.Collections.unmodifiableMap(c);
    }
}
