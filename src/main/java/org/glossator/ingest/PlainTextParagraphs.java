package org.glossator.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the body of a plain-text file into paragraphs. Files come in two shapes:
 * paragraphs separated by blank lines (lines inside one are hard wraps and are
 * joined), or no blank lines at all (each line is a paragraph, as when text is
 * copied out of a web page).
 */
final class PlainTextParagraphs {
    /** Hard-wrapped text is wrapped at 72-80 columns; a longer line was not wrapped by hand. */
    private static final int HARD_WRAP_WIDTH = 100;
    /** Shorter lines than this are not hard wraps of a paragraph (editors wrap at 60-80 columns). */
    private static final int MIN_WRAPPED_LINE = 60;
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*•‣◦]|\\d{1,3}[.)])\\s+\\S.*");
    private static final String CLOSING_MARKS = "\"'”’)]»";

    private PlainTextParagraphs() {
    }

    static ReadingText build(List<String> lines) {
        boolean blankLinesSeparateParagraphs = hasBlankLineBetweenText(lines);
        ReadingTextBuilder builder = new ReadingTextBuilder();
        String previous = null;
        for (String line : lines) {
            String current = line.strip();
            if (current.isEmpty()) {
                builder.endParagraph();
                previous = null;
                continue;
            }
            if (previous != null) {
                if (continuesParagraph(previous, current, blankLinesSeparateParagraphs)) {
                    builder.appendText(" ");
                } else {
                    builder.endParagraph();
                }
            }
            builder.appendText(current);
            previous = current;
        }
        return builder.build();
    }

    static boolean isListItem(String strippedLine) {
        return LIST_ITEM.matcher(strippedLine).matches();
    }

    static boolean endsWithFullStop(String line) {
        char last = lastSignificantChar(line);
        return last == '.' || last == '…';
    }

    private static boolean continuesParagraph(String previous, String current, boolean blankLinesSeparateParagraphs) {
        if (isListItem(current)) {
            return false;
        }
        // A long line ending a sentence was typed as a whole paragraph; only shorter lines are hard wraps.
        boolean previousWasWrapped = previous.length() <= HARD_WRAP_WIDTH || !endsSentence(previous);
        if (blankLinesSeparateParagraphs) {
            // A wrapped line fills most of the width; a short one is only wrapped when the sentence
            // plainly goes on. Otherwise it stands alone, like "Save this story" in a page dump.
            return previousWasWrapped && (previous.length() >= MIN_WRAPPED_LINE
                    || Character.isLowerCase(current.codePointAt(0)));
        }
        // Without blank lines every line is a paragraph, unless it plainly continues a wrapped sentence.
        return previous.length() <= HARD_WRAP_WIDTH && !endsSentence(previous)
                && Character.isLowerCase(current.codePointAt(0));
    }

    private static boolean endsSentence(String line) {
        return ".!?:…".indexOf(lastSignificantChar(line)) >= 0;
    }

    /** The last character before closing quotes and brackets. */
    private static char lastSignificantChar(String line) {
        int i = line.length() - 1;
        while (i > 0 && CLOSING_MARKS.indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 ? ' ' : line.charAt(i);
    }

    private static boolean hasBlankLineBetweenText(List<String> lines) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blankAfterText = seenText;
            } else if (blankAfterText) {
                return true;
            } else {
                seenText = true;
            }
        }
        return false;
    }
}
