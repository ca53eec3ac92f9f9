package org.glossator.domain;

/**
 * How long work (imports, exports) reports progress and learns that the user cancelled
 * it, without knowing about JavaFX: the GUI adapts a Task to it, the CLI passes
 * {@link #NONE}. A cancelled import rolls back; a cancelled export leaves no file.
 * It lives in domain because every layer that does long work needs it and none owns it.
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

    /**
     * @param done  work done so far (annotations written, or bytes read on import)
     * @param total the total in the same unit, or -1 when unknown
     */
    void update(long done, long total, String message);

    boolean isCancelled();
}
