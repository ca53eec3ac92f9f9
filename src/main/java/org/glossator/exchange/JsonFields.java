package org.glossator.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.glossator.domain.IsoInstants;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Typed reads of JSON fields that fail with a message naming the field and what was found. */
final class JsonFields {
    private JsonFields() {
    }

    static boolean present(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v != null && !v.isNull();
    }

    /** The string value, or null when absent or JSON null. */
    static String string(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidItem("\"" + field + "\" must be a string, but it is " + describe(v));
        }
        return checked(field, v.textValue());
    }

    /**
     * A JSON escape such as {@code \ud800} can make a string that is not Unicode text (an
     * unpaired surrogate); the database would silently store a "?" instead, so refuse it.
     */
    static String checked(String field, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidItem("\"" + field + "\" holds a broken character (an unpaired surrogate, \\u"
                        + Integer.toHexString(c) + "), which is not Unicode text");
            }
        }
        return s;
    }

    static String requiredString(JsonNode o, String field, String where) {
        String s = string(o, field);
        if (s == null) {
            throw new InvalidItem(where + " has no \"" + field + "\"");
        }
        return s;
    }

    static Boolean bool(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new InvalidItem("\"" + field + "\" must be true or false, but it is " + describe(v));
        }
        return v.booleanValue();
    }

    /** A required non-negative integer that fits in an int. */
    static int nonNegativeInt(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new InvalidItem(where + " has no \"" + field + "\"");
        }
        if (!v.isIntegralNumber()) {
            throw new InvalidItem(where + " \"" + field + "\" must be a whole number, but it is " + describe(v));
        }
        if (!v.canConvertToInt()) {
            throw new InvalidItem(where + " \"" + field + "\" is out of range (" + v.asText() + ")");
        }
        int n = v.intValue();
        if (n < 0) {
            throw new InvalidItem(where + " \"" + field + "\" is negative (" + n + ")");
        }
        return n;
    }

    /** An xsd:dateTime; without a time zone it is taken as UTC. Null when absent. */
    static Instant time(JsonNode o, String field) {
        String s = string(o, field);
        if (s == null) {
            return null;
        }
        Instant utc = IsoInstants.parseUtc(s);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new InvalidItem("\"" + field + "\" is not a date and time like 2024-05-01T12:30:00Z: \""
                        + abbreviate(s) + "\"");
            }
        }
    }

    /**
     * A JSON-LD "one or more" value as an unmodifiable list: an array's elements, a single
     * value, or nothing. Called several times per annotation on import, so a single value
     * costs no list growth.
     */
    static List<JsonNode> oneOrMany(JsonNode v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            return List.of(v);
        }
        List<JsonNode> list = new ArrayList<>(v.size());
        v.forEach(list::add);
        return Collections.unmodifiableList(list);
    }

    /** The strings of a one-or-more string value. */
    static List<String> strings(JsonNode o, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : oneOrMany(o.get(field))) {
            if (!v.isTextual()) {
                throw new InvalidItem("\"" + field + "\" must be a string or a list of strings, but holds "
                        + describe(v));
            }
            out.add(checked(field, v.textValue()));
        }
        return out;
    }

    /** Whether {@code type} is or includes {@code name} (also as {@code oa:name}). */
    static boolean hasType(JsonNode o, String name) {
        if (o == null || !o.isObject()) {
            return false;
        }
        for (JsonNode t : oneOrMany(o.get("type"))) {
            if (t.isTextual() && isTerm(t.textValue(), name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code value} is {@code name} or {@code oa:name}. */
    private static boolean isTerm(String value, String name) {
        return value.equals(name)
                || value.length() == name.length() + 3 && value.startsWith("oa:") && value.endsWith(name);
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "JSON null";
        }
        if (v.isTextual()) {
            return "a string";
        }
        if (v.isNumber()) {
            return "a number (" + v.asText() + ")";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
