package org.glossator.ui.annotate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glossator.exchange.ExportFormat;
import org.glossator.exchange.ExportRequest;
import org.glossator.ui.common.Dialogs;
import org.glossator.ui.common.FileChoosers;
import org.glossator.ui.model.ReadingSession;
import org.glossator.ui.model.Side;
import org.glossator.ui.common.TaskRunner;
import org.glossator.workspace.AnnotationExchangeService;
import org.glossator.workspace.AnnotationExchangeService.FileResult;

/** File › Export annotations… and Import annotations…: dialogs, background tasks, summaries. */
final class ExchangeActions {
    private final AnnotationExchangeService service;
    private final TaskRunner tasks;
    private final Runnable afterImport;
    private final FileChoosers files;
    private final ReadingSession session;
    private Window owner;
    private java.util.function.Supplier<List<Long>> corpusSelection = List::of;

    ExchangeActions(AnnotationExchangeService service, TaskRunner tasks, FileChoosers files, ReadingSession session,
                    Runnable afterImport) {
        this.service = service;
        this.tasks = tasks;
        this.files = files;
        this.session = session;
        this.afterImport = afterImport;
    }

    void attach(Window window, java.util.function.Supplier<List<Long>> selectedInCorpus) {
        this.owner = window;
        this.corpusSelection = selectedInCorpus;
    }

    List<MenuItem> menuItems() {
        MenuItem export = new MenuItem("Export annotations…");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        export.setOnAction(e -> chooseExport());
        MenuItem importItem = new MenuItem("Import annotations…");
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        importItem.setOnAction(e -> chooseImport());
        return List.of(export, importItem);
    }

    /** What the export dialog asked for. */
    record ExportChoice(ExportRequest request, ExportFormat format) {
    }

    private void chooseExport() {
        List<Long> open = new ArrayList<>();
        for (Side side : List.of(session.active(), session.active().other())) {
            session.pane(side).map(p -> p.article().id()).filter(id -> !open.contains(id)).ifPresent(open::add);
        }
        askExport(open, corpusSelection.get()).ifPresent(choice -> {
            boolean csv = choice.format() == ExportFormat.CSV;
            files.chooseFileToSave(owner, "Export annotations", csv ? "annotations.csv" : "annotations.jsonld",
                    List.of(csv ? new FileChoosers.Filter("CSV", "*.csv")
                            : new FileChoosers.Filter("W3C Web Annotation JSON-LD", "*.jsonld", "*.json")))
                    .ifPresent(file -> export(file, choice));
        });
    }

    private void export(Path file, ExportChoice choice) {
        tasks.runLong("Exporting annotations", p -> service.export(file, choice.format(), choice.request(), p),
                summary -> Dialogs.summary(owner, "Export finished", "Wrote " + file + "\n" + summary));
    }

    private Optional<ExportChoice> askExport(List<Long> openArticles, List<Long> selectedInCorpus) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export annotations");
        dialog.setHeaderText("Which annotations, and in which format?");
        ToggleGroup scope = new ToggleGroup();
        RadioButton active = new RadioButton("The article in the active pane");
        RadioButton both = new RadioButton("Both open articles");
        RadioButton selected = new RadioButton("The articles selected in the corpus list ("
                + selectedInCorpus.size() + ")");
        selected.setId("export-selected");
        RadioButton all = new RadioButton("The whole corpus");
        for (RadioButton b : List.of(active, both, selected, all)) {
            b.setToggleGroup(scope);
        }
        selected.setDisable(selectedInCorpus.isEmpty());
        active.setDisable(openArticles.isEmpty());
        both.setDisable(openArticles.size() < 2);
        (selectedInCorpus.size() > 1 ? selected : openArticles.isEmpty() ? all : active).setSelected(true);
        ComboBox<String> format = new ComboBox<>();
        format.getItems().addAll("W3C Web Annotation (JSON-LD)", "CSV (spreadsheets, R, pandas)");
        format.getSelectionModel().select(0);
        BooleanBinding csvChosen = format.getSelectionModel().selectedIndexProperty().isEqualTo(1);
        CheckBox embed = new CheckBox("Embed the articles themselves (so the file carries the corpus)");
        embed.setId("export-embed");
        appliesOnlyWhen(embed, csvChosen.not());
        CheckBox bom = new CheckBox("Start with a byte-order mark (Excel then reads “quotes” and accents right)");
        bom.setId("export-bom");
        bom.setSelected(true);
        appliesOnlyWhen(bom, csvChosen);
        dialog.getDialogPane().setContent(new VBox(8, active, both, selected, all, new Label("Format"), format, embed, bom));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> {
            ExportRequest request = all.isSelected() ? ExportRequest.all()
                    : selected.isSelected() ? ExportRequest.articles(selectedInCorpus)
                    : ExportRequest.articles(both.isSelected() ? openArticles : openArticles.subList(0, 1));
            boolean csv = format.getSelectionModel().getSelectedIndex() == 1;
            return new ExportChoice(request.withArticles(!csv && embed.isSelected()).withByteOrderMark(csv && bom.isSelected()),
                    csv ? ExportFormat.CSV : ExportFormat.W3C_JSON);
        });
    }

    /**
     * A box that applies to one format only is greyed out and unticked under the other (ticked
     * and greyed, it read as "this will happen"), and gets the user's choice back when its format
     * is chosen again.
     */
    private static void appliesOnlyWhen(CheckBox box, BooleanBinding applies) {
        boolean[] wanted = {box.isSelected()};
        box.disableProperty().bind(applies.not());
        if (!applies.get()) {
            box.setSelected(false);
        }
        applies.addListener((o, was, now) -> {
            if (now) {
                box.setSelected(wanted[0]);
            } else {
                wanted[0] = box.isSelected();
                box.setSelected(false);
            }
        });
    }

    private void chooseImport() {
        List<Path> chosen = files.chooseFilesToOpen(owner, "Import annotations", List.of(
                new FileChoosers.Filter("Annotation JSON (W3C, Hypothesis)", "*.json", "*.jsonld"),
                new FileChoosers.Filter("All files", "*.*")));
        if (!chosen.isEmpty()) {
            importFiles(chosen);
        }
    }

    private void importFiles(List<Path> files) {
        tasks.runLong("Importing annotations", p -> service.importFiles(files, null, p), results -> {
            afterImport.run();
            long refused = results.stream().filter(r -> r.refusal() != null).count();
            StringBuilder details = new StringBuilder();
            for (FileResult r : results) {
                details.append(r.describe()).append("\n\n");
            }
            Dialogs.summary(owner, refused == 0 ? "Import finished"
                    : "Import finished: " + refused + " of " + results.size() + " files refused",
                    details.toString().strip());
        });
    }
}
