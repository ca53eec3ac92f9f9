package org.glossator.ingest;

/**
 * A file that cannot become an article, with a reason a reader can act on
 * (e.g. "the file is not UTF-8 text ... save it as UTF-8"). The message is
 * {@code fileName + ": " + reason} so that it can be shown as is.
 */
public class ImportRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String reason;

    public ImportRejectedException(String fileName, String reason) {
        this(fileName, reason, null);
    }

    public ImportRejectedException(String fileName, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public String reason() {
        return reason;
    }
}
