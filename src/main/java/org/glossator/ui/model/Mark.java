package org.glossator.ui.model;

/** An annotation as the reader draws it: a char range of the displayed text and its type. */
public record Mark(String id, int start, int end, String typeKey) {
    public int length() {
        return end - start;
    }

    public boolean contains(int charIndex) {
        return start <= charIndex && charIndex < end;
    }
}
