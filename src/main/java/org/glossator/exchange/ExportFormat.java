package org.glossator.exchange;

/** The file formats annotations can be exported to. */
public enum ExportFormat {
    /** W3C Web Annotation JSON-LD ({@code .jsonld} or {@code .json}). */
    W3C_JSON,
    /** RFC 4180 CSV, UTF-8. */
    CSV
}
