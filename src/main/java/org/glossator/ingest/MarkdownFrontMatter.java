package org.glossator.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter static-site generators put at the top of Markdown files
 * ("---", "title: ...", "---"). Only flat "key: value" fields and the first item of a
 * list are read: that is all the importer needs (title, author, date, URL), and
 * CommonMark itself would misread the block as a thematic break and a heading.
 */
record MarkdownFrontMatter(Map<String, String> fields, String body) {
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s+-\\s+(.+)$");

    static MarkdownFrontMatter split(String text) {
        if (!text.startsWith("---\n")) {
            return new MarkdownFrontMatter(Map.of(), text);
        }
        String[] lines = text.split("\n", -1);
        if (lines.length < 3 || !FIELD.matcher(lines[1]).matches()) {
            return new MarkdownFrontMatter(Map.of(), text);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String listKey = null;
        int offset = lines[0].length() + 1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            offset += line.length() + 1;
            if (line.equals("---") || line.equals("...")) {
                return new MarkdownFrontMatter(fields, offset >= text.length() ? "" : text.substring(offset));
            }
            Matcher field = FIELD.matcher(line);
            Matcher item = LIST_ITEM.matcher(line);
            if (field.matches()) {
                String key = field.group(1).toLowerCase(Locale.ROOT);
                String value = unquote(field.group(2));
                listKey = value.isEmpty() ? key : null;
                if (!value.isEmpty()) {
                    fields.putIfAbsent(key, value);
                }
            } else if (item.matches() && listKey != null) {
                fields.putIfAbsent(listKey, unquote(item.group(1)));
            }
        }
        // No closing line: this was not front matter after all.
        return new MarkdownFrontMatter(Map.of(), text);
    }

    /** The value of the first of {@code keys} that is present, or null. */
    String first(String... keys) {
        for (String key : keys) {
            String value = fields.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1).strip();
        }
        return v;
    }
}
