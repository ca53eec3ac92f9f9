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
import org.glossator.store.StoreException;

/**
 * Imports article files into the corpus for both the CLI and the GUI: a file is
 * imported whole or refused whole, and files are committed in batches. Folders are searched for supported files.
 */
public final class ArticleImportService {
    private final Store store;
    /** Files per transaction; see {@link #write}. */
    private static final int BATCH_FILES = 100;
    private static final long BATCH_CHARS = 8L * 1024 * 1024;

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
        List<Read> pending = new ArrayList<>();
        long pendingChars = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (progress.isCancelled()) {
                outcomes.add(new FileOutcome(file, Status.CANCELLED, -1, "not imported: cancelled"));
                continue;
            }
            progress.update(i, files.size(), "Importing " + file.getFileName());
            if (!Files.exists(file)) {
                outcomes.add(new FileOutcome(file, Status.REFUSED, -1, "there is no such file or folder."));
                continue;
            }
            try {
                ArticleDraft draft = importer.read(file);
                pending.add(new Read(outcomes.size(), file, draft));
                outcomes.add(null); // filled in when the batch is written
                pendingChars += draft.text().length();
            } catch (ImportRejectedException e) {
                outcomes.add(new FileOutcome(file, Status.REFUSED, -1, e.reason()));
            }
            if (pending.size() >= BATCH_FILES || pendingChars >= BATCH_CHARS) {
                write(pending, outcomes);
                pending.clear();
                pendingChars = 0;
            }
        }
        write(pending, outcomes);
        progress.update(files.size(), files.size(), "Import finished");
        return new Report(outcomes);
    }

    /** A file that was read and is waiting to be written, with its place in the report. */
    private record Read(int index, Path file, ArticleDraft draft) {
    }

    /**
     * Writes a batch of articles in one transaction: a commit waits for the disk, and one
     * per file made a large import spend most of its time waiting. Files were already read
     * and checked, so a batch fails only on a database error; then each file is written on
     * its own, so that one bad record never costs the others.
     */
    private void write(List<Read> batch, List<FileOutcome> outcomes) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<AddOutcome> added = store.inTransaction(() -> batch.stream()
                    .map(read -> store.articles().add(read.draft())).toList());
            for (int k = 0; k < batch.size(); k++) {
                outcomes.set(batch.get(k).index(), outcome(batch.get(k), added.get(k)));
            }
        } catch (StoreException batchFailed) {
            for (Read read : batch) {
                try {
                    outcomes.set(read.index(), outcome(read, store.inTransaction(() -> store.articles().add(read.draft()))));
                } catch (StoreException e) {
                    outcomes.set(read.index(), new FileOutcome(read.file(), Status.REFUSED, -1, e.getMessage()));
                }
            }
        }
    }

    private static FileOutcome outcome(Read read, AddOutcome added) {
        String notice = read.draft().provenance().notice();
        String encoding = read.draft().provenance().encoding();
        String readAs = encoding == null || encoding.startsWith("UTF-8") ? "" : ", read as " + encoding;
        String repaired = notice.isEmpty() ? "" : "; " + notice;
        return added.created()
                ? new FileOutcome(read.file(), Status.IMPORTED, added.id(),
                        "imported as #" + added.id() + readAs + repaired, notice)
                : new FileOutcome(read.file(), Status.DUPLICATE, added.id(), "same text as article #" + added.id());
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
