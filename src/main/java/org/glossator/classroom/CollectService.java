package org.glossator.classroom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glossator.classroom.handin.HandIn;
import org.glossator.classroom.handin.HandInFile;
import org.glossator.classroom.handin.StudentNames;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.domain.Annotation;
import org.glossator.exchange.AnnotationImporter;
import org.glossator.exchange.ImportException;
import org.glossator.exchange.ImportOptions;
import org.glossator.exchange.ImportSummary;
import org.glossator.store.PackRepository.HandInRecord;
import org.glossator.store.PackRepository.StoredPack;
import org.glossator.store.Store;

/**
 * The teacher collects a folder of hand-ins: each student's annotations become a layer whose
 * creator is the student. Every {@code .json} file in the folder is considered; a file is
 * refused, with the reason, when it is not a hand-in, its checksum does not match (changed
 * after hand-in), it is for another pack, another file claims the same student (both are
 * refused: the teacher decides which is right), or the student's name is the reference
 * layer's. The others are collected, each in its own transaction: the student's earlier
 * layer on the pack's articles is replaced by the new one, or nothing changes.
 */
public final class CollectService {
    /** Hand-ins are annotation files; the same cap as annotation imports keeps a hostile one out. */
    public static final long MAX_HAND_IN_BYTES = 50L << 20;

    private final Store store;
    private final Clock clock;

    public CollectService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public CollectService(Store store) {
        this(store, Clock.systemUTC());
    }

    public CollectReport collect(ReadingPack pack, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        new PackService(store, clock).openAsTeacher(pack);
        StoredPack stored = store.packs().find(pack.packId()).orElseThrow();
        List<CollectReport.Refused> refused = new ArrayList<>();
        Map<String, List<HandIn>> byStudent = new LinkedHashMap<>();
        for (Path file : jsonFiles(folder)) {
            HandIn handIn;
            try {
                handIn = HandInFile.read(file, MAX_HAND_IN_BYTES);
            } catch (org.glossator.classroom.pack.PackException e) {
                boolean tampered = e.getMessage().contains("checksum");
                refused.add(new CollectReport.Refused(file, tampered ? CollectReport.Reason.TAMPERED
                        : CollectReport.Reason.NOT_A_HAND_IN, e.getMessage()));
                continue;
            }
            if (!handIn.packId().equals(pack.packId())) {
                refused.add(new CollectReport.Refused(file, CollectReport.Reason.OTHER_PACK, file.getFileName()
                        + ": handed in for another pack (\"" + handIn.packTitle() + "\", " + handIn.packId()
                        + "), not for \"" + pack.title() + "\""));
                continue;
            }
            if (pack.referenceAnnotator() != null
                    && StudentNames.key(pack.referenceAnnotator()).equals(handIn.studentKey())) {
                refused.add(new CollectReport.Refused(file, CollectReport.Reason.RESERVED_NAME, file.getFileName()
                        + ": the student's name \"" + handIn.student() + "\" is the name of the reference layer"));
                continue;
            }
            byStudent.computeIfAbsent(handIn.studentKey(), k -> new ArrayList<>()).add(handIn);
        }
        List<CollectReport.Collected> collected = new ArrayList<>();
        for (List<HandIn> claims : byStudent.values()) {
            if (claims.size() > 1) {
                List<String> names = new ArrayList<>();
                claims.forEach(h -> names.add(h.fileName()));
                for (HandIn h : claims) {
                    refused.add(new CollectReport.Refused(folder.resolve(h.fileName()),
                            CollectReport.Reason.SAME_STUDENT, h.fileName() + ": " + claims.size()
                            + " files claim the student \"" + h.student() + "\" (" + String.join(", ", names)
                            + "); none of them was collected. Keep the right one in the folder and collect again."));
                }
                continue;
            }
            HandIn handIn = claims.get(0);
            Path file = folder.resolve(handIn.fileName());
            try {
                CollectReport.Collected c = collectOne(stored, handIn, file);
                collected.add(late(pack, handIn) ? withWarning(c, "handed in " + handIn.handedIn()
                        + ", after the due date " + pack.due()) : c);
            } catch (ImportException e) {
                refused.add(new CollectReport.Refused(file, CollectReport.Reason.IMPORT_FAILED,
                        handIn.fileName() + ": " + e.getMessage()));
            }
        }
        refused.sort(java.util.Comparator.comparing(r -> r.file().getFileName().toString()));
        return new CollectReport(pack.packId(), collected, refused);
    }

    /** After the end of the due day (UTC); a hand-in without a time is not called late. */
    private static boolean late(ReadingPack pack, HandIn handIn) {
        return pack.due() != null && handIn.handedIn() != null
                && handIn.handedIn().isAfter(pack.due().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    private static CollectReport.Collected withWarning(CollectReport.Collected c, String warning) {
        List<String> warnings = new ArrayList<>(c.warnings());
        warnings.add(warning);
        return new CollectReport.Collected(c.student(), c.file(), c.annotations(), c.replacedEarlier(), warnings);
    }

    /** Carries the checked import failure out of the transaction so that it rolls back. */
    private static final class Failed extends RuntimeException {
        final ImportException cause;

        Failed(ImportException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    private CollectReport.Collected collectOne(StoredPack pack, HandIn handIn, Path file) throws ImportException {
        try {
            return store.inTransaction(() -> {
                boolean before = false;
                for (long articleId : pack.articleIds()) {
                    for (Annotation a : store.annotations().forArticle(articleId)) {
                        if (StudentNames.key(a.creator()).equals(handIn.studentKey())) {
                            store.annotations().delete(a.id());
                            before = true;
                        }
                    }
                }
                before |= store.packs().handIns(pack.packId()).stream()
                        .anyMatch(h -> h.studentKey().equals(handIn.studentKey()));
                ImportSummary summary;
                try {
                    summary = new AnnotationImporter(store).importStream(new ByteArrayInputStream(handIn.json()),
                            handIn.fileName(), ImportOptions.defaults().withAnnotator(handIn.student()));
                } catch (ImportException e) {
                    throw new Failed(e);
                }
                List<String> warnings = new ArrayList<>(summary.warnings());
                if (summary.alreadyPresent() > 0) {
                    warnings.add(summary.alreadyPresent() + " annotations have the same ids as annotations already"
                            + " collected from someone else (a copied hand-in?); they stay with the first owner");
                }
                if (summary.unmatched() > 0) {
                    warnings.add(summary.unmatched() + " annotations are on articles that are not in this store");
                }
                store.packs().saveHandIn(new HandInRecord(pack.packId(), handIn.studentKey(), handIn.student(),
                        handIn.fileName(), handIn.checksum(), handIn.handedIn(), clock.instant(), summary.stored()));
                return new CollectReport.Collected(handIn.student(), file, summary.stored(), before, warnings);
            });
        } catch (Failed f) {
            throw f.cause;
        }
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                    .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        }
    }
}
