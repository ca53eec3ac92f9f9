package org.glossator.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.glossator.domain.Annotation;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.Verdict;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/annotation-format.md stays true: its example is valid, importable, and its context is the code's. */
class FormatDocumentationTest {
    private static final Path DOC = Path.of("docs/annotation-format.md");

    @TempDir
    Path dir;

    private static String example() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int heading = doc.indexOf("### Complete example");
        int start = doc.indexOf("```json\n", heading) + "```json\n".length();
        return doc.substring(start, doc.indexOf("\n```", start));
    }

    @Test
    void theExampleMeetsTheW3cModelAndUsesTheCodesContext() throws Exception {
        JsonNode example = new ObjectMapper().readTree(example());
        assertThat(W3cModelValidator.violations(example)).isEmpty();
        JsonNode context = example.get("@context").get(1);
        assertThat(context).isEqualTo(new ObjectMapper().valueToTree(W3cVocabulary.EXTENSION_CONTEXT));
    }

    @Test
    void everyExtensionTermIsDocumented() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (Iterator<String> terms = W3cVocabulary.EXTENSION_CONTEXT.keySet().iterator(); terms.hasNext(); ) {
            String term = terms.next();
            if (!term.equals("glossator")) {
                assertThat(doc).as(term).contains("`" + term + "`");
            }
        }
        for (String column : CsvAnnotationWriter.COLUMNS) {
            assertThat(doc).as(column).contains("`" + column + "`");
        }
    }

    @Test
    void theExampleImportsIntoAnEmptyDatabase() throws Exception {
        Path file = Files.writeString(dir.resolve("example.jsonld"), example());
        try (SqliteStore store = SqliteStore.open(dir.resolve("empty.db"))) {
            ImportSummary s = new AnnotationImporter(store).importFile(file, ImportOptions.defaults());
            assertThat(s.toString()).isEqualTo("2 anchored, 0 re-anchored, 0 orphaned; 1 article added; 1 link restored");
            Annotation claim = store.annotations().find("0b6f1c9e-5d0a-4c53-9a1e-2f4d8e7c6b5a").orElseThrow();
            assertThat(claim.verdict()).isEqualTo(Verdict.MISLEADING);
            assertThat(claim.tags()).isEqualTo(List.of("economy"));
            assertThat(store.annotations().allLinks().get(0).relation()).isEqualTo(LinkRelation.CONTRADICTED_BY);
            assertThat(store.articles().find(claim.articleId()).orElseThrow().title()).isEqualTo("Jobs figures questioned");
        }
    }
}
