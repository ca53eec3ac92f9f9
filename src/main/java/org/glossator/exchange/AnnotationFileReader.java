package org.glossator.exchange;

import org.glossator.domain.Progress;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads an annotation file with Jackson's streaming parser and hands each annotation and
 * embedded article to a {@link Sink} as soon as it is complete; only one annotation is in
 * memory at a time. Accepted shapes:
 * <ul>
 * <li>W3C: one Annotation; an array of them; an AnnotationPage ({@code items}, with
 *     embedded {@code next} pages); an AnnotationCollection with an embedded {@code first} page.</li>
 * <li>Hypothesis API: {@code {"rows": [...]}}, one row, or an array of rows.</li>
 * </ul>
 * Syntax errors and limit breaches become an {@link ImportException} naming the file, line
 * and column: the file is not what it claims. A problem inside one annotation does not: the
 * annotation is salvaged ({@link W3cAnnotationReader#salvage}) with the problem attached, or
 * reported as skipped when not even its source can be read. A field written twice in one
 * object makes an annotation ambiguous (which value was meant?), so that annotation is
 * skipped; it is detected while its tree is built (the tree's own map says so for free),
 * not by the parser, whose duplicate check kept a set of names per object and cost a tenth
 * of the import.
 */
final class AnnotationFileReader {

    /** Receives what the file holds, in file order. */
    interface Sink {
        void article(ParsedArticle article) throws ImportException;

        void annotation(ParsedAnnotation annotation) throws ImportException;

        void notPlaceable(String id, String reason);

        /**
         * An item that cannot be kept at all (not even its source can be read, or it is not an
         * annotation in a file that holds annotations); {@code id} may be null.
         */
        void skipped(String id, long line, long column, String reason);

        void warning(String message);
    }

    private final String fileName;
    private final ImportLimits limits;
    private final Progress progress;
    private final long totalBytes;
    private final ObjectMapper mapper;
    private JsonParser parser;
    /** Annotations and references to annotations, counted against the limit. */
    private int items;
    /** Annotations in the file itself. */
    private int objects;
    private int remotePages;
    /** Items recognised as W3C or Hypothesis annotations; a file with items but none of these is refused. */
    private int recognised;
    private ImportException firstUnrecognised;

    AnnotationFileReader(String fileName, ImportLimits limits, Progress progress, long totalBytes) {
        this.fileName = fileName;
        this.limits = limits;
        this.progress = progress;
        this.totalBytes = totalBytes;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxStringLength(limits.maxStringLength())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxDocumentLength(limits.maxFileBytes())
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    void read(InputStream in, Sink sink) throws ImportException {
        try (JsonParser p = mapper.createParser(in)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                throw fail("the file is empty");
            }
            if (first == JsonToken.START_ARRAY) {
                readItems(p, sink);
            } else if (first == JsonToken.START_OBJECT) {
                readObject(p, sink, true);
            } else {
                throw fail("an annotation file holds a JSON object or array, but this one starts with "
                        + describe(first));
            }
            if (p.nextToken() != null) {
                throw fail("there is more content after the end of the JSON document");
            }
            if (recognised == 0 && firstUnrecognised != null) {
                throw firstUnrecognised;
            }
            if (objects == 0 && remotePages > 0) {
                throw new ImportException(fileName, "the file holds no annotations itself, only links to pages "
                        + "elsewhere; download those pages and import them");
            }
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (CharConversionException e) {
            throw new ImportException(fileName, "the file is not valid text (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ImportException(fileName, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an object field by field. Arrays that may be long ({@code items}, {@code rows},
     * {@code articles}) and embedded pages ({@code first}, {@code next}) are streamed; other
     * fields are kept. If the object was no container, it is itself an annotation.
     */
    private void readObject(JsonParser p, Sink sink, boolean topLevel) throws IOException, ImportException {
        JsonLocation start = p.currentTokenLocation();
        com.fasterxml.jackson.databind.node.ObjectNode kept = mapper.createObjectNode();
        boolean container = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case W3cVocabulary.ITEMS, "rows" -> {
                    container = true;
                    if (value != JsonToken.START_ARRAY) {
                        throw fail("\"" + name + "\" must be an array of annotations, but it is " + describe(value));
                    }
                    readItems(p, sink);
                }
                case W3cVocabulary.FIRST, W3cVocabulary.NEXT -> {
                    container = true;
                    if (value == JsonToken.START_OBJECT) {
                        readObject(p, sink, false);
                    } else if (value == JsonToken.VALUE_STRING) {
                        remotePages++;
                        sink.warning("the page " + p.getText() + " is not in this file; its annotations were not "
                                + "imported");
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw fail("\"" + name + "\" must be a page object or an IRI, but it is " + describe(value));
                    }
                }
                case W3cVocabulary.G_ARTICLES -> {
                    container = true;
                    if (value != JsonToken.START_ARRAY) {
                        throw fail("\"articles\" must be an array, but it is " + describe(value));
                    }
                    readArticles(p, sink);
                }
                default -> {
                    if (kept.has(name)) {
                        throw fail(fieldTwice(name));
                    }
                    kept.set(name, mapper.readTree(p));
                }
            }
        }
        if (container) {
            return;
        }
        if (JsonFields.hasType(kept, W3cVocabulary.ANNOTATION_COLLECTION)
                || JsonFields.hasType(kept, W3cVocabulary.ANNOTATION_PAGE)) {
            return; // an empty collection or page
        }
        if (!topLevel) {
            throw failAt(start, null, "an embedded page must hold \"items\"");
        }
        item(kept, start, sink);
    }

    private void readItems(JsonParser p, Sink sink) throws IOException, ImportException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_OBJECT) {
                JsonLocation start = p.currentTokenLocation();
                int depth = p.getParsingContext().getNestingDepth();
                JsonNode node;
                try {
                    node = mapper.readTree(p);
                } catch (MismatchedInputException e) {
                    String field = fieldWrittenTwice(e);
                    if (field == null) {
                        throw e;
                    }
                    skipRestOfObject(p, depth);
                    count(start);
                    sink.skipped(null, start.getLineNr(), start.getColumnNr(), fieldTwice(field));
                    step();
                    continue;
                }
                item(node, start, sink);
            } else if (t == JsonToken.VALUE_STRING) {
                if (++items > limits.maxAnnotations()) {
                    throw fail("the file holds more than " + String.format(Locale.ROOT, "%,d",
                            limits.maxAnnotations()) + " annotations, the limit for one file; split it");
                }
                remotePages++;
                sink.warning("the annotation " + p.getText() + " is only referenced by IRI; it was not imported");
            } else {
                throw fail("an annotation must be a JSON object, but this one is " + describe(t));
            }
        }
    }

    private void readArticles(JsonParser p, Sink sink) throws IOException, ImportException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            JsonLocation start = p.currentTokenLocation();
            if (t != JsonToken.START_OBJECT) {
                throw fail("an embedded article must be a JSON object, but this one is " + describe(t));
            }
            JsonNode node = mapper.readTree(p);
            ParsedArticle article;
            try {
                article = W3cAnnotationReader.parseArticle(node, start.getLineNr(), start.getColumnNr());
            } catch (InvalidItem e) {
                throw failAt(start, null, e.getMessage());
            }
            sink.article(article);
            step();
        }
    }

    /** Counts an annotation object of the file against the limit. */
    private void count(JsonLocation start) throws ImportException {
        if (++items > limits.maxAnnotations()) {
            throw failAt(start, null, "the file holds more than " + String.format(Locale.ROOT, "%,d",
                    limits.maxAnnotations()) + " annotations, the limit for one file; split it");
        }
        objects++;
    }

    /** Reads on to the end of the object whose START_OBJECT put the parser at {@code depth}. */
    private static void skipRestOfObject(JsonParser p, int depth) throws IOException {
        while (p.getParsingContext().getNestingDepth() >= depth) {
            p.nextToken(); // a truncated file throws here rather than returning null
        }
    }

    /** The field a tree refused for being written twice in one object, or null for any other mismatch. */
    private static String fieldWrittenTwice(MismatchedInputException e) {
        String message = String.valueOf(e.getOriginalMessage());
        String lead = "Duplicate field '";
        int end = message.indexOf("' for `ObjectNode`");
        return message.startsWith(lead) && end >= lead.length() ? message.substring(lead.length(), end) : null;
    }

    private static String fieldTwice(String name) {
        return "a field appears twice in one object (\"" + name + "\")";
    }

    private void item(JsonNode node, JsonLocation start, Sink sink) throws ImportException {
        count(start);
        String id = node.path("id").isTextual() ? node.get("id").textValue() : null;
        long line = start.getLineNr();
        long column = start.getColumnNr();
        boolean w3c = W3cAnnotationReader.isAnnotation(node);
        if (!w3c && !HypothesisReader.isRow(node)) {
            String reason = "this is neither a W3C Web Annotation (\"type\": \"Annotation\") "
                    + "nor a Hypothesis annotation (with \"uri\" and \"user\")";
            if (firstUnrecognised == null) {
                firstUnrecognised = failAt(start, id, reason);
            }
            sink.skipped(id, line, column, reason);
            step();
            return;
        }
        recognised++;
        ParsedAnnotation parsed;
        try {
            if (w3c) {
                parsed = W3cAnnotationReader.parse(node, line, column);
            } else {
                HypothesisReader.Row row = HypothesisReader.parse(node, line, column);
                if (row.annotation() == null) {
                    sink.notPlaceable(row.displayId(), row.notPlaceableReason());
                    step();
                    return;
                }
                parsed = row.annotation();
            }
        } catch (InvalidItem e) {
            // One bad annotation never sinks the file: keep what can be read of it, with the reason.
            parsed = W3cAnnotationReader.salvage(node, line, column, e.getMessage());
            if (parsed == null) {
                sink.skipped(id, line, column, e.getMessage());
                step();
                return;
            }
        }
        sink.annotation(parsed);
        step();
    }

    private void step() throws ImportException {
        if (progress.isCancelled()) {
            throw ImportException.cancelled(fileName);
        }
        long offset = parser.currentLocation().getByteOffset();
        progress.update(offset < 0 ? items : offset, offset < 0 ? -1 : totalBytes, "Importing annotations");
    }

    private ImportException fail(String reason) {
        return failAt(parser.currentTokenLocation(), null, reason);
    }

    private ImportException failAt(JsonLocation at, String annotationId, String reason) {
        return new ImportException(fileName, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                annotationId, reason);
    }

    private ImportException translate(JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
        String message = String.valueOf(e.getOriginalMessage());
        String twice = e instanceof MismatchedInputException m ? fieldWrittenTwice(m) : null;
        String reason;
        if (e instanceof StreamConstraintsException) {
            if (message.contains("getMaxStringLength")) {
                reason = "a text value is longer than the limit of "
                        + String.format(Locale.ROOT, "%,d", limits.maxStringLength()) + " characters";
            } else if (message.contains("getMaxNestingDepth")) {
                reason = "the JSON is nested more than " + limits.maxNestingDepth() + " levels deep, the limit";
            } else if (message.contains("getMaxDocumentLength")) {
                reason = "the file is larger than the limit of " + size(limits.maxFileBytes());
            } else {
                reason = "the file exceeds a safety limit: " + firstLine(message);
            }
        } else if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF8")) {
            reason = "the file is not valid UTF-8 text (" + firstLine(message) + ")";
        } else if (message.startsWith("Unexpected end-of-input")) {
            // Jackson's detail here can name its internal token state ("in null"); line and column say enough.
            reason = "the JSON ends too early; the file looks truncated";
        } else if (twice != null) {
            reason = fieldTwice(twice);
        } else {
            reason = "this is not valid JSON: " + firstLine(message);
        }
        return new ImportException(fileName, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                null, reason);
    }

    /** A file size for messages: bytes, KB or MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%,d KB", bytes / 1024);
        }
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        int marker = line.indexOf(" (start marker at");
        return marker > 0 ? line.substring(0, marker) : line;
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "JSON null";
            default -> t.toString();
        };
    }
}
