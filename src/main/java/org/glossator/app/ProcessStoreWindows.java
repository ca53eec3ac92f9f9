package org.glossator.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.glossator.ui.common.StoreWindows;

/**
 * Starts a second Glossator (the same Java and class path) on another database: each window
 * owns one store for its whole life, so switching means another process, not a half-rebuilt
 * window. A password typed in the dialog reaches the child as PGPASSWORD, in its environment
 * only.
 */
final class ProcessStoreWindows implements StoreWindows {

    @Override
    public void open(String location, char[] password) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--db=" + location));
        if (password.length > 0) {
            builder.environment().put("PGPASSWORD", new String(password));
        }
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.start();
    }
}
