package org.glossator.ui.article;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.glossator.domain.Article;
import org.glossator.ui.common.Dialogs;
import org.glossator.ui.common.TaskRunner;
import org.glossator.ui.model.PaneState;
import org.glossator.ui.model.ReadingSession;
import org.glossator.workspace.ArticleTextEditService;
import org.glossator.workspace.Workspace;

/**
 * Edit-menu actions on the article of the active pane: its details, restoring the text
 * the import repaired, and removing page clutter. Each is one undoable step; afterwards
 * the open panes and the corpus list are re-read ({@code changed}).
 */
public final class ArticleActions {
    private final Window owner;
    private final Workspace workspace;
    private final ReadingSession session;
    private final TaskRunner tasks;
    private final Runnable changed;

    public ArticleActions(Window owner, Workspace workspace, ReadingSession session, TaskRunner tasks,
                          Runnable changed) {
        this.owner = owner;
        this.workspace = workspace;
        this.session = session;
        this.tasks = tasks;
        this.changed = changed;
    }

    /** Article details…, Clean up page clutter…, Restore original text. */
    public List<MenuItem> editMenuItems() {
        MenuItem details = new MenuItem("Article details…");
        details.setId("article-details");
        details.setOnAction(e -> editDetails());
        MenuItem clutter = new MenuItem("Clean up page clutter…");
        clutter.setId("clean-clutter");
        clutter.setOnAction(e -> cleanUpClutter());
        MenuItem restore = new MenuItem("Restore original text");
        restore.setId("restore-original");
        restore.setOnAction(e -> restoreOriginal());
        if (workspace.readOnlyReason().isPresent()) {
            for (MenuItem item : List.of(details, clutter, restore)) {
                item.setDisable(true);
            }
        }
        return List.of(details, clutter, restore);
    }

    private Optional<Article> activeArticle() {
        Optional<Article> article = session.pane(session.active()).map(PaneState::article);
        if (article.isEmpty()) {
            Dialogs.summary(owner, "No article open", "Open an article in a pane first.");
        }
        return article;
    }

    public void editDetails() {
        activeArticle().ifPresent(article -> tasks.run(() -> new ArticleDetailsDialog.Loaded(
                workspace.details().details(article.id()), workspace.details().provenance(article.id()),
                workspace.clutter().proposeDetails(article.id())), loaded ->
                ArticleDetailsDialog.ask(owner, loaded).ifPresent(edited -> tasks.run(
                        () -> workspace.details().update(article.id(), edited), saved -> changed.run()))));
    }

    public void restoreOriginal() {
        activeArticle().ifPresent(article -> tasks.run(() -> workspace.repairs().canRestoreOriginal(article.id()),
                can -> {
                    if (!can) {
                        Dialogs.summary(owner, "Nothing to restore", "The text of “" + article.title()
                                + "” is as the file had it: the import repaired nothing in it, or the original"
                                + " text is already back.");
                        return;
                    }
                    tasks.run(() -> workspace.repairs().restoreOriginal(article.id()), outcome -> {
                        changed.run();
                        reportOrphans("Original text restored", outcome);
                    });
                }));
    }

    public void cleanUpClutter() {
        activeArticle().ifPresent(article -> tasks.run(() -> workspace.clutter().proposeLines(article.id()),
                proposals -> {
                    if (proposals.isEmpty()) {
                        Dialogs.summary(owner, "No page clutter found", "No line of “" + article.title()
                                + "” looks like a menu, share prompt, credit or newsletter box. Edit › Edit article"
                                + " text… lets you cut anything by hand.");
                        return;
                    }
                    ClutterDialog.ask(owner, article.title(), proposals).ifPresent(accepted -> tasks.run(
                            () -> workspace.clutter().removeLines(article.id(), accepted), outcome -> {
                                changed.run();
                                reportOrphans("Page clutter removed", outcome);
                            }));
                }));
    }

    private void reportOrphans(String what, ArticleTextEditService.Outcome outcome) {
        if (outcome.orphaned() > 0) {
            Dialogs.summary(owner, what + "; " + outcome.orphaned() + (outcome.orphaned() == 1
                            ? " annotation is" : " annotations are") + " now orphaned",
                    "Annotations: " + outcome.summary() + ".\nCtrl+Z undoes the change. Orphans are marked ORPHAN in"
                            + " the list: select one, select the passage it belongs to, and press R to re-attach it.");
        }
    }
}
