package org.glossator.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glossator.domain.TextTarget;

/**
 * Re-attaches annotation targets to a text that may have changed since they were made.
 *
 * <p>The position selector is used when the text there still matches the quote (EXACT);
 * for a short quote (under 32 folded chars) only if its prefix and suffix match too, since
 * "the" or "e" is often at its old offset by coincidence after a small shift. Otherwise the quote is searched for (verbatim, then with quote marks, dashes, whitespace
 * and case folded, then approximately with up to 20% of it edited), ranked by how well
 * the stored prefix and suffix match around it and by nearness to the old position
 * (REANCHORED). What cannot be anchored with confidence is ORPHANED: the result keeps the
 * old target so the annotation is never lost.
 *
 * <p>Thread-safe. The derived forms of the most recent text are kept, so a run of
 * {@link #anchor} calls on the same String instance builds them once.
 */
public final class Reanchorer {
    /** Around the place a touched quote used to be, how far (chars, at least) to look. */
    private static final int NEIGHBOURHOOD = 256;
    /** Inserted stretches shorter than this are edits in place (typo fixes), not text moved in. */
    private static final int MIN_MOVED_CHARS = 16;

    private volatile AnchoringText recent;

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
     * searched for as {@link #anchor} would, but only where it can be: first around where it
     * used to be, then in stretches of text the edit inserted (where moved text lands).
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
        QuoteLocator locator = new QuoteLocator(fresh, target, start);
        SearchScope near = SearchScope.around(start, end, Math.max(NEIGHBOURHOOD, 2 * length), List.of(), 0,
                fresh.length());
        AnchorResult nearby = locator.locate(near, null);
        if (!nearby.isOrphaned()) {
            return nearby;
        }
        // Moved text shows up as inserted text; only stretches that could hold most of the quote qualify.
        List<int[]> roomy = new ArrayList<>();
        for (int[] range : inserted) {
            if (range[1] - range[0] >= Math.max(MIN_MOVED_CHARS, length / 2)) {
                roomy.add(range);
            }
        }
        if (roomy.isEmpty()) {
            return nearby;
        }
        int margin = Math.min(length, NEIGHBOURHOOD) + 32;
        return locator.locate(SearchScope.around(start, start, 0, roomy, margin, fresh.length()), null);
    }

    private static AnchorResult anchorIn(AnchoringText text, TextTarget target) {
        int[] position = Targets.toCharRange(text.index, target);
        int[] positionRange = target.end() <= text.index.codePointLength() ? position : null;
        return new QuoteLocator(text, target, position[0]).locate(SearchScope.whole(text.length()), positionRange);
    }

    private AnchoringText textFor(String text) {
        Objects.requireNonNull(text, "text");
        AnchoringText cached = recent;
        if (cached != null && cached.text == text) {
            return cached;
        }
        AnchoringText created = new AnchoringText(text);
        recent = created;
        return created;
    }
}
