package org.glossator.classroom;

import java.nio.file.Path;
import java.util.List;

/**
 * What collecting a folder of hand-ins did: the students whose layers were stored, and the
 * files that were refused with the reason (the others are collected all the same).
 */
public record CollectReport(String packId, List<Collected> collected, List<Refused> refused) {
    public CollectReport {
        collected = List.copyOf(collected);
        refused = List.copyOf(refused);
    }

    /**
     * @param replacedEarlier the student had been collected before; their old layer was replaced
     * @param warnings        things to know that did not stop the collection (e.g. annotations shared with another student)
     */
    public record Collected(String student, Path file, int annotations, boolean replacedEarlier, List<String> warnings) {
        public Collected {
            warnings = List.copyOf(warnings);
        }
    }

    public enum Reason { NOT_A_HAND_IN, TAMPERED, OTHER_PACK, SAME_STUDENT, RESERVED_NAME, IMPORT_FAILED }

    public record Refused(Path file, Reason reason, String message) {
    }
}
