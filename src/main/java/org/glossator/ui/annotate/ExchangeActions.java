package org.glossator.ui.annotate;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import javafx.stage.FileChooser;
import org.glossator.domain.Article;
import org.glossator.exchange.ExportFormat;
import org.glossator.exchange.ExportRequest;
import org.glossator.store.Store;
import org.glossator.ui.Dialogs;
import org.glossator.ui.MainWindow;
import org.glossator.ui.TaskRunner;
import org.glossator.workspace.AnnotationExchangeService;
import org.glossator.workspace.AnnotationExchangeService.FileResult;

/** File › Export annotations… and Import annotations…: dialogs, background tasks, summaries. */
final class ExchangeActions {
    private final AnnotationExchangeService service;
    private final TaskRunner tasks;
    private final Runnable afterImport;
    private MainWindow window;

    ExchangeActions(Store store, TaskRunner tasks, Runnable afterImport) {
        this.service = new AnnotationExchangeService(store);
        this.tasks = tasks;
        this.afterImport = afterImport;
    }

    void attach(MainWindow mainWindow) {
        this.window = mainWindow;
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
        window.activePane().article().map(Article::id).ifPresent(open::add);
        window.otherPane(window.activePane()).article().map(Article::id)
                .filter(id -> !open.contains(id)).ifPresent(open::add);
        askExport(open, window.corpus().selectedIds()).ifPresent(choice -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export annotations");
            boolean csv = choice.format() == ExportFormat.CSV;
            chooser.getExtensionFilters().add(csv ? new FileChooser.ExtensionFilter("CSV", "*.csv")
                    : new FileChooser.ExtensionFilter("W3C Web Annotation JSON-LD", "*.jsonld", "*.json"));
            chooser.setInitialFileName(csv ? "annotations.csv" : "annotations.jsonld");
            File file = chooser.showSaveDialog(window.stage());
            if (file != null) {
                export(file.toPath(), choice);
            }
        });
    }

    void export(Path file, ExportChoice choice) {
        tasks.runLong("Exporting annotations", p -> service.export(file, choice.format(), choice.request(), p),
                summary -> Dialogs.summary(window.stage(), "Export finished", "Wrote " + file + "\n" + summary));
    }

    private Optional<ExportChoice> askExport(List<Long> openArticles, List<Long> selectedInCorpus) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window.stage());
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
        CheckBox embed = new CheckBox("Embed the articles themselves (so the file carries the corpus)");
        embed.disableProperty().bind(format.getSelectionModel().selectedIndexProperty().isEqualTo(1));
        dialog.getDialogPane().setContent(new VBox(8, active, both, selected, all, new Label("Format"), format, embed));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> {
            ExportRequest request = all.isSelected() ? ExportRequest.all()
                    : selected.isSelected() ? ExportRequest.articles(selectedInCorpus)
                    : ExportRequest.articles(both.isSelected() ? openArticles : openArticles.subList(0, 1));
            boolean csv = format.getSelectionModel().getSelectedIndex() == 1;
            return new ExportChoice(request.withArticles(!csv && embed.isSelected()),
                    csv ? ExportFormat.CSV : ExportFormat.W3C_JSON);
        });
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import annotations");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Annotation JSON (W3C, Hypothesis)", "*.json", "*.jsonld"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window.stage());
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    void importFiles(List<Path> files) {
        tasks.runLong("Importing annotations", p -> service.importFiles(files, null, p), results -> {
            afterImport.run();
            long refused = results.stream().filter(r -> r.refusal() != null).count();
            StringBuilder details = new StringBuilder();
            for (FileResult r : results) {
                details.append(r.describe()).append("\n\n");
            }
            Dialogs.summary(window.stage(), refused == 0 ? "Import finished"
                    : "Import finished: " + refused + " of " + results.size() + " files refused",
                    details.toString().strip());
        });
    }
}
