package org.glossator.ui.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.glossator.classroom.CollectReport;
import org.glossator.classroom.HandInResult;
import org.glossator.classroom.PackOpening;
import org.glossator.classroom.PackRequest;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.domain.Article;
import org.glossator.ui.common.Dialogs;
import org.glossator.ui.common.FileChoosers;
import org.glossator.ui.model.PaneState;
import org.glossator.workspace.Classroom;
import org.glossator.workspace.PackInfo;
import org.glossator.domain.Counts;

/**
 * The Classroom menu: making, opening, handing in and collecting reading packs, and the
 * teacher's views (layers, comparison, heatmap, agreement, discussion, report). All work on
 * the store runs on the worker; files are asked for through {@link FileChoosers}.
 */
public final class ClassroomUi {
    static final FileChoosers.Filter PACKS = new FileChoosers.Filter("Reading packs (*.glossa)", "*.glossa");
    static final FileChoosers.Filter HAND_INS = new FileChoosers.Filter("Hand-ins (*.json)", "*.json");
    private static final String PACK_FILE_KEY = "classroom.packFile.";

    private final ClassroomHost host;
    private final PackPanel panel;
    /** Where each pack opened or made in this session came from, to hand in without asking again. */
    private final Map<String, Path> packFiles = new HashMap<>();
    private final CheckMenuItem reveal = new CheckMenuItem("Reveal every student's layer");

    public ClassroomUi(ClassroomHost host) {
        this.host = host;
        this.panel = new PackPanel(host, this::packChanged);
    }

    private Classroom classroom() {
        return host.workspace().classroom();
    }

