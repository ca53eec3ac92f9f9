package org.glossator.ui.annotate;

import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.glossator.domain.Annotation;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.TypeKind;

/** Asks how two annotations relate, suggesting the likely relation from their types. */
final class RelationDialog {
    private RelationDialog() {
    }

    static Optional<LinkRelation> ask(Window owner, Annotation from, TypeKind fromKind, Annotation to, TypeKind toKind) {
        // The choices are the words a reader uses ("supported by"), never the enum names.
        java.util.List<String> labels = java.util.Arrays.stream(LinkRelation.values()).map(LinkRelation::label).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(suggest(fromKind, toKind).label(), labels);
        dialog.initOwner(owner);
        dialog.setTitle("Glossator");
        dialog.setHeaderText("Link “" + abbreviate(from.target().exact()) + "”\nto “"
                + abbreviate(to.target().exact()) + "”");
        dialog.setContentText("The first one is:");
        return dialog.showAndWait().flatMap(label -> java.util.Arrays.stream(LinkRelation.values())
                .filter(r -> r.label().equals(label)).findFirst());
    }

    static LinkRelation suggest(TypeKind from, TypeKind to) {
        if (from == TypeKind.QUOTE && to == TypeKind.SOURCE) {
            return LinkRelation.QUOTED_FROM;
        }
        if (from == TypeKind.CLAIM && to == TypeKind.SOURCE) {
            return LinkRelation.SUPPORTED_BY;
        }
        return from == to ? LinkRelation.SAME_AS : LinkRelation.RELATED;
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
