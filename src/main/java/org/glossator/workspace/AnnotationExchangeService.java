package org.glossator.workspace;

import org.glossator.domain.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossator.anchoring.Reanchorer;
import org.glossator.exchange.AnnotationCounter;
import org.glossator.exchange.AnnotationExporter;
import org.glossator.exchange.AnnotationImporter;
import org.glossator.exchange.ExportFormat;
import org.glossator.exchange.ExportRequest;
import org.glossator.exchange.ExportSummary;
import org.glossator.exchange.ImportException;
import org.glossator.exchange.ImportOptions;
import org.glossator.exchange.ImportSummary;
import org.glossator.store.Store;

/** Export and import of annotation files for the GUI, with progress and cancellation. */
public final class AnnotationExchangeService {
    private final Store store;
    private final BackupService backups;

    public AnnotationExchangeService(Store store) {
        this(store, BackupService.none(store));
    }

    /** With backups: a file of more than {@link BackupService#LARGE_IMPORT} annotations is backed up before. */
    public AnnotationExchangeService(Store store, BackupService backups) {
        this.store = store;
        this.backups = backups;
    }

    public ExportSummary export(Path file, ExportFormat format, ExportRequest request, Progress progress) {
        try {
            return new AnnotationExporter(store).exportTo(file, format, request, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The outcome of one file: a summary, or the reason it was refused as a whole. */
    public record FileResult(Path file, ImportSummary summary, String refusal) {
        public String describe() {
            if (refusal != null) {
                return file.getFileName() + ": refused, nothing imported. " + refusal;
            }
            StringBuilder s = new StringBuilder(file.getFileName() + ": " + summary);
            summary.unmatchedReport().forEach(line -> s.append("\n  ").append(line));
            summary.warnings().forEach(line -> s.append("\n  warning: ").append(line));
            summary.problemReport().forEach(line -> s.append("\n  ").append(line));
            return s.toString();
        }

        /** Refused, or some annotations were listed with a problem: the user should read the result. */
        public boolean needsAttention() {
            return refusal != null || summary.hasProblems();
        }
    }

    /** Imports each file in its own transaction; a refused file changes nothing. */
    public List<FileResult> importFiles(List<Path> files, String annotatorOverride, Progress progress) {
        AnnotationImporter importer = new AnnotationImporter(store, new Reanchorer());
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size() && !progress.isCancelled(); i++) {
            Path file = files.get(i);
            progress.update(i, files.size(), "Importing " + file.getFileName());
            ImportOptions options = ImportOptions.defaults().withAnnotator(annotatorOverride).withProgress(progress);
            try {
                if (AnnotationCounter.hasMoreThan(file, BackupService.LARGE_IMPORT)) {
                    backups.backupBefore("import");
                }
                results.add(new FileResult(file, importer.importFile(file, options), null));
            } catch (ImportException e) {
                results.add(new FileResult(file, null, e.getMessage()));
            }
        }
        progress.update(files.size(), files.size(), "Import finished");
        return results;
    }
}
