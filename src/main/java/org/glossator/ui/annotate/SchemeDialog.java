package org.glossator.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.TypeKind;
import org.glossator.workspace.SchemeService;
import org.glossator.ui.common.Dialogs;
import org.glossator.ui.common.TaskRunner;

/**
 * Edits the annotation scheme: add, rename, recolour, reorder and delete types.
 * Each change is saved at once; the store refuses to delete a type in use and the
 * dialog says why.
 */
final class SchemeDialog {
    private final Window owner;
    private final SchemeService scheme;
    private final TaskRunner tasks;
    private final ListView<AnnotationType> list = new ListView<>();
    private final ColorPicker color = new ColorPicker();
    private final Label message = new Label();

    /** The Okabe–Ito palette (colour-blind safe), offered first in every colour picker. */
    static final List<String> OKABE_ITO = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2",
            "#D55E00", "#CC79A7", "#000000");

    SchemeDialog(Window owner, SchemeService scheme, TaskRunner tasks, List<AnnotationType> types) {
        this.owner = owner;
        this.scheme = scheme;
        offerPalette(color);
        this.tasks = tasks;
        list.getItems().setAll(types);
        list.setId("scheme-list");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(AnnotationType t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    Region swatch = new Region();
                    swatch.getStyleClass().add("swatch");
                    swatch.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                            Color.web(t.color()), new javafx.scene.layout.CornerRadii(3), null)));
                    setGraphic(swatch);
                    setText(t.label() + "   (" + t.kind().label() + (t.builtIn() ? ", built in" : "") + ")");
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, t) -> {
            if (t != null) {
                color.setValue(Color.web(t.color()));
            }
        });
        message.getStyleClass().add("error-text");
        message.setId("scheme-message");
        message.setWrapText(true);
    }

    void showAndApply(Consumer<List<AnnotationType>> onChange) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Annotation types");
        dialog.setHeaderText("Types are stored with the corpus. The first nine get the keys 1–9.");
        Button add = new Button("Add…");
        add.setId("scheme-add");
        add.setOnAction(e -> add(onChange));
        Button rename = new Button("Rename…");
        rename.setOnAction(e -> selected(t -> ask("Rename type", t.label())
                .ifPresent(label -> save(t.withLabel(label), onChange))));
        color.setOnAction(e -> selected(t -> save(t.withColor(hex(color.getValue())), onChange)));
        Button up = new Button("Move up");
        up.setId("scheme-up");
        up.setOnAction(e -> move(-1, onChange));
        Button down = new Button("Move down");
        down.setId("scheme-down");
        down.setOnAction(e -> move(+1, onChange));
        Button delete = new Button("Delete");
        delete.setId("scheme-delete");
        delete.setOnAction(e -> selected(t -> delete(t, onChange)));
        VBox buttons = new VBox(6, add, rename, color, up, down, delete);
        buttons.getChildren().forEach(n -> ((Region) n).setMaxWidth(Double.MAX_VALUE));
        VBox content = new VBox(8, new HBox(10, list, buttons), message);
        list.setPrefSize(340, 240);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    private void selected(Consumer<AnnotationType> action) {
        AnnotationType t = list.getSelectionModel().getSelectedItem();
        if (t == null) {
            message.setText("Select a type first.");
        } else {
            message.setText("");
            action.accept(t);
        }
    }

    private java.util.Optional<String> ask(String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setHeaderText(header);
        d.setContentText("Name:");
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void add(Consumer<List<AnnotationType>> onChange) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("New annotation type");
        javafx.scene.control.TextField name = new javafx.scene.control.TextField();
        name.setId("new-type-name");
        name.setPromptText("e.g. Loaded language");
        ComboBox<TypeKind> kind = new ComboBox<>();
        kind.setId("new-type-kind");
        kind.getItems().setAll(TypeKind.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TypeKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public TypeKind fromString(String s) {
                return null;
            }
        });
        kind.setValue(TypeKind.GENERIC);
        ColorPicker picker = new ColorPicker(Color.web("#CC79A7"));
        offerPalette(picker);
        d.getDialogPane().setContent(new VBox(6, new Label("Name"), name,
                new Label("Kind"), kind,
                new Label("Colour"), picker));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            String label = name.getText() == null ? "" : name.getText().strip();
            if (label.isEmpty()) {
                message.setText("A type needs a name.");
                return;
            }
            String key = uniqueKey(AnnotationType.keyFor(label));
            save(new AnnotationType(key, label, hex(picker.getValue()), list.getItems().size(), kind.getValue(),
                    false), onChange);
        });
    }

    private String uniqueKey(String base) {
        String key = base;
        for (int i = 2; keyTaken(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }

    private boolean keyTaken(String key) {
        return list.getItems().stream().anyMatch(t -> t.key().equals(key));
    }

    private void move(int delta, Consumer<List<AnnotationType>> onChange) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= list.getItems().size()) {
            return;
        }
        List<String> keys = new ArrayList<>(list.getItems().stream().map(AnnotationType::key).toList());
        java.util.Collections.swap(keys, i, j);
        run(() -> scheme.reorder(keys), onChange, keys.get(j));
    }

    private void save(AnnotationType type, Consumer<List<AnnotationType>> onChange) {
        run(() -> scheme.save(type), onChange, type.key());
    }

    private void delete(AnnotationType type, Consumer<List<AnnotationType>> onChange) {
        run(() -> scheme.delete(type.key()), onChange, null);
    }

    /** Applies a change on the worker, then shows the scheme and keeps the changed type selected. */
    private void run(Runnable change, Consumer<List<AnnotationType>> onChange, String selectKey) {
        tasks.run(() -> {
            try {
                change.run();
                return new Result(scheme.types(), null);
            } catch (RuntimeException e) {
                return new Result(scheme.types(), Dialogs.userMessage(e));
            }
        }, result -> {
            list.getItems().setAll(result.types());
            message.setText(result.error() == null ? "" : result.error());
            result.types().stream().filter(t -> t.key().equals(selectKey)).findFirst()
                    .ifPresent(t -> list.getSelectionModel().select(t));
            onChange.accept(result.types());
        });
    }

    private static void offerPalette(ColorPicker picker) {
        picker.getCustomColors().setAll(OKABE_ITO.stream().map(Color::web).toList());
    }

    private record Result(List<AnnotationType> types, String error) {
    }

    private static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
