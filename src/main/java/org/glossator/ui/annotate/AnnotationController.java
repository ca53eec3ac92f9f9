package org.glossator.ui.annotate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.LinkRelation;
import org.glossator.ui.common.Dialogs;
import org.glossator.ui.common.FileChoosers;
import org.glossator.ui.common.Settings;
import org.glossator.ui.common.TaskRunner;
import org.glossator.store.EditConflictException;
import org.glossator.ui.model.EditConflict;
import org.glossator.ui.model.LinkProposal;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.model.ReadingSession;
import org.glossator.ui.model.Side;
import org.glossator.ui.reader.ReaderPane;
import org.glossator.workspace.Edit;
import org.glossator.workspace.ReadingService.ArticleReading;
import org.glossator.workspace.Workspace;

/**
 * The annotating actions over both reader panes: marking, editing, deleting, linking,
 * re-attaching, text edits, undo and redo. Each action runs its store work on the task
 * runner through the workspace services and then hands what the store returned to the
 * {@link ReadingSession}, which the views follow; the screen shows what was committed.
 */
public final class AnnotationController {
    static final String ANNOTATOR_KEY = "annotator";

    private final Workspace workspace;
    private final ReadingSession session;
    private final TaskRunner tasks;
    /** The user's own preferences (the annotator's name), shared by every database they open. */
    private final Settings preferences;
    private final Map<Side, ReaderPane> readers = new EnumMap<>(Side.class);
    private final AnnotationPanel panel;
    private final AnnotationMenus menus;
    private final ExchangeActions exchange;
    private final AnnotationKeys keys;
    private Window owner;
    private Runnable corpusChanged = () -> { };
    private Scene scene;
    private String schemeStylesheet;

    public AnnotationController(Workspace workspace, ReadingSession session, TaskRunner tasks, Settings preferences,
                                FileChoosers files) {
        this.workspace = workspace;
        this.session = session;
        session.setReadOnly(workspace.readOnlyReason().isPresent());
        this.tasks = tasks;
        this.preferences = preferences;
        preferences.get(ANNOTATOR_KEY).ifPresent(session::setAnnotator);
        this.menus = new AnnotationMenus(this, session);
        this.exchange = new ExchangeActions(workspace.exchange(), tasks, files, session, this::reloadAll);
        this.panel = new AnnotationPanel(session, new AnnotationEditor(session, this::commitEdit),
                new LinksView(workspace.reading(), tasks, this::goTo));
        this.keys = new AnnotationKeys(this, session, panel);
        // Listens to the session for as long as the window lives; the store's closing ends the feed.
        new LiveRefresh(session, workspace.live(), stale -> reload(stale, null));
        session.addListener(new org.glossator.ui.model.ReadingSessionListener() {
            @Override
            public void schemeChanged(List<AnnotationType> types) {
                applySchemeStylesheet();
            }
        });
    }

    /** Connects the two readers, the window that owns dialogs, and who to tell when corpus counts change. */
    public void attach(Window window, ReaderPane left, ReaderPane right, Runnable onCorpusChanged,
                       Supplier<List<Long>> corpusSelection) {
        this.owner = window;
        this.corpusChanged = onCorpusChanged;
        readers.put(Side.LEFT, left);
        readers.put(Side.RIGHT, right);
        exchange.attach(window, corpusSelection);
        for (Side side : Side.values()) {
            ReaderPane pane = readers.get(side);
            new ReaderBinding(session, side, pane);
            menus.installContextMenu(side, pane);
            pane.setOnMarkClicked(mark -> {
                session.select(side, mark.id(), false);
                pane.textArea().requestFocus();
            });
            pane.setMarkDescriber(id -> session.pane(side).flatMap(s -> s.find(id))
                    .map(a -> AnnotationText.tooltip(a, session.typeOf(a.typeKey()))).orElse(""));
        }
        menus.updateUndoLabels(workspace.history());
    }

    // ---- views and menus --------------------------------------------------------------

    public Region panel() {
        return panel;
    }

    public ToolBar toolBar() {
        return menus.toolBar();
    }

    public javafx.scene.Node linkBanner() {
        return menus.linkBanner();
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
        schemeStylesheet = SchemeStylesheet.dataUri(session.types());
        scene.getStylesheets().add(schemeStylesheet);
    }

