package org.glossator.exchange;

/**
 * One annotation of an imported file that had a problem of its own; the rest of the file
 * was imported regardless. The summary lists each one so that the user can look at it.
 *
 * @param annotationId the id as the file wrote it (or the id derived from its content), null if none
 * @param line         1-based line of the annotation in the file, or -1
 * @param reason       what is wrong with it
 * @param outcome      what was done with it
 */
public record ImportProblem(String annotationId, long line, String reason, Outcome outcome) {

    /** What became of an annotation with a problem. */
    public enum Outcome {
        /** Stored, anchored where its quote was found (its position was not trusted). */
        PLACED_BY_QUOTE("placed by its quote"),
        /** Stored as it was read, after a small repair named in the reason. */
        REPAIRED("imported"),
        /** Stored as an orphan; its selectors are kept as the file wrote them, and exported so. */
        ORPHANED("kept as an orphan with its selectors as written"),
        /** Not stored: not even the article it belongs to can be read, or it is a repeat. */
        SKIPPED("not imported");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** E.g. {@code annotation urn:uuid:…, line 12: the TextPositionSelector … — placed by its quote}. */
    public String describe() {
        StringBuilder s = new StringBuilder("annotation ").append(annotationId == null ? "(without id)" : annotationId);
        if (line > 0) {
            s.append(", line ").append(line);
        }
        return s.append(": ").append(reason).append(" — ").append(outcome.words()).toString();
    }
}
