package org.glossator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.glossator.classroom.PackService;
import org.glossator.classroom.pack.PackException;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.store.Store;
import picocli.CommandLine.Parameters;

/** The pack and the folder of hand-ins that `collect` and `agreement` both take (a picocli mixin). */
final class HandInsArguments {
    @Parameters(index = "0", paramLabel = "FILE.glossa", description = "The pack (with the reference, if any).")
    Path packFile;

    @Parameters(index = "1", paramLabel = "FOLDER", description = "The folder of hand-in .json files.")
    Path folder;

    /** The pack, or empty after telling err why it was refused ({@code tail} follows the reason). */
    Optional<ReadingPack> readPack(Store store, PrintWriter err, String tail) {
        try {
            return Optional.of(new PackService(store).read(packFile));
        } catch (PackException e) {
            err.println("Refused: " + e.getMessage() + tail);
            err.flush();
            return Optional.empty();
        }
    }
}
