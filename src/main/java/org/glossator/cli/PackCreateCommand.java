package org.glossator.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.glossator.classroom.PackRequest;
import org.glossator.classroom.PackService;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "create", description = "Make a reading pack from articles in the database.")
final class PackCreateCommand implements Callable<Integer> {
    @ParentCommand
    PackCommand pack;

    @Spec
    CommandSpec spec;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The pack's title.")
    String title;

    @Option(names = "--article", required = true, arity = "1..*", paramLabel = "ID",
            description = "Articles in reading order (ids from `glossator list`).")
    List<Long> articles;

    @Option(names = "--instructions", paramLabel = "FILE.md", description = "Instructions for the class (Markdown).")
    Path instructions;

    @Option(names = "--question", paramLabel = "TEXT", description = "A question for the class (repeatable).")
    List<String> questions;

    @Option(names = "--due", paramLabel = "DATE", description = "Due date, e.g. 2026-12-01.")
    String due;

    @Option(names = "--reference", description = "Add your annotations on these articles as the reference "
            + "(hidden from students; a copy without it is written for them).")
    boolean reference;

    @Option(names = "--reference-annotator", paramLabel = "NAME",
            description = "Whose annotations are the reference, when several people annotated the articles.")
    String referenceAnnotator;

    @Option(names = "--out", required = true, paramLabel = "FILE.glossa", description = "The pack file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        LocalDate dueDate = null;
        if (due != null) {
            try {
                dueDate = LocalDate.parse(due);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--due must be a date like 2026-12-01, not " + due);
            }
        }
        if (referenceAnnotator != null && !reference) {
            throw new ParameterException(spec.commandLine(), "--reference-annotator needs --reference");
        }
        String markdown = instructions == null ? "" : Files.readString(instructions);
        PrintWriter o = spec.commandLine().getOut();
        try (Store store = pack.root.openStore()) {
            PackService service = new PackService(store);
            ReadingPack made;
            try {
                made = service.create(new PackRequest(title, articles, markdown, questions, dueDate, reference,
                        referenceAnnotator));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("Refused: " + e.getMessage() + " Nothing was written.");
                return Cli.SOME_REFUSED;
            }
            service.write(made, out);
            o.println("Wrote " + out + ": \"" + made.title() + "\", " + made.articles().size()
                    + (made.articles().size() == 1 ? " article" : " articles") + ", pack id " + made.packId());
            if (made.hasReference()) {
                Path students = studentsCopy(out);
                service.write(made.withoutReference(), students);
                o.println("The reference annotations of " + made.referenceAnnotator() + " are in " + out
                        + " (keep it to collect and compare).");
                o.println("Give the class " + students + ": the same pack without the reference.");
            }
        }
        o.flush();
        return Cli.OK;
    }

    /** {@code week3.glossa} → {@code week3.students.glossa}. */
    static Path studentsCopy(Path out) {
        String name = out.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".glossa")
                ? name.substring(0, name.length() - ".glossa".length()) : name;
        return out.resolveSibling(base + ".students.glossa");
    }
}
