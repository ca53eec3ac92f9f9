package org.glossator.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.glossator.ui.common.Assets;
import org.glossator.ui.common.Dialogs;
import org.glossator.ui.main.MainWindow;
import org.glossator.ui.common.TaskRunner;
import org.glossator.workspace.AppPaths;
import org.glossator.workspace.ErrorLog;
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
    /** Set by the constructor for tests and embedders; otherwise named by --db. */
    private Path database;
    private Path preferencesFile;
    private Path logFolder;
    /** The store, its backups and the settings, opened in {@link #init()} (or before, see {@link #launchGui}). */
    private StartupOpening opened;
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
        StartupOpening.beginEarly(database); // while the JavaFX toolkit starts
        Application.launch(GlossatorApp.class, "--db=" + database);
    }

    @Override
    public void init() {
        ErrorLog.install(logFolder != null ? logFolder : AppPaths.defaultLogFolder());
        if (database == null) {
            String argument = getParameters().getNamed().get("db");
            opened = StartupOpening.takeEarly(argument);
            if (opened == null) {
                opened = StartupOpening.forArgument(argument).open();
            }
        } else {
            opened = new StartupOpening(database, null, defaultDatabase, preferencesFile).open();
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
                opened.backups.backupIfStale();
                return List.<String>of();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The start-up backup failed", e);
                return List.of("The daily backup failed: " + e.getMessage());
            }
        }, window::tell);
    }

    @Override
    public void start(Stage stage) {
        if (opened.failure != null) {
            Dialogs.fatal("Glossator cannot open its database", opened.failure);
            Platform.exit();
            return;
        }
        tasks = new TaskRunner(error -> Dialogs.error(stage, "That did not work", error));
        ErrorLog.onUnexpected(report -> Platform.runLater(() -> Dialogs.report(stage, "Something went wrong", report)));
        workspace = new Workspace(opened.store, Clock.systemUTC(), opened.backups);
        session = new ReadingSession(opened.types);
        annotations = new AnnotationController(workspace, session, tasks, opened.preferences, files);
        if (opened.sharedAnnotator != null) {
            session.setAnnotator(opened.sharedAnnotator);
        }
        window = new MainWindow(stage, workspace, session, opened.settings, tasks, annotations, files,
                new SharedStoreMenu(stage, opened.preferences, storeWindows, tasks));
        window.show(() -> StartupTimes.log("corpus list filled"));
        StartupTimes.logFirstFrame(stage.getScene());
        window.tell(opened.notices);
        if (opened.backupDue) {
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
        if (opened != null && opened.store != null) {
            opened.store.close();
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
