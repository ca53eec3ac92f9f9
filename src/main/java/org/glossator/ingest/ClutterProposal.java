package org.glossator.ingest;

/**
 * A paragraph of an article's reading text that looks like page clutter, proposed for
 * removal (the user accepts or rejects it).
 *
 * @param paragraph  index of the paragraph (line) in the reading text
 * @param start      first code point of the paragraph in the reading text
 * @param end        code point just after it (its line break not included)
 * @param text       the paragraph itself, to show
 * @param reason     why it looks like clutter, in the user's words
 */
public record ClutterProposal(int paragraph, int start, int end, String text, Reason reason) {

    /** The kinds of clutter text dumps carry. */
    public enum Reason {
        NAVIGATION("navigation or site menu"),
        SHARE_PROMPT("share or save prompt"),
        CREDIT("photo or illustration credit"),
        NEWSLETTER("newsletter or subscription box"),
        ADVERTISEMENT("advertisement or promotion"),
        REPEATED("repeated line (menu or boilerplate)");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