    public Menu menu() {
        MenuItem create = item("Create reading pack…", "classroom-create", this::createPack);
        MenuItem open = item("Open reading pack…", "classroom-open", this::chooseAndOpenPack);
        MenuItem handIn = item("Hand in…", "classroom-hand-in", this::handIn);
        MenuItem collect = item("Collect hand-ins…", "classroom-collect", this::collect);
        MenuItem showPanel = item("Pack panel", "classroom-panel", () -> panel.showChosen(null));
        MenuItem layers = item("Layers per student…", "classroom-layers", () -> withPack(p -> new LayersWindow(host, p,
                activeArticleId()).show(), () -> withActiveArticle(id -> new LayersWindow(host, null, id).show())));
        MenuItem compare = item("Compare two annotators…", "classroom-compare", () -> withPack(p -> new CompareWindow(
                host, p, activeArticleId()).show(), () -> withActiveArticle(id -> new CompareWindow(host, null, id)
                .show())));
        MenuItem heatmap = item("Class heatmap…", "classroom-heatmap", () -> withPack(p -> new HeatmapWindow(host, p,
                activeArticleId()).show(), () -> withActiveArticle(id -> new HeatmapWindow(host, null, id).show())));
        MenuItem agreement = item("Agreement…", "classroom-agreement", () -> withPack(p -> new AgreementWindow(host, p,
                null).show(), () -> withActiveArticle(id -> new AgreementWindow(host, null, id).show())));
        MenuItem discussion = item("Discussion mode", "classroom-discussion", () -> withPack(p -> new DiscussionWindow(
                host, p, activeArticleId()).show(), () -> withActiveArticle(id -> new DiscussionWindow(host, null, id)
                .show())));
        reveal.setId("classroom-reveal");
        reveal.setOnAction(e -> setRevealed(reveal.isSelected()));
        MenuItem report = item("Report…", "classroom-report", this::report);
        MenuItem statistics = item("Statistics of this article…", "classroom-statistics", () ->
                host.session().pane(host.session().active()).ifPresentOrElse(
                        p -> new StatisticsWindow(host, p).show(),
                        () -> org.glossator.ui.common.Dialogs.summary(host.stage(), "No article open",
                                "Open an article in a pane first.")));
        Menu menu = new Menu("_Classroom", null, create, open, handIn, collect, new SeparatorMenuItem(), showPanel,
                layers, compare, heatmap, agreement, discussion, reveal, new SeparatorMenuItem(), statistics, report);
        menu.setId("classroom-menu");
        menu.setOnShowing(e -> reveal.setSelected(panel.current().map(PackInfo::revealed).orElse(false)));
        if (host.workspace().readOnlyReason().isPresent()) {
            for (MenuItem i : List.of(create, open, collect, reveal)) {
                i.setDisable(true);
            }
        }
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A .glossa dropped anywhere on the window opens as a pack (filters run before the panes' handlers). */
    public void installDrop(Scene scene) {
        scene.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (droppedPack(e).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> pack = droppedPack(e);
            if (pack.isPresent()) {
                e.setDropCompleted(true);
                e.consume();
                openPack(pack.get());
            }
        });
    }

    private static Optional<Path> droppedPack(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return Optional.empty();
        }
        return e.getDragboard().getFiles().stream().map(java.io.File::toPath)
                .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".glossa"))
                .findFirst();
    }

    // ---- teacher prepares -------------------------------------------------------------------

    private void createPack() {
        host.tasks().run(() -> host.workspace().corpus().summaries(), articles -> {
            Optional<PackRequest> request = new CreatePackDialog(host.stage(), articles, activeArticleId())
                    .ask();
            request.ifPresent(this::writeNewPack);
        });
    }

    private void writeNewPack(PackRequest request) {
        Optional<Path> target = host.files().chooseFileToSave(host.stage(), "Save the reading pack",
                slug(request.title()) + ".glossa", List.of(PACKS));
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get());
        host.tasks().run(() -> {
            ReadingPack pack = classroom().packs().create(request);
            try {
                classroom().packs().write(pack, file);
                Path students = null;
                if (pack.hasReference()) {
                    students = studentsCopy(file);
                    classroom().packs().write(pack.withoutReference(), students);
                }
                return new Made(pack, file, students);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, made -> {
            remember(made.pack().packId(), made.file());
            StringBuilder s = new StringBuilder("“" + made.pack().title() + "” with "
                    + Counts.of(made.pack().articles().size(), "article", "articles") + " is in "
                    + made.file() + ".");
            if (made.students() != null) {
                s.append("\n\nYour reference annotations are in that file: keep it, and collect with it.\n"
                        + "Give the class ").append(made.students()).append(": the same pack without them.");
            } else {
                s.append("\n\nGive the class this file; collect their hand-ins with it.");
            }
            Dialogs.summary(host.stage(), "Reading pack saved", s.toString());
        });
    }

    private record Made(ReadingPack pack, Path file, Path students) {
    }

    /** {@code week3.glossa} → {@code week3.students.glossa}, as the command line names it. */
    static Path studentsCopy(Path out) {
        String name = out.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".glossa")
                ? name.substring(0, name.length() - ".glossa".length()) : name;
        return out.resolveSibling(base + ".students.glossa");
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".glossa") ? file : file.resolveSibling(name + ".glossa");
    }

    static String slug(String title) {
        String s = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "reading-pack" : s;
    }

    // ---- student opens and hands in ---------------------------------------------------------

    private void chooseAndOpenPack() {
        List<Path> chosen = host.files().chooseFilesToOpen(host.stage(), "Open a reading pack", List.of(PACKS));
        if (!chosen.isEmpty()) {
            openPack(chosen.get(0));
        }
    }

    /** Reads and opens a pack as a student; a pack that is not what it claims is refused and nothing is written. */
    public void openPack(Path file) {
        host.tasks().run(() -> {
            try {
                ReadingPack pack = classroom().packs().read(file);
                return classroom().packs().openAsStudent(pack);
            } catch (org.glossator.classroom.pack.PackException e) {
                return new Refusal(file, e.getMessage());
            }
        }, result -> {
            if (result instanceof Refusal r) {
                Dialogs.summary(host.stage(), "This reading pack was not opened",
                        r.file().getFileName() + ": " + r.reason() + "\n\nNothing was added to your corpus.");
                return;
            }
            PackOpening opened = (PackOpening) result;
            remember(opened.packId(), file);
            host.dataChanged().run();
            panel.showPack(opened.packId());
            long added = opened.added();
            StringBuilder s = new StringBuilder(Counts.of(opened.articles().size(), "article", "articles")
                    + ": " + added + " added to your corpus, " + (opened.articles().size() - added)
                    + " already there.");
            if (!opened.typesAdded().isEmpty()) {
                s.append("\nAnnotation types added for the pack: ").append(String.join(", ", opened.typesAdded()))
                        .append('.');
            }
            if (!opened.typesKept().isEmpty()) {
                s.append("\nTypes you already had keep your names and colours: ")
                        .append(String.join(", ", opened.typesKept())).append('.');
            }
            s.append("\n\nThe instructions are in the pack panel; double-click an article there to read it."
                    + " When you are done, Classroom › Hand in… writes the file to send your teacher.");
            Dialogs.summary(host.stage(), "Opened “" + opened.title() + "”", s.toString());
        });
    }

    private record Refusal(Path file, String reason) {
    }

    private void remember(String packId, Path file) {
        packFiles.put(packId, file.toAbsolutePath());
        host.settings().put(PACK_FILE_KEY + packId, file.toAbsolutePath().toString());
    }

    /** The pack file a pack was opened from, if it is still there; otherwise asks for it. */
    private Optional<Path> packFile(PackInfo pack, String why) {
        Path known = packFiles.get(pack.packId());
        if (known == null) {
            known = host.settings().get(PACK_FILE_KEY + pack.packId()).map(Path::of).orElse(null);
        }
        if (known != null && Files.isRegularFile(known)) {
            return Optional.of(known);
        }
        return host.files().chooseFilesToOpen(host.stage(), why + ": the reading pack “" + pack.title() + "”",
                List.of(PACKS)).stream().findFirst();
    }

    private void handIn() {
        Optional<String> student = host.session().annotator();
        if (student.isEmpty() || student.get().isBlank()) {
            Dialogs.summary(host.stage(), "Your name is needed to hand in",
                    "A hand-in carries your annotator name. Set it with Edit › Annotator name…, then hand in.");
            return;
        }
        withPack(pack -> packFile(pack, "Hand in").ifPresent(packPath -> {
            Optional<Path> target = host.files().chooseFileToSave(host.stage(), "Save your hand-in",
                    slug(pack.title()) + "--" + slug(student.get()) + ".json", List.of(HAND_INS));
            target.ifPresent(out -> host.tasks().run(() -> {
                try {
                    ReadingPack read = classroom().packs().read(packPath);
                    return (Object) classroom().handIns().handIn(read, student.get(), student.get(), out);
                } catch (org.glossator.classroom.pack.PackException e) {
                    return new Refusal(packPath, e.getMessage());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, result -> {
                if (result instanceof Refusal r) {
                    Dialogs.summary(host.stage(), "Nothing was handed in", r.reason());
                    return;
                }
                HandInResult h = (HandInResult) result;
                String missing = h.missingArticles() == 0 ? "" : "\n" + Counts.of(h.missingArticles(),
                        "article of the pack is", "articles of the pack are")
                        + " not in your corpus (or its text was edited), so nothing of yours on it is included.";
                Dialogs.summary(host.stage(), h.replaced() ? "Hand-in replaced" : "Handed in",
                        Counts.of(h.annotations(), "annotation", "annotations") + " on "
                                + Counts.of(h.articles(), "article", "articles") + ", as " + h.student()
                                + ", in " + h.file() + "." + missing + "\n\nSend this file to your teacher.");
                panel.refresh();
            }));
        }));
    }

    // ---- teacher collects --------------------------------------------------------------------

    private void collect() {
        List<Path> packs = host.files().chooseFilesToOpen(host.stage(),
                "Collect: the reading pack the class handed in for", List.of(PACKS));
        if (packs.isEmpty()) {
            return;
        }
        Optional<Path> folder = host.files().chooseFolder(host.stage(), "Collect: the folder of hand-ins");
        if (folder.isEmpty()) {
            return;
        }
        Path packPath = packs.get(0);
        host.tasks().run(() -> {
            try {
                ReadingPack pack = classroom().packs().read(packPath);
                return classroom().collect().collect(pack, folder.get());
            } catch (org.glossator.classroom.pack.PackException e) {
                return new Refusal(packPath, e.getMessage());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, result -> {
            if (result instanceof Refusal r) {
                Dialogs.summary(host.stage(), "Nothing was collected", r.file().getFileName() + ": " + r.reason());
                return;
            }
            CollectReport report = (CollectReport) result;
            remember(report.packId(), packPath);
            host.dataChanged().run();
            panel.showPack(report.packId());
            Dialogs.summary(host.stage(), "Collected " + Counts.of(report.collected().size(), "hand-in",
                    "hand-ins") + (report.refused().isEmpty() ? "" : ", refused " + report.refused().size()),
                    collectSummary(report));
        });
    }

    static String collectSummary(CollectReport report) {
        List<String> lines = new ArrayList<>();
        for (CollectReport.Collected c : report.collected()) {
            lines.add(c.student() + ": " + Counts.of(c.annotations(), "annotation", "annotations")
                    + (c.replacedEarlier() ? " (replaces the earlier hand-in)" : ""));
            c.warnings().forEach(w -> lines.add("    note: " + w));
        }
        if (!report.refused().isEmpty()) {
            lines.add("");
            lines.add("Refused, and nothing of them was added:");
            for (CollectReport.Refused r : report.refused()) {
                lines.add(r.file().getFileName() + " — " + ClassroomText.reason(r.reason()) + ". " + r.message());
            }
        }
        if (!report.collected().isEmpty()) {
            lines.add("");
            lines.add("Each student is now a layer: see Classroom › Layers, Compare, Class heatmap and Agreement.");
        }
        return ClassroomText.lines(lines);
    }

    private void setRevealed(boolean revealed) {
        withPack(pack -> host.tasks().run(() -> {
            classroom().views().setRevealed(pack.packId(), revealed);
            return revealed;
        }, done -> panel.showPack(pack.packId())));
    }

    // ---- report --------------------------------------------------------------------------------

    private void report() {
        Optional<Article> article = host.session().pane(host.session().active()).map(PaneState::article);
        if (article.isEmpty()) {
            Dialogs.summary(host.stage(), "Open an article first",
                    "The report is of the article in the active pane, with everyone's annotations on it.");
            return;
        }
        Article a = article.get();
        host.files().chooseFileToSave(host.stage(), "Save the report on “" + a.title() + "”",
                slug(a.title()) + ".html", List.of(new FileChoosers.Filter("Web page (*.html)", "*.html")))
                .ifPresent(out -> host.tasks().run(() -> {
                    try {
                        classroom().reports().write(a.id(), List.of(), out);
                        return out;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, written -> Dialogs.summary(host.stage(), "Report saved", "The report on “" + a.title()
                        + "”, with every annotator's marks, is in " + written
                        + ". Open it in a browser; it prints with the notes after the text.")));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Long activeArticleId() {
        return host.session().pane(host.session().active()).map(s -> s.article().id()).orElse(null);
    }

    private void packChanged(PackInfo pack) {
        reveal.setSelected(pack != null && pack.revealed());
    }

    /** Runs with the pack in the panel, or the only pack, or the one the user picks. */
    private void withPack(java.util.function.Consumer<PackInfo> action) {
        withPack(action, () -> Dialogs.summary(host.stage(), "No reading pack is open",
                "Open a pack (Classroom › Open reading pack…) or collect hand-ins for one first."));
    }

    /**
     * Without any pack, a view of everyone who annotated the article in the active pane (a group on
     * a shared store, say); with no article open either, says what to open.
     */
    private void withActiveArticle(java.util.function.LongConsumer view) {
        Long article = activeArticleId();
        if (article == null) {
            Dialogs.summary(host.stage(), "No article open",
                    "Open an article in a pane, or a reading pack, first.");
            return;
        }
        view.accept(article);
    }

    /** As {@link #withPack(java.util.function.Consumer)}; {@code noPack} runs when no pack is open at all. */
    private void withPack(java.util.function.Consumer<PackInfo> action, Runnable noPack) {
        Optional<PackInfo> current = panel.current();
        if (current.isPresent()) {
            action.accept(current.get());
            return;
        }
        host.tasks().run(() -> classroom().openedPacks(), packs -> {
            if (packs.isEmpty()) {
                noPack.run();
            } else if (packs.size() == 1) {
                action.accept(packs.get(0));
            } else {
                ChoiceDialog<PackTitle> choice = new ChoiceDialog<>(new PackTitle(packs.get(0)),
                        packs.stream().map(PackTitle::new).toList());
                choice.initOwner(host.stage());
                choice.setHeaderText("Which reading pack?");
                choice.showAndWait().ifPresent(t -> action.accept(t.pack()));
            }
        });
    }

    record PackTitle(PackInfo pack) {
        @Override
        public String toString() {
            return pack.title() + (pack.due() == null ? "" : " (due " + pack.due() + ")");
        }
    }
}
