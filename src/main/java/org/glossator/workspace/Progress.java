package org.glossator.workspace;

/**
 * How long work reports progress and learns it was cancelled, without knowing
 * about JavaFX (the GUI adapts a Task to it; the CLI uses {@link #NONE}).
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();
}
