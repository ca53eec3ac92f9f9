package org.glossator.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline such as "By Priya Raman", "BY JANE DOE | 4 June 2025" or
 * "By Ruth Okonkwo-Hale · 1 May 2025 · 6 min read": the author's name and, when the
 * byline carries one, the publication date (ISO, else null).
 */
record Byline(String author, String published) {
    private static final Pattern BY = Pattern.compile(
            "^(?:(?:written|words|story|text|reporting)\\s+)?by[\\s:]+(.+)$", Pattern.CASE_INSENSITIVE);
    /** What sites put between the name, the date and the reading time. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[·|•—–]\\s*|\\s+-\\s+");
    /** "Jane Doe, 4 June 2025" and "Jane Doe on 4 June 2025" also separate a date, but only a date. */
    private static final Pattern NAME_THEN_DATE = Pattern.compile("^(.+?)(?:,|\\s+on)\\s+(.+)$");
    private static final int MAX_NAME_LENGTH = 80;
    private static final int MAX_NAME_WORDS = 8;

    /**
     * Reads a line that starts with "By". Sentences that merely begin with the word
     * ("By 2030, most models...", "By pursuing this path...") are not bylines: the
     * name must look like a name.
     */
    static Optional<Byline> parse(String line) {
        Matcher by = BY.matcher(line.strip());
        if (!by.matches()) {
            return Optional.empty();
        }
        Byline byline = split(by.group(1));
        return looksLikeName(byline.author()) ? Optional.of(byline) : Optional.empty();
    }

    /** The author named by a page element or meta field, with or without a leading "By". */
    static Optional<String> authorFrom(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String collapsed = text.strip().replaceAll("\\s+", " ");
        if (BY.matcher(collapsed).matches()) {
            return parse(collapsed).map(Byline::author);
        }
        String name = split(collapsed).author();
        return name.isEmpty() || name.length() > MAX_NAME_LENGTH ? Optional.empty() : Optional.of(name);
    }

    /** Separates the name from the date and whatever else follows it ("6 min read"). */
    private static Byline split(String nameAndMore) {
        String[] segments = SEPARATOR.split(nameAndMore.strip());
        String name = segments.length == 0 ? "" : segments[0].strip();
        Matcher nameThenDate = NAME_THEN_DATE.matcher(name);
        if (nameThenDate.matches()) {
            Optional<PublishedDate.DateLine> date = PublishedDate.parseDateLine(nameThenDate.group(2));
            if (date.isPresent()) {
                return new Byline(nameThenDate.group(1).strip(), date.get().iso());
            }
        }
        for (int i = 1; i < segments.length; i++) {
            Optional<PublishedDate.DateLine> date = PublishedDate.parseDateLine(segments[i]);
            if (date.isPresent() && !date.get().isUpdate()) {
                return new Byline(name, date.get().iso());
            }
        }
        return new Byline(name, null);
    }

    private static boolean looksLikeName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.split("\\s+").length > MAX_NAME_WORDS) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!Character.isLetter(first) || Character.isLowerCase(first)) {
            return false;
        }
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        char last = name.charAt(name.length() - 1);
        // "Jr." and "Sr." end with a period; a sentence does too, but with a longer last word.
        boolean endsLikeSentence = ".!?:;".indexOf(last) >= 0 && !(last == '.' && lastWord.length() <= 3);
        return !endsLikeSentence && !name.contains("http");
    }
}
