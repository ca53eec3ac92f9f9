package org.glossator.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.glossator.workspace.BackupService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every migration is preceded by a backup of the database as it was. */
class MigrationBackupTest {
    @TempDir
    Path dir;

    @Test
    void anOlderDatabaseIsBackedUpBeforeItIsMigrated() throws Exception {
        Path file = dir.resolve("old.db");
        SqliteStore.open(file, 1).close();
        StoreFixtures.oldArticle(file, "Old", "Written by version one.");
        try (SqliteStore store = SqliteStore.open(file, BackupService.beforeMigration(file, 10, Clock.systemUTC()))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            var list = BackupService.forDatabase(store, file, 10, Clock.systemUTC()).list();
            assertThat(list).singleElement().satisfies(b -> {
                assertThat(b.reason()).isEqualTo("migration-v1-to-v" + Migrations.LATEST);
                assertThat(b.articles()).isEqualTo(1);
                assertThat(store.describe(b.file()).schemaVersion()).isEqualTo(1);
            });
        }
    }

    @Test
    void newAndCurrentDatabasesAreNotBackedUpOnOpen() {
        Path file = dir.resolve("new.db");
        AtomicInteger calls = new AtomicInteger();
        SqliteStore.open(file, (s, from, to) -> calls.incrementAndGet()).close();
        SqliteStore.open(file, (s, from, to) -> calls.incrementAndGet()).close();
        assertThat(calls).hasValue(0);
    }
}
