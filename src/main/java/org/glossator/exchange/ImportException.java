package org.glossator.exchange;

/**
 * An annotation file was rejected as a whole; the database is unchanged. The message names
 * the file, where in it the problem is (line and column, and the annotation's id when the
 * problem is inside one annotation) and what is wrong, in words a user can act on.
 */
public class ImportException extends Exception {
    private final String fileName;
    private final long line;
    private final long column;
    private final String annotationId;
    private final String reason;
    private final boolean cancelled;

    /**
     * @param line         1-based line, or -1 when unknown
     * @param column       1-based column, or -1 when unknown
     * @param annotationId the annotation's id as written in the file, or null
     */
    public ImportException(String fileName, long line, long column, String annotationId, String reason) {
        this(fileName, line, column, annotationId, reason, false, null);
    }

    public ImportException(String fileName, String reason) {
        this(fileName, -1, -1, null, reason, false, null);
    }

    public ImportException(String fileName, String reason, Throwable cause) {
        this(fileName, -1, -1, null, reason, false, cause);
    }

    private ImportException(String fileName, long line, long column, String annotationId, String reason,
                            boolean cancelled, Throwable cause) {
        super(reason, cause);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.annotationId = annotationId;
        this.reason = reason;
        this.cancelled = cancelled;
    }

    /** The user cancelled the import; nothing was changed. */
    public static ImportException cancelled(String fileName) {
        return new ImportException(fileName, -1, -1, null, "import cancelled; nothing was changed", true, null);
    }

    public String fileName() {
        return fileName;
    }

    /** 1-based line of the problem, or -1. */
    public long line() {
        return line;
    }

    /** 1-based column of the problem, or -1. */
    public long column() {
        return column;
    }

    /** The id of the offending annotation as written in the file, or null. */
    public String annotationId() {
        return annotationId;
    }

    /** What is wrong, without the file name and location. */
    public String reason() {
        return reason;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** E.g. {@code notes.json, annotation urn:uuid:…, line 12, column 5: the TextPositionSelector start is negative (-3)}. */
    @Override
    public String getMessage() {
        StringBuilder m = new StringBuilder(fileName == null ? "(input)" : fileName);
        if (annotationId != null) {
            m.append(", annotation ").append(annotationId);
        }
        if (line > 0) {
            m.append(", line ").append(line);
            if (column > 0) {
                m.append(", column ").append(column);
            }
        }
        return m.append(": ").append(reason).toString();
    }
}
