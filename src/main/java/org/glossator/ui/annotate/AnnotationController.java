package org.glossator.ui.annotate;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.TypeKind;
import org.glossator.store.Store;
import org.glossator.ui.Dialogs;
import org.glossator.ui.MainWindow;
import org.glossator.ui.Settings;
import org.glossator.ui.TaskRunner;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.anchoring.Reanchorer;
import org.glossator.workspace.AnnotationService;
import org.glossator.workspace.ArticleTextEditService;
import org.glossator.workspace.Edit;
import org.glossator.workspace.UndoHistory;

/**
 * The annotating workflow over both reader panes: marking by key, toolbar or menu;
 * selecting, editing, deleting and linking; undo and redo. Store work runs on the
 * task runner; views are refreshed from what the store returns, so the screen always
 * shows what was committed.
 */
public final class AnnotationController {
    static final String ANNOTATOR_KEY = "annotator";

    private final Store store;
    private final TaskRunner tasks;
    /** The user's own preferences (the annotator's name), shared by every database they open. */
    private final Settings preferences;
    private final AnnotationService service;
    private final ArticleTextEditService textEdits;
    private final ExchangeActions exchange;
    private final Map<ReaderPane, PaneSession> sessions = new HashMap<>();
    private final AnnotationPanel panel;
    private final AnnotationMenus menus = new AnnotationMenus(this);
    private List<AnnotationType> types;
    private List<String> annotators = List.of();
    private MainWindow window;
    private ReaderPane activePane;
    private Annotation linkStart;
    private Scene scene;
    private String schemeStylesheet;
    private boolean syncingSelection;

    public AnnotationController(Store store, TaskRunner tasks, Settings preferences, List<AnnotationType> types,
                                Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.preferences = preferences;
        this.types = List.copyOf(types);
        this.service = new AnnotationService(store, new UndoHistory(), clock);
        this.textEdits = new ArticleTextEditService(store, service.history(), new Reanchorer(), clock);
        this.exchange = new ExchangeActions(store, tasks, this::reloadAll);
        this.panel = new AnnotationPanel(new AnnotationEditor(this::commitEdit),
                new LinksView(store, tasks, this::goTo), this::typeOf);
        panel.list().getSelectionModel().selectedItemProperty().addListener((obs, o, a) -> {
            if (!syncingSelection && a != null && activePane != null) {
                selectAnnotation(activePane, a.id(), true);
            }
        });
        menus.rebuildToolBar(this.types);
    }

    public void attach(MainWindow mainWindow, ReaderPane left, ReaderPane right) {
        this.window = mainWindow;
        this.activePane = left;
        exchange.attach(mainWindow);
        for (ReaderPane pane : List.of(left, right)) {
            menus.installContextMenu(pane);
            pane.setOnMarkClicked(mark -> selectAnnotation(pane, mark.id(), false));
            pane.setMarkDescriber(id -> Optional.ofNullable(sessions.get(pane)).flatMap(s -> s.find(id))
                    .map(a -> AnnotationText.tooltip(a, typeOf(a.typeKey()))).orElse(""));
        }
    }

    // ---- views and menus --------------------------------------------------------------

    public Region panel() {
        return panel;
    }

    public ToolBar toolBar() {
        return menus.toolBar();
    }

    public Menu editMenu() {
        return menus.editMenu();
    }

    public Menu annotateMenu() {
        return menus.annotateMenu();
    }

    public List<MenuItem> fileMenuItems() {
        return exchange.menuItems();
    }

    public void installSchemeStylesheet(Scene target) {
        this.scene = target;
        applySchemeStylesheet();
    }

    private void applySchemeStylesheet() {
        if (scene == null) {
            return;
        }
        if (schemeStylesheet != null) {
            scene.getStylesheets().remove(schemeStylesheet);
        }
        schemeStylesheet = SchemeStylesheet.dataUri(types);
        scene.getStylesheets().add(schemeStylesheet);
    }

