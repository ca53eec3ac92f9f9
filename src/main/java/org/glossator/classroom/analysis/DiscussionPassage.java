package org.glossator.classroom.analysis;

/**
 * One step of discussion mode: a hot passage with its text and its position in UTF-16 chars
 * (what the reader's text widget uses), besides the code point positions in {@code passage}.
 *
 * @param rank 1 for the hottest passage
 */
public record DiscussionPassage(int rank, String excerpt, int charStart, int charEnd, HotPassage passage) {
}
