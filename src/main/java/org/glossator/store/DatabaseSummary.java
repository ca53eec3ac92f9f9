package org.glossator.store;

/** What a database file holds, for listing backups: its schema version and its counts. */
public record DatabaseSummary(int schemaVersion, long articles, long annotations) {
}
