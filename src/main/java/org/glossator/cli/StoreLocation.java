package org.glossator.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.glossator.store.BeforeMigration;
import org.glossator.store.Store;
import org.glossator.store.postgres.PostgresStore;
import org.glossator.store.postgres.PostgresTarget;
import org.glossator.store.sqlite.SqliteStore;
import org.glossator.workspace.BackupService;

/**
 * What {@code --db} names: a database file (the embedded SQLite store, the default) or a
 * PostgreSQL server ({@code postgresql://host:port/db?user=name} or {@code jdbc:postgresql://…}),
 * the shared store. The one place, with the app's composition root, that picks a store engine.
 * A shared store's password comes from {@code PGPASSWORD} or {@code ~/.pgpass}, never from here.
 */
public sealed interface StoreLocation {

    static StoreLocation parse(String text) {
        if (PostgresTarget.isUrl(text)) {
            try {
                return new Shared(PostgresTarget.parse(text));
            } catch (IllegalArgumentException e) {
                throw new org.glossator.store.StoreException(e.getMessage(), e);
            }
        }
        return new File(Path.of(text));
    }

    /** Opens the store; a file is backed up before a migration, keeping {@code keepBackups}. */
    Store open(int keepBackups, Clock clock);

    /** The file's path or the URL without secrets. */
    String display();

    /** The embedded store in one SQLite file. */
    record File(Path path) implements StoreLocation {
        @Override
        public Store open(int keepBackups, Clock clock) {
            BeforeMigration backup = BackupService.beforeMigration(path, keepBackups, clock);
            return SqliteStore.open(path, backup);
        }

        @Override
        public String display() {
            return path.toString();
        }
    }

    /** The shared store on a PostgreSQL server. */
    record Shared(PostgresTarget target) implements StoreLocation {
        @Override
        public Store open(int keepBackups, Clock clock) {
            return PostgresStore.open(target);
        }

        @Override
        public String display() {
            return target.display();
        }
    }
}
