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
 * The articles in sample-corpus/, shipped on the classpath, imported into an empty
 * store on first start so that the app never opens empty.
 */
public final class SampleCorpus {
    private static final String FOLDER = "sample-corpus";

    private SampleCorpus() {
    }

    /** Imports the sample corpus when the store has no articles; returns how many were added. */
    public static int seedIfEmpty(Store store) {
        if (store.isReadOnly() || store.articles().count() > 0) {
            return 0;
        }
        ArticleImporter importer = new ArticleImporter();
        return store.inTransaction(() -> {
            int added = 0;
            for (NamedBytes file : files()) {
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
