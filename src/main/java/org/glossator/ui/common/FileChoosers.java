package org.glossator.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Where the app asks the user for files. The desktop uses the platform's native
 * choosers ({@link NativeFileChoosers}); tests, which cannot drive native windows,
 * put in answers of their own and still go through the real menus.
 */
public interface FileChoosers {
    /** A file filter shown in the chooser: a description and patterns such as {@code *.csv}. */
    record Filter(String description, List<String> patterns) {
        public Filter(String description, String... patterns) {
            this(description, List.of(patterns));
        }
    }

    /** Files to read; empty when the user cancelled. */
    List<Path> chooseFilesToOpen(Window owner, String title, List<Filter> filters);

    /** A file to write; empty when the user cancelled. */
    Optional<Path> chooseFileToSave(Window owner, String title, String suggestedName, List<Filter> filters);

    /** A folder (e.g. of hand-ins to collect); empty when the user cancelled. */
    Optional<Path> chooseFolder(Window owner, String title);
}
