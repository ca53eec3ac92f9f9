package org.glossator.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Glossator keeps its files by default: the user's data folder, following each
 * platform's convention ($XDG_DATA_HOME on Linux).
 */
public final class AppPaths {
    private AppPaths() {
    }

    public static Path defaultDatabase() {
        return dataFolder(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"))
                .resolve("glossator.db");
    }

    /** The rotating log files, in the user's data folder beside the default database. */
    public static Path defaultLogFolder() {
        return dataFolder(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"))
                .resolve("logs");
    }

    /** Files Glossator can make again from its jar (SQLite's native library): the platform's cache folder. */
    public static Path defaultCacheFolder() {
        return cacheFolder(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** The user's preferences (annotator name), in the platform's config folder ($XDG_CONFIG_HOME on Linux). */
    public static Path defaultPreferences() {
        return configFolder(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"))
                .resolve("preferences.properties");
    }

    static Path configFolder(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return dataFolder(env, osName, home); // one application folder on these platforms
        }
        return xdgOr(env, "XDG_CONFIG_HOME", Path.of(home, ".config", "glossator"));
    }

    static Path cacheFolder(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return local != null ? Path.of(local, "Glossator", "Cache") : Path.of(home, "AppData", "Local", "Glossator",
                    "Cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Glossator");
        }
        return xdgOr(env, "XDG_CACHE_HOME", Path.of(home, ".cache", "glossator"));
    }

    static Path dataFolder(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Glossator") : Path.of(home, "AppData", "Roaming", "Glossator");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Glossator");
        }
        return xdgOr(env, "XDG_DATA_HOME", Path.of(home, ".local", "share", "glossator"));
    }

    /** {@code $variable/glossator}, or {@code fallback} when it is unset or relative (invalid by the XDG specification). */
    private static Path xdgOr(Map<String, String> env, String variable, Path fallback) {
        String xdg = env.get(variable);
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg, "glossator") : fallback;
    }
}