    /** Single keys act when a reader or the annotation list has focus (not while typing in a field). */
    public void installKeys(Scene target) {
        keys.install(target);
    }

    ReaderPane reader(Side side) {
        return readers.get(side);
    }

    ReaderPane activeReader() {
        return readers.get(session.active());
    }

    Window owner() {
        return owner;
    }

    // ---- opening and closing articles ---------------------------------------------------

    public void open(Side side, long articleId) {
        tasks.run(() -> workspace.reading().read(articleId), reading -> {
            session.setAnnotators(reading.annotators());
            session.show(side, state(reading));
        });
    }

    public void close(Side side) {
        session.close(side);
    }

    private static PaneState state(ArticleReading reading) {
        return new PaneState(reading.article(), reading.annotations(), reading.links());
    }

    /**
     * Re-reads the panes showing any of the articles; the session restyles only the
     * passages whose annotations changed, and selects {@code selectId} if given.
     */
    private void reload(Set<Long> articleIds, String selectId) {
        Set<Long> shown = new java.util.HashSet<>(articleIds);
        shown.retainAll(session.openArticleIds());
        if (shown.isEmpty()) {
            corpusChanged.run();
            return;
        }
        tasks.run(() -> {
            Map<Long, ArticleReading> read = new HashMap<>();
            for (long id : shown) {
                read.put(id, workspace.reading().read(id));
            }
            return read;
        }, read -> {
            for (Side side : Side.values()) {
                session.pane(side).map(p -> read.get(p.article().id())).ifPresent(r -> {
                    session.setAnnotators(r.annotators());
                    session.refresh(side, state(r));
                });
            }
            if (selectId != null) {
                for (Side side : List.of(session.active(), session.active().other())) {
                    if (session.select(side, selectId, false)) {
                        break;
                    }
                }
            }
            corpusChanged.run();
        });
    }

    /** Reloads every open pane and the corpus list, e.g. after annotations were imported. */
    void reloadAll() {
        reload(session.openArticleIds(), null);
    }

    // ---- marking ----------------------------------------------------------------------

    /** With text selected: mark it as the type. Without: change the selected annotation's type. */
    public void markOrRetype(int typeIndex) {
        if (!writable()) {
            return;
        }
        List<AnnotationType> types = session.types();
        Side side = session.active();
        Optional<PaneState> state = session.pane(side);
        if (typeIndex >= types.size() || state.isEmpty()) {
            return;
        }
        AnnotationType type = types.get(typeIndex);
        var selection = readers.get(side).textArea().getSelection();
        if (selection.getLength() > 0) {
            mark(side, state.get().article(), selection.getStart(), selection.getEnd(), type);
        } else {
            session.selectedInActive().filter(a -> !a.typeKey().equals(type.key()))
                    .ifPresent(a -> commitEdit(a.toBuilder().typeKey(type.key()).build()));
        }
    }

    private void mark(Side side, Article article, int start, int end, AnnotationType type) {
        Optional<String> annotator = ensureAnnotator();
        if (annotator.isEmpty()) {
            return;
        }
        tasks.run(() -> workspace.annotations().create(article, start, end, type, annotator.get()), created -> {
            readers.get(side).textArea().deselect();
            menus.updateUndoLabels(workspace.history());
            reload(Set.of(article.id()), created.id());
        });
    }

    Optional<String> ensureAnnotator() {
        Optional<String> name = session.annotator();
        return name.isPresent() ? name : askAnnotatorName("");
    }

    /** Edit › Annotator name…: asks again, starting from the current name. */
    void changeAnnotatorName() {
        askAnnotatorName(session.annotator().orElse(""));
    }

    private Optional<String> askAnnotatorName(String current) {
        Optional<String> answer = Dialogs.askText(owner, "Your name as annotator",
                "Every annotation you make carries this name, so that a class or a group can tell whose"
                        + " reading it is.", "Name:", current);
        answer.ifPresent(n -> {
            preferences.put(ANNOTATOR_KEY, n);
            session.setAnnotator(n);
            tasks.run(() -> {
                preferences.saveOrThrow();
                return null;
            }, done -> { });
        });
        return answer;
    }

    // ---- links between panes ----------------------------------------------------------

