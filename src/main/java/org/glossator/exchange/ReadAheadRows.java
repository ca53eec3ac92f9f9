package org.glossator.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.Article;
import org.glossator.store.AnnotationRow;
import org.glossator.store.Store;

/**
 * Reads the annotation rows of the exported articles on a thread of its own, a few batches ahead
 * of the thread that writes them. Reading the store (driver and database engine) and encoding
 * JSON or CSV take about the same time, so on two cores the export takes the longer of the two
 * instead of their sum. The queue holds at most {@link #QUEUE_BATCHES} batches of
 * {@link #BATCH_ROWS} rows, so memory stays constant however large the export.
 *
 * <p>The writer takes batches with {@link #next()} until it returns null, and always closes this
 * reader: closing stops the reading thread at its next batch, whether the writer finished, failed
 * or was cancelled. A failure on the reading thread is thrown by {@link #next()} on the writer's.
 * The writer must not use the store until then: on SQLite the reading thread holds the
 * connection's lock while it waits for room in the queue, which only the writer makes.
 */
final class ReadAheadRows implements AutoCloseable {
    static final int BATCH_ROWS = 256;
    static final int QUEUE_BATCHES = 16;
    private static final long POLL_MILLIS = 50;

    /** One article as the writer needs it: metadata, its IRI and the links leaving its annotations. */
    record ArticleContext(Article article, String source, Map<String, List<AnnotationLink>> outgoing) {
    }

    /** Consecutive rows of one article, in the order the store gave them. */
    record Batch(ArticleContext context, List<AnnotationRow> rows) {
    }

    /** Marks the end of the reading: {@code failure} is null when every article was read. */
    private record End(Throwable failure) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private final Thread thread;
    private final BooleanSupplier cancelled;
    private volatile boolean stopped;
    private boolean ended;

    /**
     * Starts reading {@code articleIds} in order.
     * @param annotator   only this creator's annotations, or null for everyone's
     * @param allOutgoing the links of the whole store by {@code fromId}, or null to read them per article
     * @param cancelled   asked while waiting, so that a cancel is seen even when the store is slow
     */
    ReadAheadRows(Store store, List<Long> articleIds, String annotator,
                  Map<String, List<AnnotationLink>> allOutgoing, BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        this.thread = new Thread(() -> read(store, articleIds, annotator, allOutgoing), "glossator-export-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch, or null when all rows have been given; waits for the reading thread. */
    Batch next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            do {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("Export cancelled.");
                }
                item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } while (item == null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Export interrupted.");
        }
        if (item instanceof End end) {
            ended = true;
            rethrow(end.failure());
            return null;
        }
        return (Batch) item;
    }

    /** Stops the reading thread (if it is still reading) and waits for it to let go of the store. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(Store store, List<Long> articleIds, String annotator,
                      Map<String, List<AnnotationLink>> allOutgoing) {
        Throwable failure = null;
        try {
            for (long id : articleIds) {
                Article article = selectedArticle(store, id);
                Map<String, List<AnnotationLink>> outgoing = allOutgoing != null ? allOutgoing
                        : byFromId(store.annotations().linksForArticle(id));
                ArticleContext context = new ArticleContext(article, ArticleSources.sourceOf(article), outgoing);
                Batcher batcher = new Batcher(context);
                store.annotations().forEachRowOfArticle(id, annotator, batcher);
                batcher.handRest();
            }
        } catch (Stopped e) {
            return;
        } catch (Throwable t) {
            failure = t;
        }
        try {
            hand(new End(failure));
        } catch (Stopped e) {
            // The writer has gone; nobody is waiting for the end.
        }
    }

    /** Gathers one article's rows into batches and hands each full batch to the writer. */
    private final class Batcher implements AnnotationRow.RowVisitor<RuntimeException> {
        private final ArticleContext context;
        private List<AnnotationRow> rows = new ArrayList<>(BATCH_ROWS);

        Batcher(ArticleContext context) {
            this.context = context;
        }

        @Override
        public void visit(AnnotationRow row) {
            rows.add(row);
            if (rows.size() == BATCH_ROWS) {
                hand(new Batch(context, rows));
                rows = new ArrayList<>(BATCH_ROWS);
            }
        }

        void handRest() {
            if (!rows.isEmpty()) {
                hand(new Batch(context, rows));
            }
        }
    }

    /** Puts an item on the queue, waiting while it is full, until the writer closes this reader. */
    private void hand(Object item) {
        try {
            while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        }
        if (stopped) {
            throw new Stopped();
        }
    }

    /** An article of the export's selection, which was there when the selection was made. */
    static Article selectedArticle(Store store, long id) {
        return store.articles().find(id)
                .orElseThrow(() -> new IllegalStateException("article #" + id + " was deleted during the export"));
    }

    static Map<String, List<AnnotationLink>> byFromId(List<AnnotationLink> links) {
        Map<String, List<AnnotationLink>> outgoing = new HashMap<>();
        for (AnnotationLink link : links) {
            outgoing.computeIfAbsent(link.fromId(), k -> new ArrayList<>()).add(link);
        }
        return outgoing;
    }

    private static void rethrow(Throwable failure) {
        if (failure == null) {
            return;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("Reading the annotations failed: " + failure.getMessage(), failure);
    }

    /** Unwinds the reading thread once the writer has closed the reader. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
