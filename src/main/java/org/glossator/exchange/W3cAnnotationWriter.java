package org.glossator.exchange;

import static org.glossator.exchange.W3cVocabulary.*;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.IsoInstants;
import org.glossator.domain.StyleSpan;
import org.glossator.store.AnnotationRow;

/**
 * Writes one W3C {@code AnnotationCollection} with Jackson's streaming generator, one
 * annotation at a time, so memory stays constant however many annotations are written.
 * The order of calls is: {@link #startCollection}, any number of {@link #writeArticle},
 * any number of {@link #writeAnnotation}, {@link #finish}.
 *
 * <p>The document: {@code @context} first (the W3C context and Glossator's inline
 * extension context), the collection's id, type, label, generator and time, the embedded
 * articles (extension term {@code articles}), then {@code first}: one embedded
 * {@code AnnotationPage} whose {@code items} are the annotations, and finally {@code total}.
 */
public final class W3cAnnotationWriter implements Closeable {
    /** Characters outside the BMP are written as UTF-8, not as escaped surrogate pairs. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private enum State { NEW, STARTED, ARTICLES, ITEMS, FINISHED }

    /** A scheme type's strings, encoded once per export rather than once per annotation. */
    private record TypeTokens(SerializedString key, SerializedString label, SerializedString color,
                              SerializedString kind) {
    }

    private final JsonGenerator g;
    private final String collectionId;
    private final Map<AnnotationType, TypeTokens> typeTokens = new HashMap<>();
    private State state = State.NEW;
    private long count;
    private String lastSource;
    private SerializedString lastSourceToken;
    private boolean lastSourceNamesText;
    private String lastSha;
    private SerializedString lastShaToken;

    /** Writes compact UTF-8 JSON to {@code out}; {@link #close()} does not close {@code out}. */
    public W3cAnnotationWriter(OutputStream out) throws IOException {
        this(out, false);
    }

