package org.glossator.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glossator.ingest.ArticleImporter;
import org.glossator.ingest.ImportRejectedException;
import org.glossator.store.Store;

/**
 * The articles in sample-corpus/, shipped on the classpath. Only the default database gets
 * them, once, when it is first created (so that the app never first opens empty); anyone else
 * adds them on demand (Help › Add sample articles). The command line never adds them, and a
 * user who deletes every article does not find them back at the next start.
 */
public final class SampleCorpus {
    private static final String FOLDER = "sample-corpus";

    private final Store store;

    public SampleCorpus(Store store) {
        this.store = store;
    }

    /**
     * Whether opening {@code database} should seed it: only when it is the default database
     * and does not exist yet. Ask before opening (opening creates the file).
     */
    public static boolean isFirstStartOfDefault(Path database, Path defaultDatabase) {
        Path db = database.toAbsolutePath().normalize();
        return db.equals(defaultDatabase.toAbsolutePath().normalize()) && Files.notExists(db);
    }

    /**
     * Adds every sample article the corpus does not hold yet (by text), in one transaction;
     * returns how many were added (0 when all are there already).
     */
    public int addSamples() {
        if (store.isReadOnly()) {
            return 0; // a newer program's database is never written
        }
        ArticleImporter importer = new ArticleImporter();
        List<NamedBytes> files = files();
        return store.inTransaction(() -> {
            int added = 0;
            for (NamedBytes file : files) {
                try {
                    if (store.articles().add(importer.read(file.name(), file.bytes())).created()) {
                        added++;
                    }
                } catch (ImportRejectedException e) {
                    throw new IllegalStateException("A shipped sample article is broken: " + e.getMessage(), e);
                }
            }
            return added;
        });
    }

    record NamedBytes(String name, byte[] bytes) {
    }

    static List<NamedBytes> files() {
        URL url = SampleCorpus.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath(FOLDER));
                } catch (FileSystemAlreadyExistsException e) {
                    // Someone else opened the jar as a file system: read through it, leave it open.
                    return read(FileSystems.getFileSystem(uri).getPath(FOLDER));
                }
            }
            return read(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot read the shipped sample corpus: " + e.getMessage(), e);
        }
    }

    private static List<NamedBytes> read(Path folder) throws IOException {
        List<NamedBytes> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.sorted().toList()) {
                if (ArticleImporter.isSupported(p)) {
                    try (InputStream in = Files.newInputStream(p)) {
                        files.add(new NamedBytes(p.getFileName().toString(), in.readAllBytes()));
                    }
                }
            }
        }
        return files;
    }
}
