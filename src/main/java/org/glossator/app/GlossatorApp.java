package org.glossator.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.glossator.domain.AnnotationType;
import org.glossator.store.Store;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.ui.common.Assets;
import org.glossator.ui.common.Dialogs;
import org.glossator.ui.main.MainWindow;
import org.glossator.ui.common.Settings;
import org.glossator.ui.common.TaskRunner;
import org.glossator.workspace.AppPaths;
import org.glossator.workspace.SampleCorpus;
import org.glossator.ui.annotate.AnnotationController;
import org.glossator.ui.common.FileChoosers;
import org.glossator.ui.common.NativeFileChoosers;
import org.glossator.ui.model.ReadingSession;
import org.glossator.workspace.Workspace;

/**
 * The composition root of the desktop app: opens the store, seeds an empty corpus,
 * and wires store, task runner, controllers and views together. Opening happens in
 * {@link #init()}, which JavaFX runs off the Application Thread.
 */
public class GlossatorApp extends Application {
    private Path database;
    private Path preferencesFile;
    private Store store;
    private Settings settings;
    private Settings preferences;
    private List<AnnotationType> types;
    private RuntimeException openFailure;
    /** The database that gets the sample articles when first created. */
    private Path defaultDatabase;
    private TaskRunner tasks;
    private MainWindow window;
    private AnnotationController annotations;
    private Workspace workspace;
    private ReadingSession session;
    private final FileChoosers files;

    /** Used by {@link Application#launch}; the database comes from the --db= parameter. */
    public GlossatorApp() {
        this.files = new NativeFileChoosers();
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
        this.database = database;
        this.preferencesFile = preferencesFile;
        this.files = files;
        this.defaultDatabase = database;
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
        if (defaultDatabase == null) {
            defaultDatabase = AppPaths.defaultDatabase();
        }
        if (preferencesFile == null) {
            preferencesFile = AppPaths.defaultPreferences();
        }
        try {
            boolean firstStart = SampleCorpus.isFirstStartOfDefault(database, defaultDatabase);
            store = SqliteStore.open(database);
            if (firstStart) {
                new SampleCorpus(store).addSamples();
            }
            types = store.scheme().types();
            settings = Settings.load(Settings.fileFor(database));
            preferences = Settings.load(preferencesFile);
        } catch (RuntimeException e) {
            openFailure = e;
        }
        Assets.loadFonts();
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            Dialogs.fatal("Glossator cannot open its database", openFailure);
            Platform.exit();
            return;
        }
        tasks = new TaskRunner(error -> Dialogs.error(stage, "That did not work", error));
        workspace = new Workspace(store, Clock.systemUTC());
        session = new ReadingSession(types);
        annotations = new AnnotationController(workspace, session, tasks, preferences, files);
        window = new MainWindow(stage, workspace, session, settings, tasks, annotations, files);
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

    /** The reading session's view model: what each pane shows, selections, filters. */
    public ReadingSession session() {
        return session;
    }
}
