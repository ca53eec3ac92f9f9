package org.glossator.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps SQLite's native library in one folder of Glossator's and points the driver at it.
 *
 * <p>Left alone, the driver copies its library out of the jar into the temporary folder on
 * every start, under a new name each time, after listing that folder to delete old copies. On
 * this project's machine that is about a tenth of a second of every start, command line or
 * window. And a process that is killed never deletes its copy: every crash leaves a megabyte in
 * the temporary folder for good. Copied once per driver version, platform and architecture into
 * the cache folder, the library is loaded from there with the driver's documented
 * {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} properties. The driver tries that
 * path first and, should loading from it fail, goes on to its own extraction, so the worst this
 * class can do is nothing.
 */
public final class SqliteNativeLibrary {
    private static final Logger LOG = Logger.getLogger(SqliteNativeLibrary.class.getName());
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /**
     * Makes the driver load its library from below {@code cacheFolder}, copying it there first
     * when this driver version has not been copied yet. Must run before the first SQLite
     * connection of the process; does nothing when the user set the driver's properties.
     *
     * @return the folder the library is loaded from, or null when the driver is left to its own ways
     */
    public static synchronized Path keepIn(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return null; // chosen by whoever started the JVM
        }
        String libraryName = LibraryLoaderUtil.getNativeLibName();
        Path folder = cacheFolder.resolve(folderName(SQLiteJDBCLoader.getVersion()));
        Path library = folder.resolve(libraryName);
        try {
            if (!Files.isRegularFile(library)) {
                copyFromJar(libraryName, folder, library);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "SQLite's native library could not be kept in " + folder
                    + "; the driver extracts it to the temporary folder instead", e);
            return null;
        }
        System.setProperty(PATH_PROPERTY, folder.toString());
        System.setProperty(NAME_PROPERTY, libraryName);
        return folder;
    }

    /** One folder per driver version, operating system and architecture: a shared home folder never mixes them. */
    static String folderName(String driverVersion) {
        String os = System.getProperty("os.name", "os").replaceAll("[^A-Za-z0-9]+", "-");
        String arch = System.getProperty("os.arch", "arch").replaceAll("[^A-Za-z0-9]+", "-");
        return ("sqlite-" + driverVersion + "-" + os + "-" + arch).toLowerCase(Locale.ROOT);
    }

    /** Writes a temporary copy and renames it, so that no start ever sees half a library. */
    private static void copyFromJar(String libraryName, Path folder, Path library) throws IOException {
        // The driver's own lookup of the platform's folder in the jar (it may run `uname`): once per version.
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + libraryName;
        Files.createDirectories(folder);
        Path part = folder.resolve(libraryName + "." + UUID.randomUUID() + ".part");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the driver has no library " + resource + " for this platform");
            }
            Files.copy(in, part);
            try {
                Files.move(part, library, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, library, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // Another Glossator starting at the same moment got there first (and may hold it open).
                if (!Files.isRegularFile(library)) {
                    throw e;
                }
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
