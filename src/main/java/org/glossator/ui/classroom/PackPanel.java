package org.glossator.ui.classroom;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.glossator.classroom.PackProgress;
import org.glossator.workspace.PackInfo;
import org.glossator.domain.Counts;

/**
 * The pack beside the reader: its instructions and questions, due date, and its articles with
 * how many of them the student has annotated (double-click one to read it).
 */
final class PackPanel extends VBox {
    private final ClassroomHost host;
    private final Consumer<PackInfo> onPackChanged;
    private final ComboBox<ClassroomUi.PackTitle> packs = new ComboBox<>();
    private final Label due = new Label();
    private final Label progress = new Label();
    private final Label instructions = new Label();
    private final Label questions = new Label();
    private final ListView<PackProgress.ArticleProgress> articles = new ListView<>();
    private PackInfo current;
    private boolean shown;

    PackPanel(ClassroomHost host, Consumer<PackInfo> onPackChanged) {
        this.host = host;
        this.onPackChanged = onPackChanged;
        setId("pack-panel");
        getStyleClass().add("pack-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        setMinWidth(230);
        Label heading = new Label("READING PACK");
        heading.getStyleClass().add("section-title");
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> refresh());
        Button close = new Button("Close");
        close.setId("pack-panel-close");
        close.setOnAction(e -> hidePanel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, refresh, spacer, close);
        packs.setId("pack-choice");
        packs.setMaxWidth(Double.MAX_VALUE);
        packs.setOnAction(e -> {
            if (packs.getValue() != null && (current == null || !current.packId().equals(packs.getValue().pack()
                    .packId()))) {
                showPack(packs.getValue().pack().packId());
            }
        });
        due.setId("pack-due-date");
        progress.setId("pack-progress");
        progress.setWrapText(true);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        instructions.setId("pack-instructions-text");
        instructions.setWrapText(true);
        questions.setId("pack-questions-text");
        questions.setWrapText(true);
        VBox text = new VBox(8, instructions, questions);
        text.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(220);
        articles.setId("pack-articles");
        articles.setCellFactory(list -> new ArticleCell());
        articles.setPlaceholder(new Label("None of the pack's articles is in this corpus."));
        VBox.setVgrow(articles, Priority.ALWAYS);
        VBox.setVgrow(scroll, Priority.SOMETIMES);
        getChildren().addAll(heading, packs, due, scroll, new Label("Articles (double-click to read):"), articles,
                progress, buttons);
        // The counts follow the reader: annotating or deleting there updates them, without Refresh.
        host.session().addListener(new org.glossator.ui.model.ReadingSessionListener() {
            @Override
            public void paneRefreshed(org.glossator.ui.model.Side side, org.glossator.ui.model.PaneState fresh,
                                      java.util.List<int[]> changedRanges) {
                if (shown) {
                    refresh();
                }
            }
        });
    }

    Optional<PackInfo> current() {
        return Optional.ofNullable(current);
    }

    /** Shows the given pack (null: the current one, else the most recently opened). */
    void showChosen(String packId) {
        host.tasks().run(() -> host.workspace().classroom().openedPacks(), all -> {
            if (all.isEmpty()) {
                org.glossator.ui.common.Dialogs.summary(host.stage(), "No reading pack is open",
                        "Open a pack with Classroom › Open reading pack… (or drop a .glossa file on the window).");
                return;
            }
            String id = packId != null ? packId : current != null ? current.packId() : all.get(0).packId();
            showPack(id);
        });
    }

    void showPack(String packId) {
        String viewer = host.session().annotator().orElse(null);
        host.tasks().run(() -> new Loaded(host.workspace().classroom().openedPacks(),
                host.workspace().classroom().opened(packId).orElseThrow(),
                host.workspace().classroom().packs().progress(packId, viewer)), this::fill);
    }

    void refresh() {
        if (current != null) {
            showPack(current.packId());
        }
    }

    private record Loaded(java.util.List<PackInfo> all, PackInfo pack, PackProgress progress) {
    }

    private void fill(Loaded loaded) {
        current = loaded.pack();
        PackInfo p = current;
        packs.getItems().setAll(loaded.all().stream().map(ClassroomUi.PackTitle::new).toList());
        packs.getItems().stream().filter(t -> t.pack().packId().equals(p.packId())).findFirst()
                .ifPresent(packs::setValue);
        due.setText(p.due() == null ? "No due date" : "Due " + p.due());
        String md = ClassroomText.markdown(p.instructions());
        instructions.setText(md.isEmpty() ? "No instructions." : md);
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < p.questions().size(); i++) {
            q.append(q.isEmpty() ? "Questions\n" : "\n").append(i + 1).append(". ").append(p.questions().get(i));
        }
        questions.setText(q.toString());
        questions.setManaged(!q.isEmpty());
        articles.getItems().setAll(loaded.progress().articles());
        long done = loaded.progress().annotatedArticles();
        progress.setText("You have annotated " + done + " of "
                + Counts.of(loaded.progress().articles().size(), "article", "articles")
                + (host.session().annotator().isPresent() ? "" : " (set your name to count yours)") + ".");
        if (!shown) {
            shown = true;
            host.showPanel().accept(this, true);
        }
        onPackChanged.accept(p);
    }

    private void hidePanel() {
        shown = false;
        host.showPanel().accept(this, false);
    }

    private final class ArticleCell extends ListCell<PackProgress.ArticleProgress> {
        ArticleCell() {
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    host.openArticle().accept(getItem().articleId());
                }
            });
        }

        @Override
        protected void updateItem(PackProgress.ArticleProgress item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.title() + "\n" + (item.annotations() == 0 ? "not annotated yet"
                    : Counts.of(item.annotations(), "annotation", "annotations") + " by you"));
            setWrapText(true);
            setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
        }
    }
}
