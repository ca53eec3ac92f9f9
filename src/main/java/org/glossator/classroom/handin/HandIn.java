package org.glossator.classroom.handin;

import java.time.Instant;
import java.util.Objects;

/**
 * A hand-in as read and verified: whose it is, for which pack, and the W3C annotation
 * collection to import (the file's own bytes).
 *
 * @param checksum    the checksum the file carries, already verified against its content
 * @param annotations how many annotations the collection holds
 */
public record HandIn(String fileName, String packId, String packTitle, String student, Instant handedIn,
                     String checksum, int annotations, byte[] json) {
    public HandIn {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(json, "json");
    }

    /** The student's name folded for comparison: two files with the same key claim the same student. */
    public String studentKey() {
        return StudentNames.key(student);
    }
}
