package org.glossator.ui.theme;

import java.util.Locale;
import java.util.Optional;

/**
 * A reading theme. Light is glossator.css as it is; the others add a stylesheet that
 * redefines its looked-up colours (-gl-paper, -gl-text…) on {@code .root}.
 */
public enum Theme {
    LIGHT("Light", null),
    SEPIA("Sepia", "theme-sepia.css"),
    DARK("Dark", "theme-dark.css");

    private final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    public String label() {
        return label;
    }

    /** The stylesheet file in assets/css that this theme adds over glossator.css, if any. */
    public Optional<String> stylesheet() {
        return Optional.ofNullable(stylesheet);
    }

    /** The value kept in the settings file. */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme a settings value names; Light for none or an unknown name (a newer version's theme). */
    public static Theme fromSetting(Optional<String> value) {
        return value.flatMap(v -> java.util.Arrays.stream(values())
                .filter(t -> t.settingValue().equals(v.strip().toLowerCase(Locale.ROOT))).findFirst())
                .orElse(LIGHT);
    }
}
