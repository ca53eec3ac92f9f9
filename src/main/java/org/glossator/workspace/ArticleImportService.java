package org.glossator.workspace;

import org.glossator.domain.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glossator.domain.ArticleDraft;
import org.glossator.ingest.ArticleImporter;
import org.glossator.ingest.ImportRejectedException;
import org.glossator.store.ArticleRepository.AddOutcome;
import org.glossator.store.Store;

/**
 * Imports article files into the corpus, one transaction per file, for both the
 * CLI and the GUI. Folders are searched for supported files.
 */
public final class ArticleImportService {
    private final Store store;
    private final ArticleImporter importer = new ArticleImporter();

    public ArticleImportService(Store store) {
        this.store = store;
    }

    /**
     * What happened to one input.
     * @param repairNotice what import repaired ("Repaired 38 broken characters (UTF-8 read as Mac Roman)"),
     *                     empty when nothing was
     */
    public record FileOutcome(Path file, Status status, long articleId, String message, String repairNotice) {
        public FileOutcome(Path file, Status status, long articleId, String message) {
            this(file, status, articleId, message, "");
        }

        public boolean repaired() {
            return !repairNotice.isEmpty();
        }
    }

    public enum Status { IMPORTED, DUPLICATE, REFUSED, CANCELLED }

    /** The outcomes of one import run, in input order. */
    public record Report(List<FileOutcome> outcomes) {
        public long count(Status status) {
            return outcomes.stream().filter(o -> o.status() == status).count();
        }

        public boolean anyRefused() {
            return count(Status.REFUSED) > 0;
        }

        public String summary() {
            return count(Status.IMPORTED) + " imported, " + count(Status.DUPLICATE) + " already in the corpus, "
                    + count(Status.REFUSED) + " refused";
        }
    }

    public Report importPaths(List<Path> inputs, Progress progress) {
        List<Path> files = expand(inputs);
        List<FileOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (progress.isCancelled()) {
                outcomes.add(new FileOutcome(file, Status.CANCELLED, -1, "not imported: cancelled"));
                continue;
            }
            progress.update(i, files.size(), "Importing " + file.getFileName());
            outcomes.add(importOne(file));
        }
        progress.update(files.size(), files.size(), "Import finished");
        return new Report(outcomes);
    }

    private FileOutcome importOne(Path file) {
        try {
            ArticleDraft draft = importer.read(file);
            AddOutcome added = store.inTransaction(() -> store.articles().add(draft));
            String notice = draft.provenance().notice();
            String encoding = draft.provenance().encoding();
            String read = encoding == null || encoding.startsWith("UTF-8") ? "" : ", read as " + encoding;
            String repaired = notice.isEmpty() ? "" : "; " + notice;
            return added.created()
                    ? new FileOutcome(file, Status.IMPORTED, added.id(), "imported as #" + added.id() + read + repaired,
                            notice)
                    : new FileOutcome(file, Status.DUPLICATE, added.id(), "same text as article #" + added.id());
        } catch (ImportRejectedException e) {
            return new FileOutcome(file, Status.REFUSED, -1, e.reason());
        }
    }

    /** Files as given, and the supported files inside given folders (sorted, recursively). */
    private static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(ArticleImporter::isSupported).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the folder " + input, e);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
