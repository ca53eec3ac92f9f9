package org.glossator.exchange;

/**
 * Limits that keep a hostile or broken file from exhausting memory or the stack. Exceeding
 * any of them rejects the file with a message naming the limit.
 *
 * @param maxFileBytes    largest file accepted (default 200 MB)
 * @param maxStringLength longest JSON string, in chars (default 16 M, room for a book-length article)
 * @param maxNestingDepth deepest nesting of JSON objects and arrays (default 200)
 * @param maxAnnotations  most annotations in one file (default 500,000)
 */
public record ImportLimits(long maxFileBytes, int maxStringLength, int maxNestingDepth, int maxAnnotations) {
    public static final ImportLimits DEFAULT = new ImportLimits(200L * 1024 * 1024, 16_000_000, 200, 500_000);

    public ImportLimits {
        if (maxFileBytes <= 0 || maxStringLength <= 0 || maxNestingDepth <= 0 || maxAnnotations <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
