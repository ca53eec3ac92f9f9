package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.glossator.domain.ArticleDraft;
import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextStyle;

/** Writes fixture files, imports them, and checks what every imported text must satisfy. */
final class ImportFixtures {
    private ImportFixtures() {
    }

    static Path write(Path dir, String fileName, String content) {
        return write(dir, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String fileName, byte[] content) {
        try {
            return Files.write(dir.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the file through the public API and checks the reading-text rules on the result. */
    static ArticleDraft importFile(Path dir, String fileName, String content) throws ImportRejectedException {
        ArticleDraft draft = new ArticleImporter().read(write(dir, fileName, content));
        assertWellFormed(draft);
        return draft;
    }

    /** The pieces of text carrying {@code style}, in order. */
    static List<String> styled(ArticleDraft draft, TextStyle style) {
        return draft.formatting().stream()
                .filter(span -> span.style() == style)
                .map(span -> draft.text().substring(span.start(), span.end()))
                .toList();
    }

    static List<String> paragraphs(ArticleDraft draft) {
        return List.of(draft.text().split("\n", -1));
    }

    /**
     * One paragraph per line, none empty, none padded with spaces; spans inside the
     * text; block spans covering exactly one whole paragraph.
     */
    static void assertWellFormed(ArticleDraft draft) {
        String text = draft.text();
        assertThat(text).doesNotContain("\r");
        List<String> paragraphs = paragraphs(draft);
        List<Integer> preformattedStarts = draft.formatting().stream()
                .filter(span -> span.style() == TextStyle.PREFORMATTED).map(StyleSpan::start).toList();
        List<Integer> starts = new ArrayList<>();
        int offset = 0;
        for (String paragraph : paragraphs) {
            assertThat(paragraph).as("paragraph at %d", offset).isNotBlank();
            if (!preformattedStarts.contains(offset)) {
                assertThat(Character.isWhitespace(paragraph.charAt(0))).as("leading space in %s", paragraph).isFalse();
            }
            assertThat(Character.isWhitespace(paragraph.charAt(paragraph.length() - 1)))
                    .as("trailing space in %s", paragraph).isFalse();
            starts.add(offset);
            offset += paragraph.length() + 1;
        }
        for (StyleSpan span : draft.formatting()) {
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            assertThat(span.end()).as("empty span %s", span).isGreaterThan(span.start());
            if (span.style().isBlock()) {
                int index = starts.indexOf(span.start());
                assertThat(index).as("block span %s starts a paragraph", span).isNotNegative();
                assertThat(span.end()).as("block span %s ends its paragraph", span)
                        .isEqualTo(span.start() + paragraphs.get(index).length());
            } else {
                assertThat(text.substring(span.start(), span.end())).doesNotContain("\n");
            }
        }
    }
}
