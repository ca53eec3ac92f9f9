package org.glossator.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the annotations in a W3C or Hypothesis JSON file without importing it, to decide
 * whether an import is large enough to back the database up first. Every annotation in
 * either format has exactly one {@code target} member; embedded articles have none. A file
 * that is not valid JSON counts what was seen before the error (its import will be refused).
 */
public final class AnnotationCounter {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private AnnotationCounter() {
    }

    /** At least {@code atLeast} annotations? Stops reading as soon as the answer is known. */
    public static boolean hasMoreThan(Path file, int atLeast) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            int count = 0;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME && "target".equals(parser.currentName()) && ++count > atLeast) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