    /** Shows a linked annotation: in whichever pane holds its article, else opens it in the other pane. */
    private void goTo(Annotation target) {
        Side from = session.active();
        Optional<Side> showing = session.sideShowing(target.articleId(), from.other());
        if (showing.isPresent()) {
            session.select(showing.get(), target.id(), true);
            readers.get(showing.get()).textArea().requestFocus();
            return;
        }
        Side other = from.other();
        tasks.run(() -> workspace.reading().read(target.articleId()), reading -> {
            session.show(other, state(reading));
            session.select(other, target.id(), true);
            readers.get(other).textArea().requestFocus();
        });
    }

    // ---- editing, deleting, linking, undo ------------------------------------------------

    void commitEdit(Annotation edited) {
        if (!writable()) {
            return;
        }
        Side side = session.active();
        Optional<Annotation> before = session.pane(side).flatMap(s -> s.find(edited.id()));
        if (before.isEmpty() || !mayChange(before.get())) {
            return;
        }
        String annotator = session.annotator().orElse(before.get().creator());
        tasks.run(() -> workspace.annotations().update(before.get(), edited, annotator), this::saved,
                failure -> conflictOr(failure, before.get(), annotator));
    }

    private void saved(Annotation saved) {
        menus.updateUndoLabels(workspace.history());
        reload(Set.of(saved.articleId()), saved.id());
    }

    /**
     * Someone else changed or deleted the annotation while it was being edited: show both
     * versions and store what the user chooses (nothing, when they keep the other version).
     */
    private void conflictOr(Throwable failure, Annotation before, String annotator) {
        if (!(failure instanceof EditConflictException conflict)) {
            tasks.reportFailure(failure);
            return;
        }
        EditConflict view = new EditConflict(conflict.attempted(), conflict.current(), this::typeLabel);
        Optional<Annotation> chosen = ConflictDialog.ask(owner, view, annotator);
        panel.editor.discardUnsavedChanges(); // what the user chose is what the store will show
        if (chosen.isPresent()) {
            tasks.run(() -> workspace.annotations().resolveConflict(chosen.get(), annotator), this::saved);
        } else {
            reload(Set.of(before.articleId()), before.id());
        }
    }

    private String typeLabel(String key) {
        return session.types().stream().filter(t -> t.key().equals(key)).map(AnnotationType::label).findFirst()
                .orElse(key);
    }

    /** False (and says why) when the database was written by a newer Glossator and opened read only. */
    private boolean writable() {
        Optional<String> reason = workspace.readOnlyReason();
        reason.ifPresent(r -> Dialogs.summary(owner, "This database is read only", r));
        return reason.isEmpty();
    }

    /** Someone else's annotation changes only after the user chose "edit anyway". */
    private boolean mayChange(Annotation annotation) {
        if (session.canEdit(annotation)) {
            return true;
        }
        if (Dialogs.confirm(owner, "This annotation is " + annotation.creator() + "’s",
                "Changing another annotator’s annotation changes their layer. Edit it anyway?", "Edit anyway")) {
            session.allowEditing(annotation.id());
            return true;
        }
        return false;
    }

    public void deleteSelected() {
        if (!writable()) {
            return;
        }
        session.selectedInActive().filter(this::mayChange).ifPresent(a -> tasks.run(() -> {
            Set<Long> touched = workspace.reading().articlesTouchedBy(a);
            workspace.annotations().delete(a);
            return touched;
        }, touched -> {
            menus.updateUndoLabels(workspace.history());
            reload(touched, null);
        }));
    }

    void editArticleText() {
        if (!writable()) {
            return;
        }
        Optional<PaneState> state = session.pane(session.active());
        if (state.isEmpty()) {
            Dialogs.summary(owner, "No article open", "Open an article in a pane first.");
            return;
        }
        Article article = state.get().article();
        ArticleTextDialog.ask(owner, article).ifPresent(text -> applyTextEdit(article, text));
    }

    /** Replaces the article's text in one transaction and re-anchors its annotations. */
    private void applyTextEdit(Article article, String newText) {
        tasks.run(() -> workspace.textEdits().edit(article.id(), newText), outcome -> {
            menus.updateUndoLabels(workspace.history());
            reload(Set.of(article.id()), null);
            if (outcome.orphaned() > 0) {
                Dialogs.summary(owner, "Text saved; " + AnnotationText.count(outcome.orphaned(), "annotation")
                                + (outcome.orphaned() == 1 ? " is" : " are") + " now orphaned",
                        "Annotations: " + outcome.summary() + ".\nOrphans are marked ORPHAN in the list: select"
                                + " one, select the passage it belongs to, and press R to re-attach it.");
            }
        });
    }

