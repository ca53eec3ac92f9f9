package org.glossator.store.sqlite;

import org.glossator.store.jdbc.Jdbc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import org.glossator.domain.AnnotationType;
import org.glossator.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void emptyFileMigratesToLatestWithBuiltInScheme() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("new.db"))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.scheme().types()).extracting(AnnotationType::key)
                    .containsExactly("claim", "quote", "source");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void everyEarlierVersionMigratesKeepingItsArticles(int version) {
        Path file = dir.resolve("v" + version + ".db");
        long id;
        try (SqliteStore old = SqliteStore.open(file, version)) {
            assertThat(old.schemaVersion()).isEqualTo(version);
            // Raw SQL: today's repository writes columns an older schema does not have.
            id = old.call(c -> {
                Jdbc.update(c, "INSERT INTO article(title, text, sha256, word_count, imported_at)"
                        + " VALUES ('Kept', 'Text written by an older Glossator.', 'x', 6, '2025-01-01T00:00:00Z')");
                return Jdbc.one(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
            });
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.articles().find(id)).get().extracting(a -> a.title()).isEqualTo("Kept");
            store.annotations().save(StoreFixtures.annotation(id, "claim", 0, 4, "Text"));
            assertThat(store.annotations().forArticle(id)).singleElement()
                    .extracting(org.glossator.domain.Annotation::version).isEqualTo(1L);
        }
    }

    @Test
    void earlierVersionsListCoversEveryStep() {
        // When a step is added, the parameterised test above must list the new earlier version.
        assertThat(Migrations.LATEST).isEqualTo(7);
    }

    @Test
    void version3RecordsTheCreatorAsLastModifierOfExistingAnnotations() throws Exception {
        Path file = dir.resolve("v2.db");
        long id;
        SqliteStore.open(file, 2).close();
        id = StoreFixtures.oldArticle(file, "Old", "Text written by an older Glossator.");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO annotation(id, article_id, type_key, start_cp, end_cp, exact, prefix, suffix, note,"
                    + " creator, created, modified) VALUES ('a1', " + id + ", 'claim', 0, 4, 'Text', '', '', '',"
                    + " 'Ada', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z')");
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            var a = store.annotations().find("a1").orElseThrow();
            assertThat(a.modifiedBy()).isEqualTo("Ada");
            assertThat(a.importedSelectors()).isNull();
            store.annotations().save(a.editedBy("Grace", a.modified().plusSeconds(60))
                    .toBuilder().anchorState(org.glossator.domain.AnchorState.ORPHANED).importedSelectors("[{\"type\":\"RangeSelector\"}]").build());
            var b = store.annotations().find("a1").orElseThrow();
            assertThat(b.modifiedBy()).isEqualTo("Grace");
            assertThat(b.creator()).isEqualTo("Ada");
            assertThat(b.importedSelectors()).isEqualTo("[{\"type\":\"RangeSelector\"}]");
        }
    }

    @Test
    void refusesAnUnstampedEmptyDatabaseWithAForeignVersion() throws Exception {
        Path file = dir.resolve("future.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> SqliteStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Glossator database");
    }
}
