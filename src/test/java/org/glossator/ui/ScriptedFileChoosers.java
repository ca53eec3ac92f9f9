package org.glossator.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.glossator.ui.common.FileChoosers;

/** File choosers that answer what the test queued, and remember what they were asked. */
final class ScriptedFileChoosers implements FileChoosers {
    private final Deque<List<Path>> answers = new ArrayDeque<>();
    final List<String> titlesAsked = new ArrayList<>();

    void answer(Path... files) {
        answers.add(List.of(files));
    }

    @Override
    public synchronized List<Path> chooseFilesToOpen(Window owner, String title, List<Filter> filters) {
        titlesAsked.add(title);
        return answers.isEmpty() ? List.of() : answers.poll();
    }

    @Override
    public synchronized Optional<Path> chooseFileToSave(Window owner, String title, String suggestedName,
                                                        List<Filter> filters) {
        titlesAsked.add(title);
        return answers.isEmpty() ? Optional.empty() : answers.poll().stream().findFirst();
    }

    @Override
    public synchronized Optional<Path> chooseFolder(Window owner, String title) {
        titlesAsked.add(title);
        return answers.isEmpty() ? Optional.empty() : answers.poll().stream().findFirst();
    }
}
