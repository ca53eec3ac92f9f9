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
import org.glossator.cli.StoreLocation;
import org.glossator.store.postgres.PostgresStore;
import org.glossator.ui.common.Assets;
import org.glossator.ui.common.Dialogs;
import org.glossator.ui.main.MainWindow;
import org.glossator.ui.common.Settings;
import org.glossator.ui.common.TaskRunner;
import org.glossator.workspace.AppPaths;
import org.glossator.workspace.BackupService;
import org.glossator.workspace.ErrorLog;
import org.glossator.workspace.SampleCorpus;
import org.glossator.ui.annotate.AnnotationController;
import org.glossator.ui.common.FileChoosers;
import org.glossator.ui.common.StoreWindows;
import org.glossator.ui.main.SharedStoreMenu;
import org.glossator.ui.common.NativeFileChoosers;
import org.glossator.ui.model.ReadingSession;
import org.glossator.workspace.Workspace;

/**
 * The composition root of the desktop app: opens the store, seeds an empty corpus,
 * and wires store, task runner, controllers and views together. Opening happens in
 * {@link #init()}, which JavaFX runs off the Application Thread.
 */
public class GlossatorApp extends Application {
    private static final Logger LOG = Logger.getLogger(GlossatorApp.class.getName());
    private Path database;
    /** The shared store named by --db, when it names a PostgreSQL server rather than a file. */
    private StoreLocation.Shared shared;
    /** On a shared store the annotator is the database user: the server's rights check that name. */
    private String sharedAnnotator;
    private Path preferencesFile;
    private Path logFolder;
    private BackupService backups;
    private final List<String> startupNotices = new java.util.ArrayList<>();
    private Store store;
    private Settings settings;
    private Settings preferences;
    private List<AnnotationType> types;
    private RuntimeException openFailure;
    private boolean backupDue;
    /** The database that gets the sample articles when first created. */
    private Path defaultDatabase;
    private TaskRunner tasks;
    private MainWindow window;
    private AnnotationController annotations;
    private Workspace workspace;
    private ReadingSession session;
    private final FileChoosers files;
    private final StoreWindows storeWindows;

    /** Used by {@link Application#launch}; the database comes from the --db= parameter. */
    public GlossatorApp() {
        this.files = new NativeFileChoosers();
        this.storeWindows = new ProcessStoreWindows();
    }

    /**
     * Used by tests and embedders: a database, which plays the default database's part (it gets
     * the sample articles when first created), and the user's preferences file.
     */
    public GlossatorApp(Path database, Path preferencesFile) {
        this(database, preferencesFile, new NativeFileChoosers());
    }

    /** Used by tests: file choosers that answer without a native window. */
    public GlossatorApp(Path database, Path preferencesFile, FileChoosers files) {
        this(database, preferencesFile, files, new ProcessStoreWindows());
    }

    /** Used by tests: file choosers, and other windows' opening, that answer without a native window or process. */
    public GlossatorApp(Path database, Path preferencesFile, FileChoosers files, StoreWindows storeWindows) {
        this.storeWindows = storeWindows;
        this.database = database;
        this.preferencesFile = preferencesFile;
        this.files = files;
        this.defaultDatabase = database;
        this.logFolder = database.toAbsolutePath().resolveSibling("logs");
    }

    static void launchGui(String database) {
        Application.launch(GlossatorApp.class, "--db=" + database);
    }

    @Override
    public void init() {
        if (database == null) {
            String db = getParameters().getNamed().get("db");
            try {
                StoreLocation location = StoreLocation.parse(db != null ? db : AppPaths.defaultDatabase().toString());
                if (location instanceof StoreLocation.Shared s) {
                    shared = s;
                    database = AppPaths.defaultDatabase().resolveSibling("shared-"
                            + s.display().replaceAll("[^A-Za-z0-9._-]+", "_") + ".db"); // names its settings file
                } else {
                    database = ((StoreLocation.File) location).path();
                }
            } catch (RuntimeException e) {
                openFailure = e;
                database = AppPaths.defaultDatabase();
            }
        }
        if (defaultDatabase == null) {
            defaultDatabase = AppPaths.defaultDatabase();
        }
        if (preferencesFile == null) {
            preferencesFile = AppPaths.defaultPreferences();
        }
        ErrorLog.install(logFolder != null ? logFolder : AppPaths.defaultLogFolder());
        try {
            if (openFailure != null) {
                throw openFailure;
            }
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
            settings.problem().ifPresent(startupNotices::add);
            preferences.problem().ifPresent(startupNotices::add);
        } catch (RuntimeException e) {
            openFailure = e;
            LOG.log(Level.SEVERE, "Cannot open " + database, e);
        }
        Assets.loadFonts();
    }

    /**
     * The daily backup, on the worker once the window is up: copying a large database must not
     * delay the first frame. A failure is logged and told, not fatal: the database itself is fine.
     */
    private void backupAfterFirstFrame() {
        tasks.run(() -> {
            try {
                backups.backupIfStale();
                return List.<String>of();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The start-up backup failed", e);
                return List.of("The daily backup failed: " + e.getMessage());
            }
        }, window::tell);
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            Dialogs.fatal("Glossator cannot open its database", openFailure);
            Platform.exit();
            return;
        }
        tasks = new TaskRunner(error -> Dialogs.error(stage, "That did not work", error));
        ErrorLog.onUnexpected(report -> Platform.runLater(() -> Dialogs.report(stage, "Something went wrong", report)));
        workspace = new Workspace(store, Clock.systemUTC(), backups);
        session = new ReadingSession(types);
        annotations = new AnnotationController(workspace, session, tasks, preferences, files);
        if (sharedAnnotator != null) {
            session.setAnnotator(sharedAnnotator);
        }
        window = new MainWindow(stage, workspace, session, settings, tasks, annotations, files,
                new SharedStoreMenu(stage, preferences, storeWindows, tasks));
        window.show(() -> StartupTimes.log("corpus list filled"));
        StartupTimes.logFirstFrame(stage.getScene());
        window.tell(startupNotices);
        if (backupDue) {
            backupAfterFirstFrame();
        }
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

    /** The reading session's view model: what each pane shows, selections, filters. */
    public ReadingSession session() {
        return session;
    }
}
