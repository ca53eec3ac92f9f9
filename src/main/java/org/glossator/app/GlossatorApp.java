package org.glossator.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.glossator.domain.AnnotationType;
import org.glossator.store.Store;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.ui.Assets;
import org.glossator.ui.Dialogs;
import org.glossator.ui.MainWindow;
import org.glossator.ui.Settings;
import org.glossator.ui.TaskRunner;
import org.glossator.workspace.AppPaths;
import org.glossator.workspace.BackupService;
import org.glossator.workspace.ErrorLog;
import org.glossator.workspace.SampleCorpus;
import org.glossator.ui.annotate.AnnotationController;

/**
 * The composition root of the desktop app: opens the store, seeds an empty corpus,
 * and wires store, task runner, controllers and views together. Opening happens in
 * {@link #init()}, which JavaFX runs off the Application Thread.
 */
public class GlossatorApp extends Application {
    private static final Logger LOG = Logger.getLogger(GlossatorApp.class.getName());
    private Path database;
    private Path preferencesFile;
    private Path logFolder;
    private BackupService backups;
    private final List<String> startupNotices = new java.util.ArrayList<>();
    private Store store;
    private Settings settings;
    private Settings preferences;
    private List<AnnotationType> types;
    private RuntimeException openFailure;
    private TaskRunner tasks;
    private MainWindow window;
    private AnnotationController annotations;

    /** Used by {@link Application#launch}; the database comes from the --db= parameter. */
    public GlossatorApp() {
    }

    /** Used by tests and embedders: a database and the user's preferences file. */
    public GlossatorApp(Path database, Path preferencesFile) {
        this.database = database;
        this.preferencesFile = preferencesFile;
        this.logFolder = database.toAbsolutePath().resolveSibling("logs");
    }

    static void launchGui(Path database) {
        Application.launch(GlossatorApp.class, "--db=" + database);
    }

    @Override
    public void init() {
        if (database == null) {
            String db = getParameters().getNamed().get("db");
            database = db != null ? Path.of(db) : AppPaths.defaultDatabase();
        }
        if (preferencesFile == null) {
            preferencesFile = AppPaths.defaultPreferences();
        }
        ErrorLog.install(logFolder != null ? logFolder : AppPaths.defaultLogFolder());
        try {
            int keep = BackupService.keepSetting(preferencesFile);
            store = SqliteStore.open(database, BackupService.beforeMigration(database, keep, Clock.systemUTC()));
            backups = BackupService.forDatabase(store, database, keep, Clock.systemUTC());
            backupAtStartUp();
            SampleCorpus.seedIfEmpty(store);
            types = store.scheme().types();
            settings = Settings.load(Settings.fileFor(database));
            preferences = Settings.load(preferencesFile);
            settings.problem().ifPresent(startupNotices::add);
            preferences.problem().ifPresent(startupNotices::add);
        } catch (RuntimeException e) {
            openFailure = e;
            LOG.log(Level.SEVERE, "Cannot open " + database, e);
        }
        Assets.loadFonts();
    }

    /** A failed daily backup is logged, not fatal: the database itself is fine. */
    private void backupAtStartUp() {
        try {
            backups.backupIfStale();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The start-up backup failed", e);
            startupNotices.add("The daily backup failed: " + e.getMessage());
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            Dialogs.fatal("Glossator cannot open its database", openFailure);
            Platform.exit();
            return;
        }
        tasks = new TaskRunner(error -> Dialogs.error(stage, "That did not work", error));
        annotations = new AnnotationController(store, tasks, preferences, types,
                Clock.systemUTC());
        window = new MainWindow(stage, store, settings, tasks, annotations);
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.saveLayout(); // queued on the worker, which shutdown() lets finish
        }
        if (tasks != null) {
            tasks.shutdown();
        }
        if (store != null) {
            store.close();
        }
    }

    public MainWindow window() {
        return window;
    }

    /** Things the user should be told once the window is up: a damaged settings file set aside, a failed backup. */
    public List<String> startupNotices() {
        return List.copyOf(startupNotices);
    }

    /** The backups of the open database (for File › Restore from backup…). */
    public BackupService backups() {
        return backups;
    }

    public AnnotationController annotations() {
        return annotations;
    }
}
