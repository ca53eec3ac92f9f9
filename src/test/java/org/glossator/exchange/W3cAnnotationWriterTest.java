package org.glossator.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.DefaultScheme;
import org.glossator.domain.TextTarget;
import org.junit.jupiter.api.Test;

class W3cAnnotationWriterTest {
    private static final AnnotationType CLAIM = DefaultScheme.types().get(0);

    private static Annotation annotation(int i) {
        Instant t = Instant.parse("2024-01-01T00:00:00Z").plusNanos(i);
        return Annotation.builder().id(java.util.UUID.nameUUIDFromBytes(("a" + i).getBytes()).toString())
                .articleId(1).typeKey("claim").target(new TextTarget(i, i + 5, "quote " + i, "before ", " after"))
                .note("note " + i + " 🦉").tags(List.of("t")).creator("alice").created(t).modified(t).build();
    }

    /** Counts bytes that reach the underlying stream. */
    static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Test
    void annotationsReachTheStreamWhileWritingNotOnlyAtTheEnd() throws Exception {
        CountingStream out = new CountingStream();
        try (W3cAnnotationWriter writer = new W3cAnnotationWriter(out)) {
            writer.startCollection("test", Instant.now());
            for (int i = 0; i < 5000; i++) {
                writer.writeAnnotation(annotation(i), CLAIM, "https://example.org/a", null, List.of());
            }
            long beforeFinish = out.bytes;
            // Jackson's buffer holds at most a few KB; the rest must already have been written out.
            assertThat(beforeFinish).isGreaterThan(1_000_000);
            assertThat(writer.finish()).isEqualTo(5000);
            assertThat(out.bytes - beforeFinish).isLessThan(64 * 1024);
        }
    }

    @Test
    void theOutputIsOneJsonDocumentWithFullPrecisionTimesAndRawUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (W3cAnnotationWriter writer = new W3cAnnotationWriter(out)) {
            writer.startCollection("test", Instant.parse("2024-06-01T12:00:00.5Z"));
            writer.writeArticle(new Article(1, "T", null, null, null, null, "text 🦉", "ab".repeat(32), Instant.now(),
                    List.of()));
            writer.writeAnnotation(annotation(7), CLAIM, "https://example.org/a", "ab".repeat(32), List.of());
            writer.finish();
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("🦉").doesNotContain("\\uD83E");
        JsonNode doc = new ObjectMapper().readTree(json);
        assertThat(doc.get("generated").asText()).isEqualTo("2024-06-01T12:00:00.500Z");
        assertThat(doc.get("first").get("items").get(0).get("created").asText())
                .isEqualTo("2024-01-01T00:00:00.000000007Z");
        assertThat(doc.get("first").get("partOf").asText()).isEqualTo(doc.get("id").asText());
        assertThat(W3cModelValidator.violations(doc)).isEmpty();
    }

    @Test
    void anEmptyCollectionIsStillValid() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (W3cAnnotationWriter writer = new W3cAnnotationWriter(out, true)) {
            writer.startCollection("nothing", Instant.now());
            assertThat(writer.finish()).isZero();
        }
        JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
        assertThat(doc.get("total").asInt()).isZero();
        assertThat(doc.get("first").get("items")).isEmpty();
        assertThat(W3cModelValidator.violations(doc)).isEmpty();
    }

    @Test
    void callsOutOfOrderAreRefused() throws Exception {
        try (W3cAnnotationWriter writer = new W3cAnnotationWriter(new ByteArrayOutputStream())) {
            assertThatThrownBy(() -> writer.writeAnnotation(annotation(1), CLAIM, "x:y", null, List.of()))
                    .isInstanceOf(IllegalStateException.class);
            writer.startCollection("t", Instant.now());
            writer.writeAnnotation(annotation(1), CLAIM, "x:y", null, List.of());
            Article article = new Article(1, "T", null, null, null, null, "text", "ab".repeat(32), Instant.now(),
                    List.of());
            assertThatThrownBy(() -> writer.writeArticle(article)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("articles are written before annotations");
        }
    }
}
