package org.glossator.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import org.glossator.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real files that are not Glossator's, or are damaged, are refused with a message naming
 * the file, and stay byte-for-byte as they were; a newer Glossator database opens read-only.
 */
class DatabaseIdentityTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void refusesAnotherProgramsDatabaseWithANotesTable(int userVersion) throws Exception {
        Path file = dir.resolve("notes-v" + userVersion + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            st.execute("INSERT INTO notes(body) VALUES ('buy milk'), ('call the plumber')");
            st.execute("PRAGMA user_version = " + userVersion);
        }
        assertRefusedUnchanged(file, "another program", "notes");
    }

    @Test
    void refusesADatabaseWithAnotherApplicationIdEvenWithOurTables() throws Exception {
        Path file = dir.resolve("other-app.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.articles().add(StoreFixtures.draft("Mine?", "Some text."));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = 305419896"); // 0x12345678
            st.execute("PRAGMA journal_mode = DELETE");
        }
        assertRefusedUnchanged(file, "another program", "0x12345678");
    }

    @Test
    void refusesATruncatedGlossatorDatabase() throws Exception {
        Path whole = dir.resolve("whole.db");
        try (SqliteStore store = SqliteStore.open(whole)) {
            long id = store.articles().add(StoreFixtures.draft("Long", "word ".repeat(20_000))).id();
            for (int i = 0; i < 200; i++) {
                store.annotations().save(StoreFixtures.annotation(id, "claim", i, i + 4, "word"));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.db");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefusedUnchanged(cut, "truncated");
        Path tiny = dir.resolve("tiny.db");
        Files.write(tiny, Arrays.copyOf(bytes, 60));
        assertRefusedUnchanged(tiny, "truncated");
    }

    @Test
    void refusesGarbage() throws Exception {
        Path file = dir.resolve("garbage.db");
        byte[] junk = new byte[8192];
        new java.util.Random(15).nextBytes(junk);
        Files.write(file, junk);
        assertRefusedUnchanged(file, "not an SQLite database");
    }

    @Test
    void refusesADatabaseWhoseTablePagesAreDamaged() throws Exception {
        Path file = dir.resolve("damaged.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            long id = store.articles().add(StoreFixtures.draft("Long", "word ".repeat(20_000))).id();
            store.annotations().save(StoreFixtures.annotation(id, "claim", 0, 4, "word"));
        }
        byte[] bytes = Files.readAllBytes(file);
        // Page 2 onwards (page size 4096): overwrite a b-tree page header with nonsense.
        for (int i = 4096; i < 4096 + 64; i++) {
            bytes[i] = (byte) 0xEE;
        }
        Files.write(file, bytes);
        assertRefusedUnchanged(file, "");
    }

    @Test
    void aNewerGlossatorDatabaseOpensReadOnlyAndIsNeverWritten() throws Exception {
        Path file = dir.resolve("newer.db");
        long id;
        try (SqliteStore store = SqliteStore.open(file)) {
            id = store.articles().add(StoreFixtures.draft("From the future", "Text of tomorrow.")).id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
            st.execute("PRAGMA journal_mode = DELETE"); // a newer program might use either journal mode
        }
        String before = sha256(file);
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.readOnlyReason()).contains("newer Glossator").contains("read-only");
            assertThat(store.articles().find(id)).get().extracting(a -> a.title()).isEqualTo("From the future");
            assertThatThrownBy(() -> store.articles().add(StoreFixtures.draft("New", "Must not be written.")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> store.annotations().save(StoreFixtures.annotation(id, "claim", 0, 4, "Text")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> store.restoreFrom(file)).isInstanceOf(StoreException.class);
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST + 1);
        }
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseMadeBeforeTheApplicationIdIsRecognisedAndStamped() throws Exception {
        Path file = dir.resolve("old.db");
        long id;
        try (SqliteStore store = SqliteStore.open(file)) {
            id = store.articles().add(StoreFixtures.draft("Old", "Written before the stamp.")).id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = 0");
        }
        assertThat(applicationId(file)).isZero();
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.isReadOnly()).isFalse();
            assertThat(store.articles().find(id)).isPresent();
        }
        assertThat(applicationId(file)).isEqualTo(DatabaseIdentity.APPLICATION_ID);
    }

    @Test
    void newAndEmptyFilesBecomeStampedGlossatorDatabases() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Path emptySqlite = dir.resolve("empty-sqlite.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + emptySqlite); Statement st = c.createStatement()) {
            st.execute("VACUUM");
        }
        for (Path file : new Path[] {fresh, empty, emptySqlite}) {
            SqliteStore.open(file).close();
            assertThat(applicationId(file)).as(file.toString()).isEqualTo(DatabaseIdentity.APPLICATION_ID);
        }
    }

    private void assertRefusedUnchanged(Path file, String... reasons) throws Exception {
        String before = sha256(file);
        assertThatThrownBy(() -> SqliteStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("not a Glossator database")
                .hasMessageContaining(reasons[0])
                .satisfies(e -> {
                    for (String reason : reasons) {
                        assertThat(e.getMessage()).contains(reason);
                    }
                });
        assertThat(sha256(file)).as("the refused file is unchanged").isEqualTo(before);
        assertThat(Files.exists(file.resolveSibling(file.getFileName() + "-wal"))).isFalse();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static int applicationId(Path file) throws Exception {
        byte[] header = Arrays.copyOf(Files.readAllBytes(file), 100);
        return ((header[68] & 0xFF) << 24) | ((header[69] & 0xFF) << 16) | ((header[70] & 0xFF) << 8)
                | (header[71] & 0xFF);
    }
}
