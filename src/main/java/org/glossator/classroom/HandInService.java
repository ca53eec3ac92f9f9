package org.glossator.classroom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.glossator.classroom.handin.HandInFile;
import org.glossator.classroom.handin.StudentNames;
import org.glossator.classroom.pack.PackException;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.domain.Article;
import org.glossator.domain.Progress;
import org.glossator.exchange.AnnotationExporter;
import org.glossator.exchange.ExportRequest;
import org.glossator.exchange.ExportSummary;
import org.glossator.store.Store;
import org.glossator.exchange.AtomicFileWriter;

/**
 * The student's hand-in: their annotations on the pack's articles as one W3C Web Annotation
 * collection, sealed with the pack id, the student's name and a checksum
 * ({@link HandInFile}), written atomically so that handing in again replaces the file whole.
 */
public final class HandInService {
    private final Store store;
    private final Clock clock;

    public HandInService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public HandInService(Store store) {
        this(store, Clock.systemUTC());
    }

    /** The file name a hand-in gets: pack title and student, e.g. {@code energy-myths--anna-berg.json}. */
    public static String fileName(ReadingPack pack, String student) {
        return StudentNames.slug(pack.title(), "pack") + "--" + StudentNames.slug(student, "student") + ".json";
    }

    /**
     * Writes the hand-in.
     * @param student   the student's name as the teacher will see it
     * @param annotator only annotations by this creator; null = every annotation on the pack's articles
     * @param target    a folder (the file is named by {@link #fileName}) or the file to write
     */
    public HandInResult handIn(ReadingPack pack, String student, String annotator, Path target)
            throws IOException, PackException {
        String name = StudentNames.clean(student == null ? "" : student);
        if (name.isEmpty()) {
            throw new PackException("A hand-in needs the student's name.");
        }
        List<Article> articles = new PackService(store).articlesOf(pack);
        if (articles.isEmpty()) {
            throw new PackException("None of the pack's articles is in " + store.location()
                    + "; open the pack first (glossator pack open).");
        }
        List<Long> ids = new ArrayList<>();
        articles.forEach(a -> ids.add(a.id()));
        ByteArrayOutputStream collection = new ByteArrayOutputStream();
        ExportSummary summary = new AnnotationExporter(store).writeJson(
                ExportRequest.articles(ids).onlyAnnotator(annotator), collection, Progress.NONE);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] sealed = HandInFile.seal(collection.toByteArray(), pack.packId(), pack.title(), name, now);
        Path file = Files.isDirectory(target) ? target.resolve(fileName(pack, name)) : target;
        boolean replaced = Files.exists(file);
        AtomicFileWriter.write(file, out -> {
            out.write(sealed);
            return null;
        });
        String checksum = HandInFile.read(file, Long.MAX_VALUE).checksum();
        return new HandInResult(file, name, (int) summary.annotations(), articles.size(),
                pack.articles().size() - articles.size(), replaced, checksum);
    }
}
