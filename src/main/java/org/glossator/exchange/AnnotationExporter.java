package org.glossator.exchange;

import org.glossator.domain.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.ArticleSummary;
import org.glossator.store.AnnotationRow;
import org.glossator.store.Store;

/**
 * Exports annotations from the store as W3C Web Annotation JSON-LD or as CSV. It writes on the
 * calling thread while {@link ReadAheadRows} reads the rows a few batches ahead on another, so
 * memory is bounded by those batches (plus the links of a large selection), not by the corpus.
 * Cancelling (through {@link Progress#isCancelled()}) throws {@link CancellationException};
 * {@link #exportTo} then leaves no file behind.
 */
public final class AnnotationExporter {
    /** Up to this many articles, links are read per article; beyond, all at once. */
    private static final int PER_ARTICLE_LINK_QUERIES = 20;

    private final Store store;

    public AnnotationExporter(Store store) {
        this.store = store;
    }

    /** Writes {@code format} to {@code file}, which appears only when complete ({@link AtomicFileWriter}). */
    public ExportSummary exportTo(Path file, ExportFormat format, ExportRequest request, Progress progress)
            throws IOException {
        return AtomicFileWriter.write(file, out -> format == ExportFormat.CSV
                ? writeCsv(request, out, progress, request.byteOrderMark())
                : writeJson(request, out, progress));
    }

    /** Streams a W3C AnnotationCollection to {@code out} (which stays open). */
    public ExportSummary writeJson(ExportRequest request, OutputStream out, Progress progress) throws IOException {
        Selection selection = select(request);
        Map<String, AnnotationType> types = new HashMap<>();
        for (AnnotationType t : store.scheme().types()) {
            types.put(t.key(), t);
        }
        long done = 0;
        long links = 0;
        int embedded = 0;
        try (W3cAnnotationWriter writer = new W3cAnnotationWriter(out)) {
            writer.startCollection(label(request, selection.ids.size()), Instant.now());
            if (request.withArticles()) {
                for (long id : selection.ids) {
                    checkCancelled(progress);
                    writer.writeArticle(ReadAheadRows.selectedArticle(store, id));
                    embedded++;
                }
            }
            Counter counter = new Counter(progress, selection.total);
            try (ReadAheadRows rows = readAhead(selection, request, progress)) {
                for (ReadAheadRows.Batch batch; (batch = rows.next()) != null; ) {
                    ReadAheadRows.ArticleContext article = batch.context();
                    for (AnnotationRow a : batch.rows()) {
                        checkCancelled(progress);
                        List<AnnotationLink> own = article.outgoing().getOrDefault(a.id(), List.of());
                        writer.writeAnnotation(a, types.get(a.typeKey()), article.source(),
                                article.article().sha256(), own);
                        counter.links += own.size();
                        counter.step();
                    }
                }
            }
            done = counter.done;
            links = counter.links;
            writer.finish();
        }
        progress.update(done, done, "Export finished");
        return new ExportSummary(selection.ids.size(), done, links, embedded);
    }

    /** Streams CSV (header plus one row per annotation) to {@code out} (which stays open). */
    public ExportSummary writeCsv(ExportRequest request, OutputStream out, Progress progress) throws IOException {
        return writeCsv(request, out, progress, false);
    }

    /** As {@link #writeCsv(ExportRequest, OutputStream, Progress)}, optionally with a BOM for Excel. */
    public ExportSummary writeCsv(ExportRequest request, OutputStream out, Progress progress, boolean byteOrderMark)
            throws IOException {
        Selection selection = select(request);
        Counter counter = new Counter(progress, selection.total);
        try (CsvAnnotationWriter writer = new CsvAnnotationWriter(out, byteOrderMark)) {
            try (ReadAheadRows rows = readAhead(selection, request, progress)) {
                for (ReadAheadRows.Batch batch; (batch = rows.next()) != null; ) {
                    ReadAheadRows.ArticleContext article = batch.context();
                    for (AnnotationRow a : batch.rows()) {
                        checkCancelled(progress);
                        writer.write(a, article.article(), article.source(),
                                article.outgoing().getOrDefault(a.id(), List.of()));
                        counter.step();
                    }
                }
            }
        }
        long done = counter.done;
        progress.update(done, done, "Export finished");
        return new ExportSummary(selection.ids.size(), done, 0, 0);
    }

    private record Selection(List<Long> ids, long total) {
    }

    /** Annotations (and links) written so far, reported every 500 annotations. */
    private static final class Counter {
        private final Progress progress;
        private final long total;
        long done;
        long links;

        Counter(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        void step() {
            done++;
            if (done % 500 == 0) {
                progress.update(done, total, "Exporting annotations");
            }
        }
    }

    private Selection select(ExportRequest request) {
        List<ArticleSummary> summaries = store.articles().summaries();
        Map<Long, ArticleSummary> byId = new HashMap<>();
        for (ArticleSummary s : summaries) {
            byId.put(s.id(), s);
        }
        List<Long> ids = new ArrayList<>();
        if (request.wholeCorpus()) {
            summaries.forEach(s -> ids.add(s.id()));
        } else {
            for (long id : new LinkedHashSet<>(request.articleIds())) {
                if (!byId.containsKey(id)) {
                    throw new IllegalArgumentException("There is no article #" + id + " in " + store.location() + ".");
                }
                ids.add(id);
            }
        }
        long total = 0;
        for (long id : ids) {
            total += byId.get(id).annotationCount();
        }
        return new Selection(ids, total);
    }

    /**
     * Starts reading the selection's rows ahead of the writer. Links are few next to annotations:
     * for a large selection one query for all of them is far cheaper than one per article, and
     * memory stays proportional to the links alone.
     */
    private ReadAheadRows readAhead(Selection selection, ExportRequest request, Progress progress) {
        Map<String, List<AnnotationLink>> allOutgoing = selection.ids.size() > PER_ARTICLE_LINK_QUERIES
                ? ReadAheadRows.byFromId(store.annotations().allLinks()) : null;
        return new ReadAheadRows(store, selection.ids, request.annotator(), allOutgoing, progress::isCancelled);
    }

    private static String label(ExportRequest request, int articles) {
        String what = request.wholeCorpus() ? "whole corpus"
                : articles + (articles == 1 ? " article" : " articles");
        return "Glossator annotations: " + what + (request.annotator() == null ? "" : ", by " + request.annotator());
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("Export cancelled.");
        }
    }
}
