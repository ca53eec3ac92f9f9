package org.glossator.ui.annotate;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.TypeKind;
import org.glossator.domain.Verdict;

/**
 * Inline editor for the selected annotation. A change is committed when a field
 * loses focus, on Enter (Ctrl+Enter in the note) or when a choice changes; each
 * commit is one undoable edit.
 */
final class AnnotationEditor extends GridPane {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final ComboBox<AnnotationType> type = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final TextField tags = new TextField();
    private final ComboBox<Verdict> verdict = new ComboBox<>(FXCollections.observableArrayList(Verdict.values()));
    private final TextField evidence = new TextField();
    private final TextField speaker = new TextField();
    private final CheckBox attributionGiven = new CheckBox("Attribution given in the text");
    private final TextField citation = new TextField();
    private final TextField url = new TextField();
    private final Label info = new Label();
    private final Consumer<Annotation> commit;
    /** The change last handed to {@link #commit} for the annotation shown, until another is shown. */
    private Annotation lastCommitted;
    private final org.glossator.ui.model.ReadingSession session;

    private Annotation current;
    /** Whether the fields were last shown editable (another annotator's are read-only). */
    private boolean shownEditable = true;
    private boolean loading;

    AnnotationEditor(org.glossator.ui.model.ReadingSession session, Consumer<Annotation> commit) {
        this.session = session;
        this.commit = commit;
        getStyleClass().add("editor");
        setId("annotation-editor");
        type.setId("editor-type");
        note.setId("editor-note");
        tags.setId("editor-tags");
        verdict.setId("editor-verdict");
        evidence.setId("editor-evidence");
        speaker.setId("editor-speaker");
        attributionGiven.setId("editor-attribution");
        citation.setId("editor-citation");
        url.setId("editor-url");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText("Note (Ctrl+Enter saves)");
        tags.setPromptText("comma, separated, tags");
        evidence.setPromptText("What evidence would settle it?");
        speaker.setPromptText("Who is quoted?");
        citation.setPromptText("Citation");
        url.setPromptText("https://…");
        verdict.setConverter(new StringConverter<>() {
            @Override
            public String toString(Verdict v) {
                return v == null ? "" : v.label();
            }

            @Override
            public Verdict fromString(String s) {
                return Verdict.fromKey(s);
            }
        });
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnnotationType t) {
                return t == null ? "" : t.label();
            }

