package org.glossator.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An old and a new version of a base article, each made from it by its own list of
 * replacements, with the maps from base positions to positions in either version: the
 * ground truth for the accuracy cases. (A typo case puts the typo in the old version and
 * keeps the base as the new one; a deleted passage changes only the new version.)
 */
final class ReanchorEditedText {
    /** Replace base[start, end) with {@code text}. */
    record Replacement(int start, int end, String text) {
    }

    private final String base;
    private final List<Replacement> toOld = new ArrayList<>();
    private final List<Replacement> toNew = new ArrayList<>();
    private String oldText;
    private String newText;
    private int[] newStartOfReplacement;

    ReanchorEditedText(String base) {
        this.base = base;
    }

    void changeOld(int start, int end, String text) {
        toOld.add(new Replacement(start, end, text));
    }

    /** Returns an id for {@link #newStartOf}. */
    int changeNew(int start, int end, String text) {
        toNew.add(new Replacement(start, end, text));
        return toNew.size() - 1;
    }

    void build() {
        oldText = apply(toOld, null);
        newStartOfReplacement = new int[toNew.size()];
        newText = apply(toNew, newStartOfReplacement);
    }

    String oldText() {
        return oldText;
    }

    String newText() {
        return newText;
    }

    int toOld(int basePosition) {
        return map(toOld, basePosition);
    }

    int toNew(int basePosition) {
        return map(toNew, basePosition);
    }

    /** Where the text of new-version replacement {@code id} starts in the new version. */
    int newStartOf(int id) {
        return newStartOfReplacement[id];
    }

    private String apply(List<Replacement> replacements, int[] startsById) {
        List<Integer> order = sortedIds(replacements);
        StringBuilder out = new StringBuilder(base.length() + 4_096);
        int at = 0;
        for (int id : order) {
            Replacement r = replacements.get(id);
            if (r.start() < at) {
                throw new IllegalStateException("overlapping replacements at " + r.start());
            }
            out.append(base, at, r.start());
            if (startsById != null) {
                startsById[id] = out.length();
            }
            out.append(r.text());
            at = r.end();
        }
        out.append(base, at, base.length());
        return out.toString();
    }

    private static List<Integer> sortedIds(List<Replacement> replacements) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < replacements.size(); i++) {
            ids.add(i);
        }
        ids.sort(Comparator.comparingInt((Integer i) -> replacements.get(i).start())
                .thenComparingInt(i -> replacements.get(i).end()));
        return ids;
    }

    /** Position in the edited version of a base position that no replacement strictly contains. */
    private static int map(List<Replacement> replacements, int basePosition) {
        int shift = 0;
        for (Replacement r : replacements) {
            if (r.start() < basePosition && basePosition < r.end()) {
                throw new IllegalArgumentException("position " + basePosition + " inside a replacement");
            }
            if (r.end() <= basePosition) {
                shift += r.text().length() - (r.end() - r.start());
            }
        }
        return basePosition + shift;
    }
}
