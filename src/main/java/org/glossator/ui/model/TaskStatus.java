package org.glossator.ui.model;

/**
 * The status bar's line for long work: the task's title and its latest progress message, without
 * saying the same thing twice when the message only repeats the title ("Exporting annotations:
 * Exporting annotations" is what the bar showed during an export).
 */
public final class TaskStatus {
    private TaskStatus() {
    }

    public static String line(String title, String message) {
        String t = title == null ? "" : title.strip();
        String m = message == null ? "" : message.strip();
        if (m.isEmpty() || m.equalsIgnoreCase(t)) {
            return t;
        }
        if (t.isEmpty() || m.regionMatches(true, 0, t, 0, t.length())) {
            return m; // the message already says what is being done
        }
        return t + ": " + m;
    }
}
