package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, defect 5: samples only for a new default database, and on demand. */
class SampleCorpusTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheDefaultDatabaseBeforeItExistsIsSeeded() throws Exception {
        Path defaultDb = dir.resolve("glossator.db");
        Path other = dir.resolve("study.db");
        assertThat(SampleCorpus.isFirstStartOfDefault(defaultDb, defaultDb)).isTrue();
        assertThat(SampleCorpus.isFirstStartOfDefault(dir.resolve("sub/../glossator.db"), defaultDb)).isTrue();
        assertThat(SampleCorpus.isFirstStartOfDefault(other, defaultDb)).isFalse();
        try (SqliteStore store = SqliteStore.open(defaultDb)) {
            new SampleCorpus(store).addSamples();
            // the user deletes every article
            store.articles().summaries().forEach(a -> store.articles().delete(a.id()));
        }
        assertThat(Files.exists(defaultDb)).isTrue();
        assertThat(SampleCorpus.isFirstStartOfDefault(defaultDb, defaultDb)).isFalse();
    }

    @Test
    void addSamplesAddsTheMissingSampleArticlesOnlyOnce() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("mine.db"))) {
            SampleCorpus samples = new SampleCorpus(store);
            int added = samples.addSamples();
            assertThat(added).isEqualTo(7);
            assertThat(store.articles().count()).isEqualTo(7);
            assertThat(samples.addSamples()).isZero();
            store.articles().delete(store.articles().summaries().get(0).id());
            assertThat(samples.addSamples()).isEqualTo(1);
            assertThat(store.articles().count()).isEqualTo(7);
        }
    }
}
