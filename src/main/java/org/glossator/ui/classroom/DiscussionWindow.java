package org.glossator.ui.classroom;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.glossator.classroom.analysis.DiscussionPassage;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleSummary;
import org.glossator.workspace.PackInfo;

/**
 * Discussion mode: full screen, large type, the class's hottest passages one at a time
 * (← / →), with how many marked each and their notes. Names are hidden until the teacher
 * presses S; Esc leaves.
 */
final class DiscussionWindow {
    private static final int PASSAGES = 20;
    private final ClassroomHost host;
    /** Null without a pack: the passages everyone who annotated the article marked most. */
    private final PackInfo pack;
    private final Long initialArticle;
    private final Label rank = new Label();
    private final Label excerpt = new Label();
    private final Label count = new Label();
    private final VBox notes = new VBox(10);
    private List<DiscussionPassage> passages = List.of();
    private int position;
    private boolean namesShown;

    DiscussionWindow(ClassroomHost host, PackInfo pack, Long initialArticle) {
        this.host = host;
        this.pack = pack;
        this.initialArticle = initialArticle;
    }

    void show() {
        ComboBox<ArticleSummary> article = Views.articlePicker(host, pack, initialArticle, this::load);
        article.setFocusTraversable(false);
        rank.setId("discussion-rank");
        rank.getStyleClass().add("discussion-rank");
        excerpt.setId("discussion-excerpt");
        excerpt.getStyleClass().add("discussion-excerpt");
        excerpt.setWrapText(true);
        count.setId("discussion-count");
        count.getStyleClass().add("discussion-count");
        count.setWrapText(true);
        notes.setId("discussion-notes");
        Label hint = new Label("← / →: previous / next passage   ·   S: show or hide names   ·   Esc: leave");
        hint.getStyleClass().add("discussion-hint");
        HBox top = new HBox(16, rank, new HBox(), article);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(28, top, excerpt, count, notes, hint);
        root.getStyleClass().add("discussion-root");
        root.setId("discussion-window");
        Stage stage = Views.window(host, "Discussion — " + (pack == null ? "everyone who annotated" : pack.title()),
                root, 1400, 900);
        stage.setFullScreenExitHint("");
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case RIGHT, DOWN, PAGE_DOWN, SPACE -> step(+1);
                case LEFT, UP, PAGE_UP -> step(-1);
                case S -> {
                    namesShown = !namesShown;
                    render();
                }
                case ESCAPE -> stage.close();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        stage.setFullScreen(true);
        stage.show();
        root.requestFocus();
    }

    private void load(ArticleSummary chosen) {
        String packId = pack == null ? null : pack.packId();
        host.tasks().run(() -> host.workspace().classroom().views().discussion(packId, chosen.id(), PASSAGES),
                list -> {
                    passages = list;
                    position = 0;
                    render();
                });
    }

    private void step(int direction) {
        if (!passages.isEmpty()) {
            position = Math.max(0, Math.min(passages.size() - 1, position + direction));
            render();
        }
    }

    private void render() {
        notes.getChildren().clear();
        if (passages.isEmpty()) {
            rank.setText("No passages yet");
            excerpt.setText("Nobody in the class has marked this article.");
            count.setText("");
            return;
        }
        DiscussionPassage p = passages.get(position);
        rank.setText("Passage " + p.rank() + " of " + passages.size());
        excerpt.setText("“" + HeatmapWindow.abbreviate(p.excerpt(), 600) + "”");
        count.setText("Marked by " + ClassroomText.people(pack, p.passage().peak()) + ": "
                + ClassroomText.countsByType(host.session(), p.passage().peakByType()));
        int shown = 0;
        for (Annotation a : p.passage().annotations()) {
            if (shown++ == 8) {
                notes.getChildren().add(note("… and " + (p.passage().annotations().size() - 8) + " more"));
                break;
            }
            String who = namesShown ? a.creator() + ": " : "• ";
            notes.getChildren().add(note(who + ClassroomText.describe(host.session(), a)));
        }
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("discussion-note");
        l.setWrapText(true);
        return l;
    }
}
