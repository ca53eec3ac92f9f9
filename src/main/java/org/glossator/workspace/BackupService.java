package org.glossator.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossator.store.BeforeMigration;
import org.glossator.store.DatabaseSummary;
import org.glossator.store.Store;
import org.glossator.store.StoreException;

/**
 * Rolling backups of one database, in a folder beside it ({@code glossator.db} →
 * {@code glossator.backups/}). A backup is taken before every migration, at start-up when
 * the newest is older than a day, before bulk changes (large imports, article deletes,
 * text edits that orphan annotations) and before a restore; the newest {@code keep} are
 * kept. Each is a complete SQLite database, named by its UTC time and reason.
 */
public final class BackupService {
    public static final int DEFAULT_KEEP = 10;
    /** The preferences key for how many backups to keep. */
    public static final String KEEP_SETTING = "backups.keep";
    /** Imports of more annotations than this are backed up first. */
    public static final int LARGE_IMPORT = 1_000;

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{8}T\\d{6}\\.\\d{3}Z)-([a-z0-9-]+)\\.db");

    private final Store store;
    private final Path folder;
    private final String baseName;
    private final int keep;
    private final Clock clock;

    /** One backup file as listed for the user. */
    public record Backup(Path file, Instant created, String reason, long sizeBytes, long articles, long annotations,
                         String problem) {
        /** A line for the CLI and the restore dialog. */
        public String describe() {
            String counts = problem.isEmpty() ? articles + " articles, " + annotations + " annotations"
                    : "unreadable: " + problem;
            return String.format(Locale.ROOT, "%s  %8.1f KB  %-14s %s  %s", created, sizeBytes / 1024.0, reason,
                    counts, file.getFileName());
        }
    }

    public BackupService(Store store, Path folder, String baseName, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("At least one backup must be kept (asked to keep " + keep + ").");
        }
        this.store = store;
        this.folder = folder;
        this.baseName = baseName;
        this.keep = keep;
        this.clock = clock;
    }

    /** The backups of the database file {@code database}, kept beside it. */
    public static BackupService forDatabase(Store store, Path database, int keep, Clock clock) {
        return new BackupService(store, folderFor(database), baseNameOf(database), keep, clock);
    }

    /** A service that never writes a backup: tests, and stores that are not files. */
    public static BackupService none(Store store) {
        return new BackupService(store, null, "none", 1, Clock.systemUTC());
    }

    /** The number of backups to keep, from the user's preferences file (default {@value #DEFAULT_KEEP}). */
    public static int keepSetting(Path preferencesFile) {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = Files.newInputStream(preferencesFile)) {
            p.load(in);
            return Math.max(1, Integer.parseInt(p.getProperty(KEEP_SETTING, "" + DEFAULT_KEEP).trim()));
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULT_KEEP; // a missing or damaged file is reported by the app, not here
        }
    }

    public static Path folderFor(Path database) {
        return database.toAbsolutePath().resolveSibling(baseNameOf(database) + ".backups");
    }

    private static String baseNameOf(Path database) {
        return database.getFileName().toString().replaceFirst("\\.db$", "");
    }

    /** A hook for {@code SqliteStore.open}: back up before the schema changes. */
    public static BeforeMigration beforeMigration(Path database, int keep, Clock clock) {
        return (store, from, to) -> forDatabase(store, database, keep, clock)
                .backupBefore("migration-v" + from + "-to-v" + to);
    }

    public Path folder() {
        return folder;
    }

    /**
     * Takes a backup now and drops the oldest beyond {@code keep}. A read-only store is not
     * backed up (it cannot change). A failure is reported: the bulk change must not go ahead
     * without its safety copy.
     */
    public Optional<Backup> backupBefore(String reason) {
        if (folder == null || store.isReadOnly()) {
            return Optional.empty();
        }
        Instant at = clock.instant();
        Path target = fileFor(at, reason);
        while (Files.exists(target)) { // two in one millisecond
            at = at.plusMillis(1);
            target = fileFor(at, reason);
        }
        store.backupTo(target);
        Path written = target;
        LOG.info(() -> "Backed up the database (" + reason + ") to " + written);
        prune();
        return Optional.of(describe(written));
    }

    private Path fileFor(Instant at, String reason) {
        return folder.resolve(baseName + "-" + STAMP.format(at.atOffset(ZoneOffset.UTC)) + "-" + slug(reason) + ".db");
    }

    /** At start-up: a backup when the newest is older than a day (or there is none). */
    public Optional<Backup> backupIfStale() {
        if (folder == null || store.isReadOnly()) {
            return Optional.empty();
        }
        Optional<Instant> newest = files().stream().map(this::createdOf).max(Comparator.naturalOrder());
        if (newest.isPresent() && Duration.between(newest.get(), clock.instant()).compareTo(Duration.ofDays(1)) < 0) {
            return Optional.empty();
        }
        return backupBefore("daily");
    }

    /** Newest first, with date, size and what each holds. */
    public List<Backup> list() {
        return files().stream().map(this::describe)
                .sorted(Comparator.comparing(Backup::created).reversed()).toList();
    }

    /**
     * Replaces the database's content with a backup, after backing up the current content
     * (so a restore can itself be undone by restoring that one). Returns that safety backup.
     */
    public Optional<Backup> restore(Path backup) {
        Path file = backup.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("There is no backup file " + file + ".");
        }
        if (store.isReadOnly()) {
            throw new StoreException("Nothing was restored: " + store.readOnlyReason());
        }
        store.describe(file); // refuses a file that is not a Glossator database before anything changes
        Optional<Backup> safety = backupBefore("before-restore");
        store.restoreFrom(file);
        LOG.info(() -> "Restored " + file + " into " + store.location());
        return safety;
    }

    private Backup describe(Path file) {
        long size = sizeOf(file);
        try {
            DatabaseSummary s = store.describe(file);
            return new Backup(file, createdOf(file), reasonOf(file), size, s.articles(), s.annotations(), "");
        } catch (StoreException e) {
            return new Backup(file, createdOf(file), reasonOf(file), size, 0, 0, e.getMessage());
        }
    }

    private void prune() {
        List<Path> newestFirst = files().stream().sorted(Comparator.comparing(this::createdOf).reversed()).toList();
        for (Path old : newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete the old backup " + old, e);
            }
        }
    }

    /** Only files this service named: anything else a user put in the folder is left alone. */
    private List<Path> files() {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, baseName + "-*.db")) {
            for (Path p : dir) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(baseName)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }

    private Instant createdOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (m.matches()) {
            try {
                return LocalDateTime.parse(m.group(2), STAMP).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // fall through to the file's time
            }
        }
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static String reasonOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? m.group(3) : "";
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String slug(String reason) {
        String s = reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "backup" : s;
    }
}
