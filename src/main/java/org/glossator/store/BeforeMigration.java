package org.glossator.store;

/**
 * Called when an opened database is about to be migrated to a newer schema, before the
 * first migration statement runs; the store can already be read (and backed up).
 */
@FunctionalInterface
public interface BeforeMigration {
    BeforeMigration NOTHING = (store, from, to) -> { };

    void aboutToMigrate(Store store, int fromVersion, int toVersion);
}
