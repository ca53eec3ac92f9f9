package org.glossator.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossator.exchange.ExchangeFixtures.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.glossator.anchoring.Targets;
import org.glossator.domain.Annotation;
import org.glossator.store.AnnotationRow;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadRowsTest {
    /** More rows than the queue holds, so the reading thread has to wait for the writer. */
    static final int MANY = ReadAheadRows.QUEUE_BATCHES * ReadAheadRows.BATCH_ROWS + 300;

    @TempDir
    Path dir;
    SqliteStore store;
    long big;
    long small;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
        String text = "word ".repeat(MANY + 10);
        big = article(store, "Big", null, text);
        small = article(store, "Small", "https://example.org/small", "A small text with one claim.");
        List<Annotation> list = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            list.add(annotation(big, text, 5 * i, 5 * i + 4));
        }
        list.add(annotation(small, "A small text with one claim.", 22, 27));
        store.annotations().saveAll(list);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void givesEveryRowOfEachArticleInStoreOrderInBoundedBatches() {
        List<String> ids = new ArrayList<>();
        List<Long> articles = new ArrayList<>();
        try (ReadAheadRows rows = new ReadAheadRows(store, List.of(small, big), null, null, () -> false)) {
            for (ReadAheadRows.Batch batch; (batch = rows.next()) != null; ) {
                assertThat(batch.rows()).hasSizeBetween(1, ReadAheadRows.BATCH_ROWS);
                for (AnnotationRow row : batch.rows()) {
                    ids.add(row.id());
                    articles.add(batch.context().article().id());
                }
                assertThat(batch.context().source()).isEqualTo(ArticleSources.sourceOf(batch.context().article()));
            }
            assertThat(rows.next()).isNull();
        }
        List<String> expected = new ArrayList<>();
        store.annotations().forArticle(small).forEach(a -> expected.add(a.id()));
        store.annotations().forArticle(big).forEach(a -> expected.add(a.id()));
        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(articles.get(0)).isEqualTo(small);
        assertThat(articles.subList(1, articles.size())).containsOnly(big);
    }

    @Test
    void closingBeforeTheEndStopsTheReadingThreadWhileItWaitsForRoom() throws Exception {
        ReadAheadRows rows = new ReadAheadRows(store, List.of(big), null, null, () -> false);
        assertThat(rows.next()).isNotNull();
        Thread.sleep(200); // the reader fills the queue and waits
        assertThat(readerThreads()).isNotEmpty();
        rows.close();
        assertThat(readerThreads()).isEmpty();
    }

    @Test
    void aFailureOnTheReadingThreadIsThrownToTheWriter() {
        try (ReadAheadRows rows = new ReadAheadRows(store, List.of(small, 999L), null, null, () -> false)) {
            assertThat(rows.next()).isNotNull();
            assertThatThrownBy(rows::next).isInstanceOf(IllegalStateException.class)
                    .hasMessage("article #999 was deleted during the export");
        }
        assertThat(readerThreads()).isEmpty();
    }

    @Test
    void aCancelIsSeenWhileWaitingAndACancelledExportLeavesNoReaderBehind() {
        try (ReadAheadRows rows = new ReadAheadRows(store, List.of(big), null, null, () -> true)) {
            assertThatThrownBy(rows::next).isInstanceOf(CancellationException.class);
        }
        assertThat(readerThreads()).isEmpty();
    }

    private static List<Thread> readerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("glossator-export-reader") && t.isAlive()).toList();
    }

    private static Annotation annotation(long articleId, String text, int start, int end) {
        Instant t = Instant.parse("2024-05-02T10:15:30Z");
        return Annotation.builder().id(UUID.randomUUID().toString()).articleId(articleId).typeKey("claim")
                .target(Targets.fromCharRange(text, start, end))
                .note("").tags(List.of()).creator("alice").created(t).modified(t).build();
    }
}
