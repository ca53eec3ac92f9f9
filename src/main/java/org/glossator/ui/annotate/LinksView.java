package org.glossator.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.workspace.ReadingService;
import org.glossator.ui.common.TaskRunner;

/**
 * The links of the selected annotation, under the editor. The other ends (possibly in
 * other articles) are loaded on the worker; a click shows the linked passage.
 */
final class LinksView extends VBox {
    private final ReadingService reading;
    private final TaskRunner tasks;
    private final Consumer<Annotation> goTo;
    private String shownId;

    LinksView(ReadingService reading, TaskRunner tasks, Consumer<Annotation> goTo) {
        this.reading = reading;
        this.tasks = tasks;
        this.goTo = goTo;
        getStyleClass().add("links-box");
        setId("links-box");
    }

    void clear() {
        shownId = null;
        getChildren().clear();
    }

    void show(Annotation annotation, List<AnnotationLink> links) {
        clear();
        shownId = annotation.id();
        if (links.isEmpty()) {
            Label none = new Label("No links. Select an annotation in the other pane and press L to link.");
            none.setWrapText(true);
            none.getStyleClass().add("meta");
            getChildren().add(none);
            return;
        }
        tasks.run(() -> describe(annotation, links), descriptions -> {
            if (!annotation.id().equals(shownId)) {
                return; // another annotation was selected meanwhile
            }
            Label heading = new Label("Links");
            heading.getStyleClass().add("section-title");
            getChildren().setAll(heading);
            for (LinkDescription d : descriptions) {
                Hyperlink row = new Hyperlink(d.text());
                row.setWrapText(true);
                row.getStyleClass().add("link-row");
                row.setOnAction(e -> goTo.accept(d.other()));
                getChildren().add(row);
            }
        });
    }

    private List<LinkDescription> describe(Annotation annotation, List<AnnotationLink> links) {
        List<LinkDescription> result = new ArrayList<>();
        for (ReadingService.LinkEnd end : reading.linkEnds(annotation, links)) {
            result.add(new LinkDescription(end.link(), end.outgoing(), end.other(), end.otherArticleTitle()));
        }
        return result;
    }
}