    /** Re-attaches the selected annotation (usually an orphan) to the text selected in the reader. */
    void reattachSelected() {
        if (!writable()) {
            return;
        }
        Side side = session.active();
        Optional<PaneState> state = session.pane(side);
        ReaderPane reader = readers.get(side);
        var selection = reader.textArea().getSelection();
        Optional<Annotation> selected = session.selectedInActive();
        if (state.isEmpty() || selected.isEmpty() || selection.getLength() == 0) {
            Dialogs.summary(owner, "Nothing to re-attach",
                    "Select the annotation in the list, then select the passage in the reader, and press R.");
            return;
        }
        Annotation annotation = selected.get();
        Optional<String> annotator = mayChange(annotation) ? ensureAnnotator() : Optional.empty();
        if (annotator.isEmpty()) {
            return;
        }
        Article article = state.get().article();
        int start = selection.getStart();
        int end = selection.getEnd();
        tasks.run(() -> workspace.annotations().reattach(annotation, article, start, end, annotator.get()), saved -> {
            reader.textArea().deselect();
            menus.updateUndoLabels(workspace.history());
            reload(Set.of(saved.articleId()), saved.id());
        });
    }

    void startLink() {
        if (session.startLink().isEmpty()) {
            Dialogs.summary(owner, "Nothing to link from", "Select an annotation first, then press Shift+L.");
        }
    }

    /** Links the link start (or the other pane's selected annotation) to the active pane's selection. */
    void linkSelected() {
        if (!writable()) {
            return;
        }
        Optional<LinkProposal> proposal = session.proposeLink();
        if (proposal.isEmpty()) {
            Dialogs.summary(owner, "Nothing to link",
                    "Select an annotation in each pane (or press Shift+L on one, then select another), then press L.");
            return;
        }
        LinkProposal p = proposal.get();
        Optional<LinkRelation> relation = RelationDialog.ask(owner, p.from(), p.fromType().kind(), p.to(),
                p.toType().kind());
        Optional<String> annotator = relation.isPresent() ? ensureAnnotator() : Optional.empty();
        if (relation.isEmpty() || annotator.isEmpty()) {
            return;
        }
        session.cancelLink();
        tasks.run(() -> workspace.annotations().link(p.from(), p.to(), relation.get(), annotator.get()), link -> {
            menus.updateUndoLabels(workspace.history());
            reload(Set.of(p.from().articleId(), p.to().articleId()), null);
        });
    }

    void undo() {
        if (!writable()) {
            return;
        }
        tasks.run(() -> workspace.history().undo(), this::afterHistory);
    }

    void redo() {
        if (!writable()) {
            return;
        }
        tasks.run(() -> workspace.history().redo(), this::afterHistory);
    }

    private void afterHistory(Optional<Edit> edit) {
        menus.updateUndoLabels(workspace.history());
        edit.ifPresent(e -> reload(e.articleIds(), null));
    }

    /** An article was deleted elsewhere (the corpus list): close it and forget its undo steps. */
    public void articleDeleted(long articleId) {
        for (Side side : Side.values()) {
            session.pane(side).filter(p -> p.article().id() == articleId).ifPresent(p -> session.close(side));
        }
        menus.updateUndoLabels(workspace.history());
    }

    /**
     * The whole database was replaced (a backup restored): close both panes, forget undo
     * steps that belong to the old content, and take the scheme as it now is.
     */
    public void storeReplaced() {
        for (Side side : Side.values()) {
            session.close(side);
        }
        workspace.history().clear();
        menus.updateUndoLabels(workspace.history());
        tasks.run(() -> workspace.scheme().types(), session::setTypes);
    }

    /** Annotations changed outside this controller (an import): re-read what is open. */
    public void annotationsChangedElsewhere() {
        menus.updateUndoLabels(workspace.history());
        reloadAll();
    }

    // ---- scheme -----------------------------------------------------------------------

    /** Opens Edit › Annotation types…. */
    void editScheme() {
        if (!writable()) {
            return;
        }
        new SchemeDialog(owner, workspace.scheme(), tasks, session.types()).showAndApply(session::setTypes);
    }

    void focusEditor() {
        panel.editor.focusNote();
    }
}
