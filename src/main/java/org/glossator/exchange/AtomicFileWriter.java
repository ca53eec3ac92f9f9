package org.glossator.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file for people and other programs (exports, packs, hand-ins, reports) that appears
 * only when complete: into a hidden {@code .name.<random>.part} beside it, then moved over the
 * target in one step; a failure or a cancel leaves the target as it was and no part file.
 * The new file gets the user's usual permissions (umask), as any program's output does:
 * {@code Files.createTempFile} would make it owner-only (0600), which a teacher's pack on a
 * shared drive cannot be. A file it replaces keeps the permissions its owner gave it.
 */
public final class AtomicFileWriter {
    private static final int BUFFER = 1 << 16;

    /** What goes into the file; it may return a result (an export's summary), or null. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    public static <T> T write(Path file, Content<T> content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        boolean done = false;
        try {
            T result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), BUFFER)) {
                result = content.writeTo(out);
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return result;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A file being replaced keeps the permissions its owner gave it. */
    private static void keepPermissions(Path existing, Path replacement) throws IOException {
        if (Files.exists(existing) && Files.getFileStore(replacement).supportsFileAttributeView(
                PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
        }
    }
}
