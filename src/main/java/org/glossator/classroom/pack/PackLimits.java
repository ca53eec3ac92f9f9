package org.glossator.classroom.pack;

/**
 * Caps that keep a hostile pack (a zip bomb, a flood of entries) from exhausting memory or
 * disk. Sizes are counted on the bytes actually inflated, never on what the zip headers claim.
 *
 * @param maxPackBytes  largest .glossa file accepted
 * @param maxEntryBytes largest inflated entry
 * @param maxTotalBytes largest sum of inflated entries
 * @param maxEntries    most entries
 */
public record PackLimits(long maxPackBytes, long maxEntryBytes, long maxTotalBytes, int maxEntries) {
    public static final PackLimits DEFAULT = new PackLimits(100L << 20, 20L << 20, 200L << 20, 1000);

    public PackLimits {
        if (maxPackBytes <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
