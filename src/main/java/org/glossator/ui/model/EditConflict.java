package org.glossator.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.glossator.domain.Annotation;

/**
 * What the conflict dialog shows when an edit met a newer version: the fields where the
 * stored annotation and the user's edit differ, and the choices (keep theirs, keep mine,
 * merge the notes). {@code theirs} is empty when the annotation was deleted meanwhile.
 */
public final class EditConflict {
    private final Annotation mine;
    private final Optional<Annotation> theirs;
    private final Function<String, String> typeLabels;

    public EditConflict(Annotation mine, Optional<Annotation> theirs, Function<String, String> typeLabels) {
        this.mine = mine;
        this.theirs = theirs;
        this.typeLabels = typeLabels;
    }

    /** One differing field: its name, the stored value and the user's. */
    public record Row(String field, String theirs, String mine) {
    }

    public Annotation mine() {
        return mine;
    }

    public Optional<Annotation> theirs() {
        return theirs;
    }

    public boolean deleted() {
        return theirs.isEmpty();
    }

    /** Who made the stored version, in words. */
    public String otherPerson() {
        return theirs.map(Annotation::modifiedBy).filter(s -> !s.isBlank()).orElse("Someone");
    }

    public String header() {
        return deleted() ? "This annotation was deleted while you were editing it"
                : otherPerson() + " changed this annotation while you were editing it";
    }

    public List<Row> rows() {
        if (theirs.isEmpty()) {
            return List.of();
        }
        Annotation t = theirs.get();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Function<Annotation, String>> field : fields().entrySet()) {
            String a = field.getValue().apply(t);
            String b = field.getValue().apply(mine);
            if (!a.equals(b)) {
                rows.add(new Row(field.getKey(), a, b));
            }
        }
        return rows;
    }

    private Map<String, Function<Annotation, String>> fields() {
        Map<String, Function<Annotation, String>> fields = new LinkedHashMap<>();
        fields.put("Type", a -> typeLabels.apply(a.typeKey()));
        fields.put("Note", Annotation::note);
        fields.put("Tags", a -> String.join(", ", a.tags()));
        fields.put("Verdict", a -> a.verdict() == null ? "" : a.verdict().label());
        fields.put("Evidence", a -> text(a.evidence()));
        fields.put("Speaker", a -> text(a.speaker()));
        fields.put("Attribution given", a -> a.attributionGiven() == null ? "" : a.attributionGiven() ? "yes" : "no");
        fields.put("Citation", a -> text(a.citation()));
        fields.put("URL", a -> text(a.url()));
        fields.put("Passage", a -> a.target().exact());
        return fields;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Merging makes sense when both sides wrote a note and they differ. */
    public boolean canMergeNotes() {
        return theirs.isPresent() && !mine.note().isBlank() && !theirs.get().note().isBlank()
                && !theirs.get().note().equals(mine.note()) && !theirs.get().note().contains(mine.note());
    }

    /** Their version, with the user's note added below theirs (marked as the user's). */
    public Annotation mergedNotes(String me) {
        Annotation t = theirs.orElseThrow();
        String merged = t.note() + "\n\n" + (me == null || me.isBlank() ? "Also" : me) + ": " + mine.note();
        return t.toBuilder().note(merged).build();
    }
}
