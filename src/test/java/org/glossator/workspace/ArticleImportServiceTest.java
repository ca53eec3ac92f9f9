package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glossator.domain.Progress;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleImportServiceTest {
    @TempDir
    Path dir;

    @Test
    void aMissingPathIsReportedAsMissingNotAsAFileWithoutExtension() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("a.db"))) {
            ArticleImportService.Report report = new ArticleImportService(store)
                    .importPaths(List.of(dir.resolve("mycorpus")), Progress.NONE);
            assertThat(report.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo(ArticleImportService.Status.REFUSED);
                assertThat(o.message()).isEqualTo("there is no such file or folder.");
            });
        }
    }
}
