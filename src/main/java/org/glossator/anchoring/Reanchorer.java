package org.glossator.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glossator.domain.TextTarget;

/**
 * Re-attaches annotation targets to a text that may have changed since they were made.
 *
 * <p>The position selector is used when the text there still matches the quote and its
 * whole context (EXACT). Otherwise candidates are gathered from every kind of match at once
 * (verbatim, with quote marks, dashes, whitespace, case and mojibake folded, and
 * approximately with up to 20% of the quote edited) through an index of the text, and
 * ranked together by how well the quote, the stored prefix and suffix, and nearness to the
 * expected position agree (REANCHORED); a candidate whose context agrees on a side beats
 * any whose context disagrees on both. What cannot be anchored with confidence is
 * ORPHANED: the result keeps the old target so the annotation is never lost.
 *
 * <p>Thread-safe. The derived forms (folded text, gram index) of the few most recent texts
 * are kept, so {@link #anchor} calls on the same String instances build them once.
 */
public final class Reanchorer {
    /** Around the place a touched quote used to be, how far (chars, at least) to look. */
    private static final int NEIGHBOURHOOD = 256;
    /** Inserted stretches shorter than this are edits in place (typo fixes), not text moved in. */
    private static final int MIN_MOVED_CHARS = 16;

    /** Texts kept with their derived forms, most recent first. */
    private static final int RECENT_TEXTS = 4;

    private final AnchoringText[] recent = new AnchoringText[RECENT_TEXTS];

    /** Re-anchors one target against text with no knowledge of the old text (used on import). */
    public AnchorResult anchor(String text, TextTarget target) {
        Objects.requireNonNull(target, "target");
        return anchorIn(textFor(text), target);
    }

    /** {@link #anchor} for many targets on one text; results are in input order. */
    public List<AnchorResult> anchorAll(String text, List<TextTarget> targets) {
        AnchoringText anchoringText = textFor(text);
        List<AnchorResult> results = new ArrayList<>(targets.size());
        for (TextTarget target : targets) {
            results.add(anchorIn(anchoringText, Objects.requireNonNull(target, "target")));
        }
        return results;
    }

    /**
     * Re-anchors many targets after an edit from oldText to newText. The edit is computed once
     * (a diff). A target whose old range the edit did not touch is moved with it and verified
     * (EXACT), unless the edit glued letters onto a whole-word edge of it. A touched target is
     * searched for as {@link #anchor} would, but only where it can be: around where it used to
     * be and in stretches of text the edit inserted (where moved text lands), both together,
     * with the old position mapped through the edit as the expected one.
     * Anywhere else the new text is old text, so a match there would be a different passage,
     * not this one moved. Targets that did not match oldText to begin with are anchored in
     * newText as by {@link #anchor}. Results are in input order.
     */
    public List<AnchorResult> reanchorAll(String oldText, String newText, List<TextTarget> targets) {
        Objects.requireNonNull(oldText, "oldText");
        AnchoringText fresh = textFor(newText);
        CodePointIndex oldIndex = new CodePointIndex(oldText);
        TextDiff diff = TextDiff.between(oldText, newText);
        List<int[]> inserted = diff.insertedRanges();
        List<AnchorResult> results = new ArrayList<>(targets.size());
        for (TextTarget target : targets) {
            Objects.requireNonNull(target, "target");
            results.add(reanchor(oldText, oldIndex, diff, inserted, fresh, target));
        }
        return results;
    }

    private static AnchorResult reanchor(String oldText, CodePointIndex oldIndex, TextDiff diff, List<int[]> inserted,
                                         AnchoringText fresh, TextTarget target) {
        String exact = target.exact();
        int[] old = Targets.toCharRange(oldIndex, target);
        boolean heldInOldText = target.end() <= oldIndex.codePointLength()
                && old[1] - old[0] == exact.length() && oldText.startsWith(exact, old[0]);
        if (!heldInOldText) {
            return anchorIn(fresh, target);
        }
        int start = diff.map(old[0]);
        if (diff.isUnchanged(old[0], old[1]) && fresh.text.startsWith(exact, start)
                && new WordBoundaries(target).edgesHold(fresh.text, start, start + exact.length())) {
            return new AnchorResult(AnchorOutcome.EXACT, fresh.targetAt(start, start + exact.length()), 1.0);
        }
        int end = Math.max(start, diff.map(old[1]));
        int length = exact.length();
        // Moved text shows up as inserted text; only stretches that could hold most of the quote qualify.
        // Both places are searched together so that context and nearness decide between them.
        List<int[]> roomy = new ArrayList<>();
        for (int[] range : inserted) {
            if (range[1] - range[0] >= Math.max(MIN_MOVED_CHARS, length / 2)) {
                roomy.add(range);
            }
        }
        int margin = Math.min(length, NEIGHBOURHOOD) + 32;
        SearchScope scope = SearchScope.around(start, end, Math.max(NEIGHBOURHOOD, 2 * length), roomy, margin,
                fresh.length());
        return new QuoteLocator(fresh, target, start).locate(scope, null);
    }

    private static AnchorResult anchorIn(AnchoringText text, TextTarget target) {
        int[] position = Targets.toCharRange(text.index, target);
        int[] positionRange = target.end() <= text.index.codePointLength() ? position : null;
        return new QuoteLocator(text, target, position[0]).locate(SearchScope.whole(text.length()), positionRange);
    }

    /**
     * The text with its derived forms, kept for the few most recent String instances: an
     * import whose annotations alternate between articles builds each article's index once.
     */
    private synchronized AnchoringText textFor(String text) {
        Objects.requireNonNull(text, "text");
        int found = 0;
        while (found < recent.length && recent[found] != null && recent[found].text != text) {
            found++;
        }
        boolean kept = found < recent.length && recent[found] != null;
        AnchoringText wanted = kept ? recent[found] : new AnchoringText(text);
        System.arraycopy(recent, 0, recent, 1, Math.min(found, recent.length - 1));
        recent[0] = wanted;
        return wanted;
    }
}