            @Override
            public AnnotationType fromString(String s) {
                return null;
            }
        });
        info.getStyleClass().add("meta");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(64);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
        installCommitTriggers();
        show(null, List.of());
    }

    private void installCommitTriggers() {
        type.valueProperty().addListener((obs, o, n) -> commitIfChanged());
        verdict.valueProperty().addListener((obs, o, n) -> commitIfChanged());
        attributionGiven.selectedProperty().addListener((obs, o, n) -> commitIfChanged());
        for (Node field : List.of(note, tags, evidence, speaker, citation, url)) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    commitIfChanged();
                }
            });
        }
        for (TextField field : List.of(tags, evidence, speaker, citation, url)) {
            field.setOnAction(e -> commitIfChanged());
        }
        note.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                commitIfChanged();
                e.consume();
            }
        });
    }

    /** Shows an annotation (or nothing) with the fields its type's kind carries. */
    void show(Annotation annotation, List<AnnotationType> types) {
        loading = true;
        try {
            current = annotation;
            lastCommitted = null;
            type.getItems().setAll(types);
            getChildren().clear();
            if (annotation == null) {
                Label empty = new Label("Select an annotation to edit it, or select text and press 1, 2 or 3.");
                empty.setWrapText(true);
                empty.getStyleClass().add("meta");
                add(empty, 0, 0, 2, 1);
                return;
            }
            AnnotationType t = types.stream().filter(x -> x.key().equals(annotation.typeKey())).findFirst()
                    .orElse(null);
            type.setValue(t);
            note.setText(annotation.note());
            tags.setText(String.join(", ", annotation.tags()));
            verdict.setValue(annotation.verdict());
            evidence.setText(nullToEmpty(annotation.evidence()));
            speaker.setText(nullToEmpty(annotation.speaker()));
            attributionGiven.setSelected(Boolean.TRUE.equals(annotation.attributionGiven()));
            citation.setText(nullToEmpty(annotation.citation()));
            url.setText(nullToEmpty(annotation.url()));
            int row = 0;
            boolean editable = session.canEdit(annotation);
            if (!editable) {
                add(readOnlyNotice(annotation), 0, row++, 2, 1); // first, where the eye lands
            }
            addRow(row++, "Type", type);
            addRow(row++, "Note", note);
            addRow(row++, "Tags", tags);
            TypeKind kind = t == null ? TypeKind.GENERIC : t.kind();
            if (kind == TypeKind.CLAIM) {
                addRow(row++, "Verdict", verdict);
                addRow(row++, "Evidence", evidence);
            } else if (kind == TypeKind.QUOTE) {
                addRow(row++, "Speaker", speaker);
                add(attributionGiven, 1, row++);
            } else if (kind == TypeKind.SOURCE) {
                addRow(row++, "Citation", citation);
                addRow(row++, "URL", url);
            }
            info.setText((annotation.creator().isBlank() ? "" : annotation.creator() + "  ·  ")
                    + "created " + TIME.format(annotation.created()) + "  ·  modified "
                    + TIME.format(annotation.modified()));
            add(info, 0, row++, 2, 1);
            shownEditable = editable;
            setFieldsEditable(editable);
        } finally {
            loading = false;
        }
    }

    /** Another annotator's annotation is shown read-only, with a way to take responsibility. */
    private Node readOnlyNotice(Annotation annotation) {
        Label notice = new Label("Made by " + annotation.creator() + ": read only, so their layer stays theirs.");
        notice.setWrapText(true);
        notice.getStyleClass().add("meta");
        javafx.scene.control.Button anyway = new javafx.scene.control.Button("Edit anyway");
        anyway.setId("edit-anyway");
        anyway.setOnAction(e -> session.allowEditing(annotation.id()));
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, notice, anyway);
        box.setId("read-only-notice");
        return box;
    }

    private void setFieldsEditable(boolean editable) {
        for (javafx.scene.control.TextInputControl field : List.of(note, tags, evidence, speaker, citation, url)) {
            field.setEditable(editable);
        }
        type.setDisable(!editable);
        verdict.setDisable(!editable);
        attributionGiven.setDisable(!editable);
    }

    /** Whether showing this annotation would change what the editor shows now. */
    boolean needsToShow(Annotation annotation) {
        if (annotation != null && current != null && annotation.id().equals(current.id()) && !loading
                && !sameFields(edited(), current) && !sameFields(edited(), annotation)) {
            // Someone else's newer version arrived while the user has unsaved changes here: keep
            // them on screen; saving them meets that version as a conflict, where the user chooses.
            return false;
        }
        return annotation == null || current == null || !current.equals(annotation)
                || shownEditable != session.canEdit(annotation);
    }

    private void addRow(int row, String label, Node field) {
        add(new Label(label), 0, row);
        add(field, 1, row);
    }

    Annotation current() {
        return current;
    }

    /**
     * Drops what the user typed and shows the annotation as it was loaded, so that the next
     * version to arrive (the one a resolved conflict stored) is shown rather than kept off.
     */
    void discardUnsavedChanges() {
        if (current != null) {
            show(current, session.types());
        }
    }

    void focusNote() {
        if (current != null) {
            note.requestFocus();
        }
    }

    /** The annotation as the fields describe it now. */
    Annotation edited() {
        AnnotationType t = type.getValue();
        TypeKind kind = t == null ? TypeKind.GENERIC : t.kind();
        Annotation.Builder b = current.toBuilder()
                .typeKey(t == null ? current.typeKey() : t.key())
                .note(wellFormed(note.getText()))
                .tags(parseTags(wellFormed(tags.getText())));
        // Fields that do not belong to the kind are cleared, so a type change leaves no stale data.
        b.verdict(kind == TypeKind.CLAIM ? verdict.getValue() : null)
                .evidence(kind == TypeKind.CLAIM ? blankToNull(evidence.getText()) : null)
                .speaker(kind == TypeKind.QUOTE ? blankToNull(speaker.getText()) : null)
                .attributionGiven(kind == TypeKind.QUOTE ? attributionGiven.isSelected() : null)
                .citation(kind == TypeKind.SOURCE ? blankToNull(citation.getText()) : null)
                .url(kind == TypeKind.SOURCE ? blankToNull(url.getText()) : null);
        return b.build();
    }

    private void commitIfChanged() {
        if (loading || current == null) {
            return;
        }
        Annotation edited = edited();
        // Ctrl+Enter and then leaving the field (or a dialog taking the focus) ask twice for the
        // same change; the second would be an edit on a version that is no longer stored.
        if (!sameFields(edited, current) && (lastCommitted == null || !sameFields(edited, lastCommitted))) {
            lastCommitted = edited;
            commit.accept(edited);
        }
    }

    /** Whether the fields a user edits are the same (who saved it when, and the version, aside). */
    private static boolean sameFields(Annotation a, Annotation b) {
        return a.toBuilder().modified(b.modified()).modifiedBy(b.modifiedBy()).version(b.version()).build().equals(b);
    }

    static List<String> parseTags(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : wellFormed(s.strip());
    }

    /**
     * Replaces unpaired surrogates (possible from a damaged paste) with U+FFFD: the SQLite
     * driver would otherwise store them as '?' without a word, and exports must be valid UTF-8.
     */
    static String wellFormed(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
