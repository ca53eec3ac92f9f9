package org.glossator.ui.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Remembered state in a properties file: the window layout, zoom and open articles
 * beside the database (the open articles name rows of that database), and the user's
 * preferences such as the annotator's name in the user's config folder. Plain Java:
 * loaded and saved off the FX thread.
 */
public final class Settings {
    private final Path file;
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    private final Properties values = new Properties();
    private String problem;
    private boolean saveRefused;

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings file that belongs to a database file. */
    public static Path fileFor(Path database) {
        String name = database.getFileName().toString().replaceFirst("\\.db$", "");
        return database.toAbsolutePath().resolveSibling(name + ".settings.properties");
    }

    /**
     * Loads the file; a missing file gives empty settings (defaults). A damaged file (bytes
     * no properties file holds, a broken escape, unreadable) also gives defaults, but is
     * first renamed aside ({@code name.damaged-TIME}) so saving never overwrites it, and
     * {@link #problem()} says so for the user.
     */
    public static Settings load(Path file) {
        Settings settings = new Settings(file);
        if (!Files.isRegularFile(file)) {
            return settings;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String damage = damageIn(bytes);
            if (damage == null) {
                settings.values.load(new ByteArrayInputStream(bytes));
                return settings;
            }
            settings.setAside(damage);
        } catch (IOException | IllegalArgumentException e) {
            settings.values.clear();
            settings.setAside(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        return settings;
    }

    /** Why a file cannot be a properties file Glossator or a person wrote, or null when it can be. */
    private static String damageIn(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                return String.format(Locale.ROOT, "it contains a control byte (0x%02X) at offset %d", b, i);
            }
        }
        return null;
    }

    private void setAside(String damage) {
        values.clear();
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).format(LocalDateTime.now()));
        try {
            Files.move(file, aside);
            problem = "The settings file " + file + " was damaged (" + damage + "). It was set aside as "
                    + aside.getFileName() + " and the defaults are used.";
        } catch (IOException e) {
            saveRefused = true;
            problem = "The settings file " + file + " is damaged (" + damage + ") and could not be set aside ("
                    + e.getMessage() + "). The defaults are used and it will not be overwritten.";
        }
        LOG.warning(problem);
    }

    /** What was wrong with the file when it was loaded, for a message to the user; empty when nothing. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Writes to a temporary file and moves it into place, so a crash never leaves half a file. */
    public synchronized void save() throws IOException {
        if (saveRefused) {
            throw new IOException("the damaged file " + file + " is kept as it is; move it aside to save settings");
        }
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
