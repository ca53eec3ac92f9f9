package org.glossator.domain;

import java.util.List;

/**
 * How an article's text came out of its file: the character encoding it was read in,
 * the repairs the importer made, and the text as it was before those repairs (null
 * when nothing was repaired), so that the user can go back to it.
 *
 * @param encoding     e.g. "UTF-8", "windows-1252 (detected)"; null when unknown (older imports)
 */
public record TextProvenance(String encoding, List<TextRepair> repairs, String originalText) {
    public static final TextProvenance UNKNOWN = new TextProvenance(null, List.of(), null);

    public TextProvenance {
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
    }

    public boolean repaired() {
        return !repairs.isEmpty();
    }

    /** Characters repaired or removed, over every kind of repair. */
    public int repairedCharacters() {
        return repairs.stream().mapToInt(TextRepair::count).sum();
    }

    /**
     * The notice shown after import, e.g. "Repaired 38 broken characters (UTF-8 read as
     * Mac Roman)"; empty when nothing was repaired.
     */
    public String notice() {
        if (repairs.isEmpty()) {
            return "";
        }
        StringBuilder kinds = new StringBuilder();
        for (TextRepair repair : repairs) {
            if (kinds.length() > 0) {
                kinds.append("; ");
            }
            kinds.append(repairs.size() == 1 ? repair.description() : repair.summary());
        }
        int total = repairedCharacters();
        return "Repaired " + total + " broken character" + (total == 1 ? "" : "s") + " (" + kinds + ")";
    }
}
