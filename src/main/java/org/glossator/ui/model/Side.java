package org.glossator.ui.model;

import java.util.Locale;

/** The two reading panes. */
public enum Side {
    LEFT, RIGHT;

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }

    /** "left" or "right", as the menus and messages say it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