    public W3cAnnotationWriter(OutputStream out, boolean pretty) throws IOException {
        this.g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.useDefaultPrettyPrinter();
        }
        this.collectionId = AnnotationIds.UUID_URN + UUID.randomUUID();
    }

    public void startCollection(String label, Instant generated) throws IOException {
        expect(State.NEW, "startCollection");
        g.writeStartObject();
        g.writeFieldName(CONTEXT);
        writeValue(CONTEXT_VALUE);
        g.writeStringField(ID, collectionId);
        g.writeStringField(TYPE, ANNOTATION_COLLECTION);
        g.writeStringField(LABEL, label);
        g.writeObjectFieldStart(GENERATOR);
        g.writeStringField(ID, GENERATOR_IRI);
        g.writeStringField(TYPE, SOFTWARE);
        g.writeStringField(NAME, "Glossator");
        g.writeEndObject();
        g.writeStringField(GENERATED, time(generated));
        state = State.STARTED;
    }

    /** Embeds an article (text and metadata) so that the file carries it to a reader who has none. */
    public void writeArticle(Article article) throws IOException {
        if (state == State.STARTED) {
            g.writeArrayFieldStart(G_ARTICLES);
            state = State.ARTICLES;
        }
        expect(State.ARTICLES, "writeArticle (articles are written before annotations)");
        g.writeStartObject();
        g.writeStringField(ID, ArticleSources.sourceOf(article));
        g.writeStringField(TYPE, TEXT);
        g.writeStringField(FORMAT, "text/plain");
        optional(G_TITLE, article.title());
        optional(G_AUTHOR, article.author());
        optional(G_PUBLISHED, article.published());
        optional(G_SOURCE_URL, article.sourceUrl());
        optional(G_FILE_NAME, article.fileName());
        g.writeStringField(G_SHA256, article.sha256());
        if (!article.formatting().isEmpty()) {
            g.writeArrayFieldStart(G_FORMATTING);
            for (StyleSpan span : article.formatting()) {
                g.writeStartObject();
                g.writeStringField(G_STYLE, span.style().name());
                g.writeNumberField(G_CHAR_START, span.start());
                g.writeNumberField(G_CHAR_END, span.end());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeStringField(G_TEXT, article.text());
        g.writeEndObject();
    }

    /**
     * Writes one annotation.
     * @param type       the annotation's type from the scheme (key, label, colour, kind)
     * @param source     the article's IRI, {@link ArticleSources#sourceOf}
     * @param textSha256 the SHA-256 of the article text the annotation was exported from
     * @param outgoing   links that start at this annotation
     */
    public void writeAnnotation(Annotation a, AnnotationType type, String source, String textSha256,
                                List<AnnotationLink> outgoing) throws IOException {
        writeAnnotation(AnnotationRow.of(a), type, source, textSha256, outgoing);
    }

    /** As {@link #writeAnnotation(Annotation, AnnotationType, String, String, List)}, from a stored row. */
    public void writeAnnotation(AnnotationRow a, AnnotationType type, String source, String textSha256,
                                List<AnnotationLink> outgoing) throws IOException {
        if (state == State.ARTICLES) {
            g.writeEndArray();
            state = State.STARTED;
        }
        if (state == State.STARTED) {
            openPage();
        }
        expect(State.ITEMS, "writeAnnotation");
        g.writeStartObject();
        g.writeFieldName(W3cTokens.ID);
        g.writeString(AnnotationIds.toIri(a.id()));
        constant(W3cTokens.TYPE, W3cTokens.ANNOTATION);
        constant(W3cTokens.MOTIVATION, W3cTokens.CLASSIFYING);
        utf8(W3cTokens.CREATED, a.created());
        utf8(W3cTokens.MODIFIED, a.modified());
        if (a.creator().length > 0) {
            writeAgent(W3cTokens.CREATOR, a.creator());
        }
        if (a.modifiedBy().length > 0) {
            writeAgent(W3cTokens.MODIFIED_BY, a.modifiedBy());
        }

        g.writeFieldName(W3cTokens.BODY);
        g.writeStartArray();
        writeClassifyingBody(a.typeKey(), type);
        if (a.note().length > 0) {
            writeTextualBody(W3cTokens.COMMENTING, a.note());
        }
        for (byte[] tag : a.tags()) {
            writeTextualBody(W3cTokens.TAGGING, tag);
        }
        g.writeEndArray();

        g.writeFieldName(W3cTokens.TARGET);
        g.writeStartObject();
        writeSource(source, textSha256);
        if (a.importedSelectors() != null) {
            // An imported orphan whose selectors could not be read: give them back exactly as they came.
            if (!a.importedSelectors().strip().equals("[]")) {
                g.writeFieldName(W3cTokens.SELECTOR);
                g.writeRawValue(a.importedSelectors());
            }
            g.writeEndObject();
        } else {
            writeSelectors(a);
        }

        if (a.verdict() != null) {
            g.writeFieldName(W3cTokens.VERDICT);
            g.writeString(a.verdict().key());
        }
        optional(W3cTokens.EVIDENCE, a.evidence());
        optional(W3cTokens.SPEAKER, a.speaker());
        if (a.attributionGiven() != null) {
            g.writeFieldName(W3cTokens.ATTRIBUTION_GIVEN);
            g.writeBoolean(a.attributionGiven());
        }
        optional(W3cTokens.CITATION, a.citation());
        optional(W3cTokens.URL, a.url());
        constant(W3cTokens.ANCHOR_STATE, a.orphan() ? W3cTokens.ORPHANED : W3cTokens.ANCHORED);
        if (outgoing != null && !outgoing.isEmpty()) {
            writeLinks(outgoing);
        }
        g.writeEndObject();
        count++;
    }

    /** The first body: the annotation's type, with the label, colour and kind it has in the scheme. */
    private void writeClassifyingBody(String typeKey, AnnotationType type) throws IOException {
        g.writeStartObject();
        constant(W3cTokens.TYPE, W3cTokens.TEXTUAL_BODY);
        constant(W3cTokens.PURPOSE, W3cTokens.CLASSIFYING);
        if (type == null) {
            g.writeFieldName(W3cTokens.VALUE);
            g.writeString(typeKey);
        } else {
            TypeTokens tokens = typeTokens(type);
            constant(W3cTokens.VALUE, tokens.key());
            constant(W3cTokens.LABEL, tokens.label());
            constant(W3cTokens.COLOR, tokens.color());
            constant(W3cTokens.KIND, tokens.kind());
        }
        g.writeEndObject();
    }

    /**
     * The target's source, and the text's digest when the source does not already name it. Both
     * change only from one article to the next, so they are encoded once per article.
     */
    private void writeSource(String source, String textSha256) throws IOException {
        if (!source.equals(lastSource)) {
            lastSource = source;
            lastSourceToken = new SerializedString(source);
            lastSourceNamesText = ArticleSources.shaOf(source) != null;
            lastSha = null;
        }
        g.writeFieldName(W3cTokens.SOURCE);
        g.writeString(lastSourceToken);
        if (textSha256 != null && !lastSourceNamesText) {
            if (!textSha256.equals(lastSha)) {
                lastSha = textSha256;
                lastShaToken = new SerializedString(textSha256);
            }
            g.writeFieldName(W3cTokens.TEXT_SHA256);
            g.writeString(lastShaToken);
        }
    }

    private void writeLinks(List<AnnotationLink> outgoing) throws IOException {
        g.writeFieldName(W3cTokens.LINKS);
        g.writeStartArray();
        for (AnnotationLink link : outgoing) {
            g.writeStartObject();
            g.writeStringField(ID, AnnotationIds.toIri(link.id()));
            g.writeStringField(G_RELATION, link.relation().key());
            g.writeStringField(G_LINKED_TO, AnnotationIds.toIri(link.toId()));
            if (!link.creator().isEmpty()) {
                writeCreator(link.creator());
            }
            g.writeStringField(CREATED, time(link.created()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void writeTextualBody(SerializedString purpose, byte[] value) throws IOException {
        g.writeStartObject();
        constant(W3cTokens.TYPE, W3cTokens.TEXTUAL_BODY);
        constant(W3cTokens.PURPOSE, purpose);
        utf8(W3cTokens.VALUE, value);
        g.writeEndObject();
    }

    private void writeSelectors(AnnotationRow t) throws IOException {
        g.writeFieldName(W3cTokens.SELECTOR);
        g.writeStartArray();
        g.writeStartObject();
        constant(W3cTokens.TYPE, W3cTokens.TEXT_QUOTE_SELECTOR);
        utf8(W3cTokens.EXACT, t.exact());
        if (t.prefix().length > 0) {
            utf8(W3cTokens.PREFIX, t.prefix());
        }
        if (t.suffix().length > 0) {
            utf8(W3cTokens.SUFFIX, t.suffix());
        }
        g.writeEndObject();
        g.writeStartObject();
        constant(W3cTokens.TYPE, W3cTokens.TEXT_POSITION_SELECTOR);
        g.writeFieldName(W3cTokens.START);
        g.writeNumber(t.start());
        g.writeFieldName(W3cTokens.END);
        g.writeNumber(t.end());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Closes the page and the collection, writes {@code total} and flushes. */
    public long finish() throws IOException {
        if (state == State.ARTICLES) {
            g.writeEndArray();
            state = State.STARTED;
        }
        if (state == State.STARTED) {
            openPage();
        }
        expect(State.ITEMS, "finish");
        g.writeEndArray(); // items
        g.writeEndObject(); // page
        g.writeNumberField(TOTAL, count);
        g.writeEndObject(); // collection
        g.flush();
        state = State.FINISHED;
        return count;
    }

    public long count() {
        return count;
    }

    /** Flushes and releases the generator; the output stream stays open. */
    @Override
    public void close() throws IOException {
        g.close();
    }

    /** W3C times are xsd:dateTime in UTC with the full precision of the stored instant. */
    static String time(Instant instant) {
        return IsoInstants.format(instant);
    }

    private void openPage() throws IOException {
        g.writeObjectFieldStart(FIRST);
        g.writeStringField(ID, AnnotationIds.UUID_URN + UUID.randomUUID());
        g.writeStringField(TYPE, ANNOTATION_PAGE);
        g.writeStringField(PART_OF, collectionId);
        g.writeNumberField(START_INDEX, 0);
        g.writeArrayFieldStart(ITEMS);
        state = State.ITEMS;
    }

    private void writeCreator(String name) throws IOException {
        writeAgent(CREATOR, name);
    }

    private void writeAgent(String field, String name) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField(TYPE, PERSON);
        g.writeStringField(NAME, name);
        g.writeEndObject();
    }

    private void writeAgent(SerializedString field, byte[] name) throws IOException {
        g.writeFieldName(field);
        g.writeStartObject();
        constant(W3cTokens.TYPE, W3cTokens.PERSON);
        utf8(W3cTokens.NAME, name);
        g.writeEndObject();
    }

    /** A field whose name and value are vocabulary terms, written from their encoded bytes. */
    private void constant(SerializedString field, SerializedString value) throws IOException {
        g.writeFieldName(field);
        g.writeString(value);
    }

    /** A string field from UTF-8 bytes, escaped by the generator as any string is. */
    private void utf8(SerializedString field, byte[] value) throws IOException {
        g.writeFieldName(field);
        g.writeUTF8String(value, 0, value.length);
    }

    private void optional(SerializedString field, byte[] value) throws IOException {
        if (value != null) {
            utf8(field, value);
        }
    }

    private TypeTokens typeTokens(AnnotationType type) {
        TypeTokens tokens = typeTokens.get(type);
        if (tokens == null) {
            tokens = new TypeTokens(new SerializedString(type.key()), new SerializedString(type.label()),
                    new SerializedString(type.color()),
                    new SerializedString(type.kind().name().toLowerCase(Locale.ROOT)));
            typeTokens.put(type, tokens);
        }
        return tokens;
    }

    private void optional(String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private void writeValue(Object value) throws IOException {
        if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(item);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(e.getValue());
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("not a context value: " + value);
        }
    }

    private void expect(State wanted, String call) {
        if (state != wanted) {
            throw new IllegalStateException(call + " called in state " + state);
        }
    }
}
