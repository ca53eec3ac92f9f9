package org.glossator.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the annotation scheme: a built-in type (claim, quote, source) or a
 * user-defined one. {@code key} is stable (used in exports and stored rows);
 * {@code label}, {@code color} and {@code position} may change.
 */
public record AnnotationType(String key, String label, String color, int position,
                             TypeKind kind, boolean builtIn) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public static final String CLAIM = "claim";
    public static final String QUOTE = "quote";
    public static final String SOURCE = "source";

    public AnnotationType {
        Objects.requireNonNull(kind, "kind");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("type key must be lowercase letters, digits and '-': " + key);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a type needs a name");
        }
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("colour must look like #1f77b4: " + color);
        }
        label = label.strip();
    }

    public AnnotationType withLabel(String newLabel) {
        return new AnnotationType(key, newLabel, color, position, kind, builtIn);
    }

    public AnnotationType withColor(String newColor) {
        return new AnnotationType(key, label, newColor, position, kind, builtIn);
    }

    public AnnotationType withPosition(int newPosition) {
        return new AnnotationType(key, label, color, newPosition, kind, builtIn);
    }

    /** Makes a key from a label a user typed, e.g. "Loaded language" -> "loaded-language". */
    public static String keyFor(String label) {
        String key = label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (key.isEmpty()) {
            key = "type";
        }
        return key.length() > 40 ? key.substring(0, 40) : key;
    }
}
