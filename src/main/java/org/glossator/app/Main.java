package org.glossator.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.glossator.cli.Cli;
import org.glossator.store.sqlite.SqliteNativeLibrary;
import org.glossator.workspace.AppPaths;
import org.glossator.workspace.ErrorLog;

/**
 * Entry point of the jar. Deliberately not a JavaFX Application subclass: with
 * JavaFX on the classpath (non-modular) a launcher class keeps the CLI free of JavaFX
 * and avoids "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ErrorLog.install(AppPaths.defaultLogFolder());
        SqliteNativeLibrary.keepIn(AppPaths.defaultCacheFolder().resolve("native"));
        if (args.length == 0) {
            // The usual start of the desktop app: no command line to parse, so picocli's model
            // (a tenth of the time to the first frame) is not built.
            GlossatorApp.launchGui(AppPaths.defaultDatabase().toString());
            System.exit(0);
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = Cli.run(args, GlossatorApp::launchGui, out, err);
        System.exit(status);
    }
}
