package org.glossator.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the publication dates articles print ("2025-03-12", "12 March 2025",
 * "March 12th, 2025", "Tue, Mar 12 2025") and turns them into ISO dates, so that
 * the corpus can sort by date whatever the source wrote. All-numeric dates such as
 * 03/04/2025 are not guessed at: day and month order differ between countries.
 */
final class PublishedDate {
    private static final String MONTH = "(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul"
            + "|august|aug|september|sept|sep|october|oct|november|nov|december|dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})\\b");
    private static final List<Pattern> DATE_PATTERNS = List.of(ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR);
    private static final Pattern WEEKDAY = Pattern.compile("^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+");
    /** A time of day after the date ("10:30 GMT", "at 9.15", ISO "T08:00:00Z"); the ISO date leaves it out. */
    private static final Pattern TIME = Pattern.compile("([,\\s]+(at\\s+)?|t)\\d{1,2}[:.]\\d{2}\\b.*");
    private static final Pattern DATE_LINE_PREFIX = Pattern.compile(
            "^(published|updated|last updated|posted|date)\\b\\s*:?\\s*(on\\s+)?");

    private PublishedDate() {
    }

    /** The first date found anywhere in {@code text}. */
    static Optional<String> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Optional<String> earliest = Optional.empty();
        int earliestStart = Integer.MAX_VALUE;
        for (Pattern pattern : DATE_PATTERNS) {
            Matcher m = pattern.matcher(lower);
            while (m.find() && m.start() < earliestStart) {
                Optional<String> date = toIso(pattern, m);
                if (date.isPresent()) {
                    earliest = date;
                    earliestStart = m.start();
                    break;
                }
            }
        }
        return earliest;
    }

    /** The date if {@code text} is nothing but a date, possibly with a weekday before it and a time after it. */
    static Optional<String> parseWhole(String text) {
        String lower = WEEKDAY.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceFirst("")
                .replaceFirst("[.\\s]+$", "");
        for (Pattern pattern : DATE_PATTERNS) {
            Matcher m = pattern.matcher(lower);
            if (m.lookingAt() && (m.end() == lower.length() || TIME.matcher(lower.substring(m.end())).matches())) {
                return toIso(pattern, m);
            }
        }
        return Optional.empty();
    }

    /** ISO date when recognisable, otherwise the text as given (metadata keeps what the page said). */
    static String isoOrRaw(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parseWhole(text).or(() -> find(text)).orElse(text.strip());
    }

    /** A line such as "Published 4 June 2025", "Updated: 2025-06-05" or a bare date. */
    static Optional<DateLine> parseDateLine(String line) {
        String lower = line.strip().toLowerCase(Locale.ROOT);
        Matcher prefix = DATE_LINE_PREFIX.matcher(lower);
        boolean hasPrefix = prefix.find();
        boolean isUpdate = hasPrefix && prefix.group(1).contains("updated");
        String date = hasPrefix ? lower.substring(prefix.end()) : lower;
        return parseWhole(date).map(iso -> new DateLine(iso, isUpdate));
    }

    /** A date line's ISO date, and whether it announced an update rather than the first publication. */
    record DateLine(String iso, boolean isUpdate) {
    }

    private static Optional<String> toIso(Pattern pattern, Matcher m) {
        try {
            LocalDate date;
            if (pattern == ISO) {
                date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            } else if (pattern == DAY_MONTH_YEAR) {
                date = LocalDate.of(number(m, 3), month(m.group(2)), number(m, 1));
            } else {
                date = LocalDate.of(number(m, 3), month(m.group(1)), number(m, 2));
            }
            return Optional.of(date.toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.substring(0, 3)) / 3 + 1;
    }
}