    /** Single keys act when a reader or the annotation list has focus (not while typing in a field). */
    public void installKeys(Scene target) {
        target.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = target.getFocusOwner();
            boolean inReader = focus instanceof StyleClassedTextArea;
            boolean inList = focus == panel.list();
            if (!(inReader || inList) || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (handleKey(e.getCode(), e.isShiftDown(), inList)) {
                e.consume();
            }
        });
        target.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isInside(target.getFocusOwner(), panel.editor)) {
                Optional.ofNullable(activePane).ifPresent(p -> p.textArea().requestFocus());
                e.consume();
            }
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private boolean handleKey(KeyCode code, boolean shift, boolean inList) {
        int digit = digitOf(code);
        if (digit >= 1 && !shift) {
            markOrRetype(digit - 1);
            return true;
        }
        switch (code) {
            case N -> selectNext();
            case P -> selectPrevious();
            case DELETE, BACK_SPACE -> deleteSelected();
            case L -> {
                if (shift) {
                    startLink();
                } else {
                    linkSelected();
                }
            }
            case ENTER -> panel.editor.focusNote();
            case R -> reattachSelected();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int digitOf(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char c = name.charAt(name.length() - 1);
            return Character.isDigit(c) ? c - '0' : -1;
        }
        return -1;
    }

    // ---- opening and closing articles ---------------------------------------------------

    private record Loaded(Article article, List<Annotation> annotations, List<AnnotationLink> links,
                          List<String> annotators) {
    }

    private Loaded load(long articleId) {
        Article article = store.articles().find(articleId)
                .orElseThrow(() -> new IllegalStateException("Article #" + articleId + " is no longer in the corpus."));
        return new Loaded(article, store.annotations().forArticle(articleId),
                store.annotations().linksForArticle(articleId), store.annotations().creators());
    }

    public void open(ReaderPane pane, long articleId) {
        tasks.run(() -> load(articleId), loaded -> {
            PaneSession session = new PaneSession(loaded.article(), loaded.annotations(), loaded.links());
            sessions.put(pane, session);
            annotators = loaded.annotators();
            pane.show(session.article, session.marks());
            if (pane == activePane) {
                refreshPanel();
            }
        });
    }

    public void close(ReaderPane pane) {
        sessions.remove(pane);
        pane.clear();
        if (pane == activePane) {
            refreshPanel();
        }
    }

    public void articleDeleted(long articleId) {
        tasks.run(() -> {
            service.history().forgetArticle(articleId);
            return null;
        }, done -> menus.updateUndoLabels(service.history()));
    }

    public void activePaneChanged(ReaderPane pane) {
        if (pane != activePane) {
            activePane = pane;
            refreshPanel();
        }
    }

    private void refreshPanel() {
        PaneSession session = activePane == null ? null : sessions.get(activePane);
        syncingSelection = true;
        try {
            if (session == null) {
                panel.setTitle("ANNOTATIONS — " + (activePane == null ? "" : activePane.side().toLowerCase(
                        java.util.Locale.ROOT) + " pane is empty"));
                panel.setAnnotations(List.of(), types, annotators);
                showInEditor(null);
                return;
            }
            panel.setTitle("ANNOTATIONS — " + activePane.side().toUpperCase(java.util.Locale.ROOT) + ": "
                    + session.article.title());
            panel.setAnnotations(session.annotations, types, annotators);
            String selected = activePane.selectedId();
            Optional<Annotation> current = session.find(selected);
            current.ifPresentOrElse(a -> panel.list().getSelectionModel().select(a),
                    () -> panel.list().getSelectionModel().clearSelection());
            showInEditor(current.orElse(null));
        } finally {
            syncingSelection = false;
        }
    }

    /**
     * Reloads the sessions showing any of the articles from the store and restyles
     * only the passages whose annotations changed.
     */
    private void reload(Set<Long> articleIds, String selectId) {
        Map<ReaderPane, Long> affected = new LinkedHashMap<>();
        sessions.forEach((pane, s) -> {
            if (articleIds.contains(s.article.id())) {
                affected.put(pane, s.article.id());
            }
        });
        if (affected.isEmpty()) {
            window.refreshCorpus();
            return;
        }
        tasks.run(() -> {
            Map<Long, Loaded> loaded = new HashMap<>();
            for (long id : new HashSet<>(affected.values())) {
                loaded.put(id, load(id));
            }
            return loaded;
        }, loaded -> {
            affected.forEach((pane, id) -> {
                PaneSession old = sessions.get(pane);
                if (old == null || old.article.id() != id) {
                    return;
                }
                Loaded l = loaded.get(id);
                annotators = l.annotators();
                PaneSession fresh;
                if (l.article().sha256().equals(old.article.sha256())) {
                    fresh = old.with(l.annotations(), l.links());
                    pane.updateMarks(fresh.marks(), old.changedRanges(fresh));
                } else {
                    // The text itself changed (an edit or its undo): show the article anew.
                    fresh = new PaneSession(l.article(), l.annotations(), l.links());
                    pane.show(fresh.article, fresh.marks());
                }
                sessions.put(pane, fresh);
                if (selectId != null && fresh.find(selectId).isPresent()) {
                    pane.select(selectId);
                } else if (fresh.find(pane.selectedId()).isEmpty()) {
                    pane.select(null);
                }
            });
            refreshPanel();
            window.refreshCorpus();
        });
    }

    // ---- marking ----------------------------------------------------------------------

    /** With text selected: mark it as the type. Without: change the selected annotation's type. */
    public void markOrRetype(int typeIndex) {
        if (typeIndex >= types.size() || activePane == null) {
            return;
        }
        AnnotationType type = types.get(typeIndex);
        PaneSession session = sessions.get(activePane);
        if (session == null) {
            return;
        }
        var selection = activePane.textArea().getSelection();
        if (selection.getLength() > 0) {
            mark(activePane, session, selection.getStart(), selection.getEnd(), type);
        } else {
            session.find(activePane.selectedId()).filter(a -> !a.typeKey().equals(type.key()))
                    .ifPresent(a -> commitEdit(a.toBuilder().typeKey(type.key()).build()));
        }
    }

    private void mark(ReaderPane pane, PaneSession session, int start, int end, AnnotationType type) {
        Optional<String> annotator = ensureAnnotator();
        if (annotator.isEmpty()) {
            return;
        }
        Article article = session.article;
        tasks.run(() -> service.create(article, start, end, type, annotator.get()), created -> {
            pane.textArea().deselect();
            menus.updateUndoLabels(service.history());
            reload(Set.of(article.id()), created.id());
        });
    }

    private Optional<String> ensureAnnotator() {
        Optional<String> name = preferences.get(ANNOTATOR_KEY).filter(s -> !s.isBlank());
        return name.isPresent() ? name : askAnnotatorName("");
    }

    /** Edit › Annotator name…: asks again, starting from the current name. */
    void changeAnnotatorName() {
        askAnnotatorName(preferences.get(ANNOTATOR_KEY).orElse(""));
    }

    private Optional<String> askAnnotatorName(String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(window.stage());
        dialog.setTitle("Glossator");
        dialog.setHeaderText("Your name as annotator");
        dialog.setContentText("Every annotation you make carries this name, so that a class or a group can"
                + " tell whose reading it is.\nName:");
        Optional<String> answer = dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
        answer.ifPresent(n -> {
            preferences.put(ANNOTATOR_KEY, n);
            tasks.run(() -> {
                preferences.saveOrThrow();
                return null;
            }, done -> { });
        });
        return answer;
    }

    // ---- selecting --------------------------------------------------------------------

    /** Selects an annotation in a pane: frame, list row, editor, links; follows links to the other pane. */
    public void selectAnnotation(ReaderPane pane, String id, boolean reveal) {
        PaneSession session = sessions.get(pane);
        if (session == null) {
            return;
        }
        Optional<Annotation> annotation = session.find(id);
        if (annotation.isEmpty()) {
            return;
        }
        window.activate(pane);
        pane.select(id);
        if (reveal) {
            pane.reveal(id);
        }
        syncingSelection = true;
        try {
            panel.list().getSelectionModel().select(annotation.get());
            panel.list().scrollTo(annotation.get());
        } finally {
            syncingSelection = false;
        }
        showInEditor(annotation.get());
        followLinks(pane, session, annotation.get());
    }

    /** With both articles open, jump the other pane to the passage a link points to. */
    private void followLinks(ReaderPane pane, PaneSession session, Annotation a) {
        ReaderPane other = window.otherPane(pane);
        PaneSession otherSession = sessions.get(other);
        if (otherSession == null) {
            return;
        }
        for (AnnotationLink link : session.linksOf(a.id())) {
            String end = link.otherEnd(a.id());
            if (otherSession.find(end).isPresent()) {
                other.select(end);
                other.reveal(end);
                return;
            }
        }
    }

    private void showInEditor(Annotation annotation) {
        panel.editor.show(annotation, types);
        PaneSession session = sessions.get(activePane);
        if (annotation == null) {
            panel.links.clear();
        } else {
            panel.links.show(annotation, session == null ? List.of() : session.linksOf(annotation.id()));
        }
    }

    /** Shows a linked annotation: in whichever pane holds its article, else opens it in the other pane. */
    private void goTo(Annotation target) {
        for (Map.Entry<ReaderPane, PaneSession> e : sessions.entrySet()) {
            if (e.getValue().article.id() == target.articleId() && e.getKey() != activePane) {
                selectAnnotation(e.getKey(), target.id(), true);
                return;
            }
        }
        ReaderPane other = window.otherPane(activePane);
        tasks.run(() -> load(target.articleId()), loaded -> {
            PaneSession session = new PaneSession(loaded.article(), loaded.annotations(), loaded.links());
            sessions.put(other, session);
            other.show(session.article, session.marks());
            selectAnnotation(other, target.id(), true);
        });
    }

    void selectNext() {
        step(+1);
    }

    void selectPrevious() {
        step(-1);
    }

    private void step(int direction) {
        List<Annotation> visible = panel.visible();
        if (visible.isEmpty() || activePane == null) {
            return;
        }
        String current = activePane.selectedId();
        int index = -1;
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(current)) {
                index = i;
            }
        }
        int next = index < 0 ? (direction > 0 ? 0 : visible.size() - 1)
                : Math.floorMod(index + direction, visible.size());
        selectAnnotation(activePane, visible.get(next).id(), true);
    }

    // ---- editing, deleting, linking, undo ------------------------------------------------

    private void commitEdit(Annotation edited) {
        PaneSession session = sessions.get(activePane);
        Optional<Annotation> before = session == null ? Optional.empty() : session.find(edited.id());
        if (before.isEmpty()) {
            return;
        }
        tasks.run(() -> service.update(before.get(), edited), saved -> {
            menus.updateUndoLabels(service.history());
            reload(Set.of(saved.articleId()), saved.id());
        });
    }

    public void deleteSelected() {
        PaneSession session = activePane == null ? null : sessions.get(activePane);
        if (session == null) {
            return;
        }
        session.find(activePane.selectedId()).ifPresent(a -> {
            Set<Long> touched = new HashSet<>(Set.of(a.articleId()));
            tasks.run(() -> {
                for (AnnotationLink l : store.annotations().linksOf(a.id())) {
                    store.annotations().find(l.otherEnd(a.id())).ifPresent(o -> touched.add(o.articleId()));
                }
                service.delete(a);
                return touched;
            }, ids -> {
                menus.updateUndoLabels(service.history());
                reload(ids, null);
            });
        });
    }

    /** Reloads every open pane and the corpus list, e.g. after annotations were imported. */
    private void reloadAll() {
        Set<Long> open = new HashSet<>();
        sessions.values().forEach(s -> open.add(s.article.id()));
        reload(open, null);
    }

    void editArticleText() {
        PaneSession session = activePane == null ? null : sessions.get(activePane);
        if (session == null) {
            Dialogs.summary(window.stage(), "No article open", "Open an article in a pane first.");
            return;
        }
        ArticleTextDialog.ask(window.stage(), session.article).ifPresent(text -> applyTextEdit(session.article, text));
    }

    /** Replaces the article's text in one transaction and re-anchors its annotations. */
    public void applyTextEdit(Article article, String newText) {
        tasks.run(() -> textEdits.edit(article.id(), newText), outcome -> {
            menus.updateUndoLabels(service.history());
            reload(Set.of(article.id()), null);
            if (outcome.orphaned() > 0) {
                Dialogs.summary(window.stage(), "Text saved; " + outcome.orphaned() + " annotations are now orphans",
                        "Annotations: " + outcome.summary() + ".\nOrphans are marked ORPHAN in the list: select"
                                + " one, select the passage it belongs to, and press R to re-attach it.");
            }
        });
    }

    /** Re-attaches the selected annotation (usually an orphan) to the text selected in the reader. */
    public void reattachSelected() {
        PaneSession session = activePane == null ? null : sessions.get(activePane);
        if (session == null) {
            return;
        }
        var selection = activePane.textArea().getSelection();
        Optional<Annotation> selected = session.find(activePane.selectedId());
        if (selected.isEmpty() || selection.getLength() == 0) {
            Dialogs.summary(window.stage(), "Nothing to re-attach",
                    "Select the annotation in the list, then select the passage in the reader, and press R.");
            return;
        }
        Annotation a = selected.get();
        commitEdit(a.toBuilder().anchorState(org.glossator.domain.AnchorState.ANCHORED)
                .target(org.glossator.anchoring.Targets.fromCharRange(session.article.text(), session.index,
                        selection.getStart(), selection.getEnd())).build());
        activePane.textArea().deselect();
    }

    void startLink() {
        PaneSession session = activePane == null ? null : sessions.get(activePane);
        if (session != null) {
            session.find(activePane.selectedId()).ifPresent(a -> linkStart = a);
        }
    }

    /** Links the link start (or the other pane's selected annotation) to the active pane's selection. */
    public void linkSelected() {
        PaneSession session = activePane == null ? null : sessions.get(activePane);
        if (session == null) {
            return;
        }
        Optional<Annotation> to = session.find(activePane.selectedId());
        Optional<Annotation> from = Optional.ofNullable(linkStart).filter(s -> to.isPresent() && !s.id().equals(to.get().id()));
        if (from.isEmpty()) {
            ReaderPane other = window.otherPane(activePane);
            from = Optional.ofNullable(sessions.get(other)).flatMap(s -> s.find(other.selectedId()));
        }
        if (to.isEmpty() || from.isEmpty()) {
            Dialogs.summary(window.stage(), "Nothing to link",
                    "Select an annotation in each pane (or press Shift+L on one, then select another), then press L.");
            return;
        }
        // A source is always the target of a link: "claim supported by source", "quote quoted from source".
        boolean swap = typeOf(from.get().typeKey()).kind() == TypeKind.SOURCE
                && typeOf(to.get().typeKey()).kind() != TypeKind.SOURCE;
        Annotation a = swap ? to.get() : from.get();
        Annotation b = swap ? from.get() : to.get();
        Optional<LinkRelation> relation = RelationDialog.ask(window.stage(), a, typeOf(a.typeKey()).kind(), b,
                typeOf(b.typeKey()).kind());
        Optional<String> annotator = relation.isPresent() ? ensureAnnotator() : Optional.empty();
        if (relation.isEmpty() || annotator.isEmpty()) {
            return;
        }
        linkStart = null;
        tasks.run(() -> service.link(a, b, relation.get(), annotator.get()), link -> {
            menus.updateUndoLabels(service.history());
            reload(Set.of(a.articleId(), b.articleId()), null);
        });
    }

    public void undo() {
        tasks.run(() -> service.history().undo(), edit -> afterHistory(edit));
    }

    public void redo() {
        tasks.run(() -> service.history().redo(), edit -> afterHistory(edit));
    }

    private void afterHistory(Optional<Edit> edit) {
        menus.updateUndoLabels(service.history());
        edit.ifPresent(e -> reload(e.articleIds(), null));
    }

    // ---- scheme -----------------------------------------------------------------------

    AnnotationType typeOf(String key) {
        return types.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseGet(() -> new AnnotationType(key, key, "#999999", 99, TypeKind.GENERIC, false));
    }

    /** Opens Edit › Annotation types…. */
    public void editScheme() {
        new SchemeDialog(window.stage(), store, tasks, types).showAndApply(updated -> {
            types = List.copyOf(updated);
            applySchemeStylesheet();
            menus.rebuildToolBar(types);
            refreshPanel();
        });
    }

    /** Exports as the File menu does, after its dialogs (used by tests, which cannot drive native choosers). */
    public void exportTo(java.nio.file.Path file, org.glossator.exchange.ExportFormat format,
                         org.glossator.exchange.ExportRequest request) {
        exchange.export(file, new ExchangeActions.ExportChoice(request, format));
    }

    /** Imports annotation files as the File menu does, after its file chooser. */
    public void importAnnotationFiles(List<java.nio.file.Path> files) {
        exchange.importFiles(files);
    }

    void focusEditor() {
        panel.editor.focusNote();
    }

    List<AnnotationType> types() {
        return types;
    }

    MainWindow window() {
        return window;
    }

    boolean hasSelectedAnnotation(ReaderPane pane) {
        PaneSession session = sessions.get(pane);
        return session != null && session.find(pane.selectedId()).isPresent();
    }

    /** For tests: the session shown in a pane. */
    public Optional<Article> articleIn(ReaderPane pane) {
        return Optional.ofNullable(sessions.get(pane)).map(s -> s.article);
    }

    public List<Annotation> annotationsIn(ReaderPane pane) {
        return Optional.ofNullable(sessions.get(pane)).map(s -> s.annotations).orElse(List.of());
    }

    public List<AnnotationLink> linksIn(ReaderPane pane) {
        return Optional.ofNullable(sessions.get(pane)).map(s -> s.links).orElse(List.of());
    }
}
