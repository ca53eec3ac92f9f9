package org.glossator.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossator.cli.StoreLocation;
import org.glossator.domain.AnnotationType;
import org.glossator.store.Store;
import org.glossator.store.postgres.PostgresStore;
import org.glossator.ui.common.Settings;
import org.glossator.workspace.AppPaths;
import org.glossator.workspace.BackupService;
import org.glossator.workspace.SampleCorpus;

/**
 * The part of start-up that needs no JavaFX: what {@code --db} names, the store opened (checked,
 * migrated, seeded on a first start), its backups, the annotation types and both settings files.
 * A plain start runs it on its own thread while the JavaFX toolkit starts ({@link #beginEarly}):
 * the two took a third of a second each, one after the other, before the window could be built.
 * A failure is kept, not thrown: the app shows it once the toolkit can show a dialog.
 */
final class StartupOpening {
    private static final Logger LOG = Logger.getLogger(StartupOpening.class.getName());
    /** Begun by {@link #beginEarly} before the launch, taken by {@link #takeEarly} in {@code init()}. */
    private static volatile Early early;

    /** The database file, or for a shared store the file whose name its settings file takes. */
    final Path database;
    /** The shared store named by --db, when it names a PostgreSQL server rather than a file. */
    final StoreLocation.Shared shared;
    private final Path defaultDatabase;
    final Path preferencesFile;
    Store store;
    BackupService backups;
    /** On a shared store the annotator is the database user: the server's rights check that name. */
    String sharedAnnotator;
    List<AnnotationType> types;
    Settings settings;
    Settings preferences;
    final List<String> notices = new ArrayList<>();
    /** False on a first start: the new database has nothing worth a backup yet. */
    boolean backupDue;
    RuntimeException failure;

    private record Early(String argument, FutureTask<StartupOpening> task) {
    }

    StartupOpening(Path database, StoreLocation.Shared shared, Path defaultDatabase, Path preferencesFile) {
        this.database = database;
        this.shared = shared;
        this.defaultDatabase = defaultDatabase;
        this.preferencesFile = preferencesFile;
    }

    /** What the desktop app opens for {@code --db=argument}, with the user's default files. */
    static StartupOpening forArgument(String argument) {
        Path defaultDatabase = AppPaths.defaultDatabase();
        try {
            StoreLocation location = StoreLocation.parse(argument != null ? argument : defaultDatabase.toString());
            if (location instanceof StoreLocation.Shared s) {
                Path settingsName = defaultDatabase.resolveSibling("shared-"
                        + s.display().replaceAll("[^A-Za-z0-9._-]+", "_") + ".db");
                return new StartupOpening(settingsName, s, defaultDatabase, AppPaths.defaultPreferences());
            }
            return new StartupOpening(((StoreLocation.File) location).path(), null, defaultDatabase,
                    AppPaths.defaultPreferences());
        } catch (RuntimeException e) {
            StartupOpening unusable = new StartupOpening(defaultDatabase, null, defaultDatabase,
                    AppPaths.defaultPreferences());
            unusable.failure = e;
            return unusable;
        }
    }

    /** Starts opening what {@code --db=argument} names on a thread of its own, for {@code init()} to take. */
    static void beginEarly(String argument) {
        FutureTask<StartupOpening> task = new FutureTask<>(() -> forArgument(argument).open());
        Thread thread = new Thread(task, "glossator-store-opening");
        thread.setDaemon(true);
        early = new Early(argument, task);
        thread.start();
    }

    /** The opening begun early for this argument, waited for; null if none was begun for it. */
    static StartupOpening takeEarly(String argument) {
        Early begun = early;
        early = null;
        if (begun == null || !String.valueOf(begun.argument()).equals(String.valueOf(argument))) {
            return null;
        }
        try {
            return begun.task().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the store was opening", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Opening the store failed unexpectedly", e.getCause());
        }
    }

    /** Opens everything; any failure is kept in {@link #failure}. Returns this. */
    StartupOpening open() {
        if (failure != null) {
            return this;
        }
        try {
            boolean firstStart = shared == null && SampleCorpus.isFirstStartOfDefault(database, defaultDatabase);
            int keep = BackupService.keepSetting(preferencesFile);
            StoreLocation location = shared != null ? shared : new StoreLocation.File(database);
            store = location.open(keep, Clock.systemUTC());
            if (store instanceof PostgresStore pg) {
                backups = BackupService.none(store);
                sharedAnnotator = pg.databaseUser();
            } else {
                backups = BackupService.forDatabase(store, database, keep, Clock.systemUTC());
            }
            if (shared != null) {
                LOG.info(() -> "Opened the shared store " + shared.display());
            } else if (firstStart) {
                new SampleCorpus(store).addSamples();
            }
            backupDue = !firstStart;
            types = store.scheme().types();
            settings = Settings.load(Settings.fileFor(database));
            preferences = Settings.load(preferencesFile);
            settings.problem().ifPresent(notices::add);
            preferences.problem().ifPresent(notices::add);
        } catch (RuntimeException e) {
            failure = e;
            LOG.log(Level.SEVERE, "Cannot open " + database, e);
        }
        return this;
    }
}
