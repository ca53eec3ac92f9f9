package org.glossator.classroom;

import java.nio.file.Path;

/**
 * A written hand-in.
 *
 * @param replaced whether an earlier hand-in at the same path was replaced
 * @param missingArticles pack articles not found in the student's store (never opened, or their text edited)
 */
public record HandInResult(Path file, String student, int annotations, int articles, int missingArticles,
                           boolean replaced, String checksum) {
}
