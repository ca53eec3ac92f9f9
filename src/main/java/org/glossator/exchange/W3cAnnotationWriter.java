package org.glossator.exchange;

import static org.glossator.exchange.W3cVocabulary.*;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
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

    private final JsonGenerator g;
    private final String collectionId;
    private State state = State.NEW;
    private long count;

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
        g.writeStringField(ID, AnnotationIds.toIri(a.id()));
        g.writeStringField(TYPE, ANNOTATION);
        g.writeStringField(MOTIVATION, CLASSIFYING);
        utf8(CREATED, a.created());
        utf8(MODIFIED, a.modified());
        if (a.creator().length > 0) {
            writeAgent(CREATOR, a.creator());
        }
        if (a.modifiedBy().length > 0) {
            writeAgent(G_MODIFIED_BY, a.modifiedBy());
        }

        g.writeArrayFieldStart(BODY);
        g.writeStartObject();
        g.writeStringField(TYPE, TEXTUAL_BODY);
        g.writeStringField(PURPOSE, CLASSIFYING);
        g.writeStringField(VALUE, a.typeKey());
        if (type != null) {
            g.writeStringField(LABEL, type.label());
            g.writeStringField(G_COLOR, type.color());
            g.writeStringField(G_KIND, type.kind().name().toLowerCase(Locale.ROOT));
        }
        g.writeEndObject();
        if (a.note().length > 0) {
            writeTextualBody(COMMENTING, a.note());
        }
        for (byte[] tag : a.tags()) {
            writeTextualBody(TAGGING, tag);
        }
        g.writeEndArray();

        g.writeObjectFieldStart(TARGET);
        g.writeStringField(SOURCE, source);
        if (textSha256 != null && ArticleSources.shaOf(source) == null) {
            g.writeStringField(G_TEXT_SHA256, textSha256);
        }
        if (a.importedSelectors() != null) {
            // An imported orphan whose selectors could not be read: give them back exactly as they came.
            if (!a.importedSelectors().strip().equals("[]")) {
                g.writeFieldName(SELECTOR);
                g.writeRawValue(a.importedSelectors());
            }
            g.writeEndObject();
        } else {
            writeSelectors(a);
        }

        if (a.verdict() != null) {
            g.writeStringField(G_VERDICT, a.verdict().key());
        }
        optional(G_EVIDENCE, a.evidence());
        optional(G_SPEAKER, a.speaker());
        if (a.attributionGiven() != null) {
            g.writeBooleanField(G_ATTRIBUTION_GIVEN, a.attributionGiven());
        }
        optional(G_CITATION, a.citation());
        optional(G_URL, a.url());
        g.writeStringField(G_ANCHOR_STATE, a.orphan() ? ORPHANED : ANCHORED);
        if (outgoing != null && !outgoing.isEmpty()) {
            g.writeArrayFieldStart(G_LINKS);
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
        g.writeEndObject();
        count++;
    }

    private void writeTextualBody(String purpose, byte[] value) throws IOException {
        g.writeStartObject();
        g.writeStringField(TYPE, TEXTUAL_BODY);
        g.writeStringField(PURPOSE, purpose);
        utf8(VALUE, value);
        g.writeEndObject();
    }

    private void writeSelectors(AnnotationRow t) throws IOException {
        g.writeArrayFieldStart(SELECTOR);
        g.writeStartObject();
        g.writeStringField(TYPE, TEXT_QUOTE_SELECTOR);
        utf8(EXACT, t.exact());
        if (t.prefix().length > 0) {
            utf8(PREFIX, t.prefix());
        }
        if (t.suffix().length > 0) {
            utf8(SUFFIX, t.suffix());
        }
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField(TYPE, TEXT_POSITION_SELECTOR);
        g.writeNumberField(START, t.start());
        g.writeNumberField(END, t.end());
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
        return InstantText.of(instant);
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

    private void writeAgent(String field, byte[] name) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField(TYPE, PERSON);
        utf8(NAME, name);
        g.writeEndObject();
    }

    /** A string field from UTF-8 bytes, escaped by the generator as any string is. */
    private void utf8(String field, byte[] value) throws IOException {
        g.writeFieldName(field);
        g.writeUTF8String(value, 0, value.length);
    }

    private void optional(String field, byte[] value) throws IOException {
        if (value != null) {
            utf8(field, value);
        }
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
