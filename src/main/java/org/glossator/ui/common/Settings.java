package org.glossator.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembered state in a properties file: the window layout, zoom and open articles
 * beside the database (the open articles name rows of that database), and the user's
 * preferences such as the annotator's name in the user's config folder. Plain Java:
 * loaded and saved off the FX thread.
 */
public final class Settings {
    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings file that belongs to a database file. */
    public static Path fileFor(Path database) {
        String name = database.getFileName().toString().replaceFirst("\\.db$", "");
        return database.toAbsolutePath().resolveSibling(name + ".settings.properties");
    }

    /** Loads the file; a missing or unreadable file gives empty settings (defaults). */
    public static Settings load(Path file) {
        Settings settings = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // Settings are a convenience: a damaged file must not stop the app from opening.
                settings.values.clear();
            }
        }
        return settings;
    }

    /** Writes to a temporary file and moves it into place, so a crash never leaves half a file. */
    public synchronized void save() throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            values.store(out, "Glossator settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@link #save()} for work run on the task runner, which reports failures to the user. */
    public void saveOrThrow() {
        try {
            save();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot save settings to " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public long getLong(String key, long fallback) {
        try {
            return get(key).map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void putNumber(String key, double value) {
        put(key, Double.toString(value));
    }

    public Path file() {
        return file;
    }
}
