package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.glossator.anchoring.Reanchorer;
import org.glossator.anchoring.Targets;
import org.glossator.domain.Annotation;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.Progress;
import org.glossator.exchange.ExportFormat;
import org.glossator.exchange.ExportRequest;
import org.glossator.store.StoreException;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    private static final String TEXT = "The council said the bridge would reopen in May. Engineers disagreed. ";

    @TempDir
    Path dir;
    Path db;
    SqliteStore store;
    MutableClock clock;
    BackupService backups;

    @BeforeEach
    void open() {
        db = dir.resolve("work.db");
        store = SqliteStore.open(db);
        clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));
        backups = BackupService.forDatabase(store, db, 3, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void backsUpBesideTheDatabaseAndListsCountsNewestFirst() {
        long id = article("One", TEXT);
        annotate(id, 2);
        var first = backups.backupBefore("manual").orElseThrow();
        clock.advance(Duration.ofMinutes(5));
        annotate(id, 3);
        backups.backupBefore("article delete");
        assertThat(first.file().getParent()).isEqualTo(dir.resolve("work.backups"));
        assertThat(first.file().getFileName().toString()).isEqualTo("work-20261120T090000.000Z-manual.db");
        List<BackupService.Backup> list = backups.list();
        assertThat(list).extracting(BackupService.Backup::reason).containsExactly("article-delete", "manual");
        assertThat(list).extracting(BackupService.Backup::annotations).containsExactly(5L, 2L);
        assertThat(list).extracting(BackupService.Backup::articles).containsExactly(1L, 1L);
        assertThat(list.get(0).sizeBytes()).isPositive();
        assertThat(list.get(1).created()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(list.get(0).describe()).contains("5 annotations");
    }

    @Test
    void keepsOnlyTheNewestAndLeavesOtherFilesAlone() throws Exception {
        Files.createDirectories(backups.folder());
        Path mine = Files.writeString(backups.folder().resolve("my-notes.txt"), "not a backup");
        for (int i = 0; i < 5; i++) {
            backups.backupBefore("manual");
            clock.advance(Duration.ofHours(1));
        }
        assertThat(backups.list()).hasSize(3).extracting(BackupService.Backup::created).containsExactly(
                Instant.parse("2026-11-20T13:00:00Z"), Instant.parse("2026-11-20T12:00:00Z"),
                Instant.parse("2026-11-20T11:00:00Z"));
        assertThat(mine).exists();
    }

    @Test
    void backsUpAtStartUpOnlyWhenTheNewestIsADayOld() {
        assertThat(backups.backupIfStale()).isPresent();
        clock.advance(Duration.ofHours(23));
        assertThat(backups.backupIfStale()).isEmpty();
        clock.advance(Duration.ofHours(2));
        assertThat(backups.backupIfStale()).isPresent();
        assertThat(backups.list()).hasSize(2);
    }

    @Test
    void restoreBringsBackTheContentAndBacksUpTheCurrentFirst() {
        long id = article("Kept", TEXT);
        annotate(id, 4);
        Path backup = backups.backupBefore("manual").orElseThrow().file();
        clock.advance(Duration.ofMinutes(1));
        new ArticleDeletionService(store, BackupService.none(store)).delete(id);
        assertThat(store.articles().count()).isZero();

        var safety = backups.restore(backup).orElseThrow();

        assertThat(store.articles().count()).isEqualTo(1);
        assertThat(store.annotations().count()).isEqualTo(4);
        assertThat(store.integrityCheck()).isEqualTo("ok");
        assertThat(safety.reason()).isEqualTo("before-restore");
        assertThat(safety.articles()).isZero();
        // Writing after a restore works, and survives reopening.
        annotate(id, 1);
        store.close();
        store = SqliteStore.open(db);
        assertThat(store.annotations().count()).isEqualTo(5);
    }

    @Test
    void restoreRefusesAFileThatIsNotAGlossatorBackup() throws Exception {
        long id = article("Kept", TEXT);
        annotate(id, 1);
        Path foreign = dir.resolve("foreign.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + foreign); var st = c.createStatement()) {
            st.execute("CREATE TABLE notes (body TEXT)");
        }
        assertThatThrownBy(() -> backups.restore(foreign)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Glossator database");
        assertThat(store.annotations().count()).isEqualTo(1);
        assertThat(backups.list()).isEmpty();
    }

    @Test
    void deletingAnArticleBacksUpFirst() {
        long id = article("Doomed", TEXT);
        annotate(id, 2);
        assertThat(new ArticleDeletionService(store, backups).delete(id)).isTrue();
        assertThat(backups.list()).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo("article-delete");
            assertThat(b.annotations()).isEqualTo(2);
        });
    }

    @Test
    void aTextEditThatOrphansAnnotationsBacksUpFirstAndOneThatDoesNotDoesNot() {
        long id = article("Edited", TEXT);
        Article article = store.articles().find(id).orElseThrow();
        AnnotationService service = new AnnotationService(store, new UndoHistory(), Clock.systemUTC());
        int at = TEXT.indexOf("Engineers disagreed");
        service.create(article, at, at + "Engineers disagreed".length(), store.scheme().types().get(0), "Ada");
        var edits = new ArticleTextEditService(store, new UndoHistory(), new Reanchorer(), Clock.systemUTC(), backups);
        edits.edit(id, TEXT + "Added a sentence.");
        assertThat(backups.list()).isEmpty();
        edits.edit(id, "The council said the bridge would reopen in May.");
        assertThat(backups.list()).extracting(BackupService.Backup::reason).containsExactly("text-edit");
    }

    @Test
    void importingMoreThanAThousandAnnotationsBacksUpFirst() throws Exception {
        Path big = exportWithAnnotations(1_001, "big");
        Path small = exportWithAnnotations(20, "small");
        var exchange = new AnnotationExchangeService(store, backups);
        exchange.importFiles(List.of(small), null, Progress.NONE);
        assertThat(backups.list()).isEmpty();
        exchange.importFiles(List.of(big), null, Progress.NONE);
        assertThat(backups.list()).extracting(BackupService.Backup::reason).containsExactly("import");
        assertThat(store.annotations().count()).isEqualTo(1_021);
    }

    private Path exportWithAnnotations(int count, String name) {
        try (SqliteStore other = SqliteStore.open(dir.resolve(name + "-source.db"))) {
            String text = (name + " words and more words. ").repeat(count + 5);
            long id = other.articles().add(new ArticleDraft(name, null, null, null, null, text, List.of())).id();
            List<Annotation> list = new ArrayList<>();
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < count; i++) {
                list.add(Annotation.builder().id(UUID.randomUUID().toString()).articleId(id).typeKey("claim")
                        .target(Targets.fromCharRange(text, i, i + 5)).note("n" + i).tags(List.of())
                        .creator("Ada").created(t).modified(t).build());
            }
            other.annotations().saveAll(list);
            Path file = dir.resolve(name + ".jsonld");
            new AnnotationExchangeService(other).export(file, ExportFormat.W3C_JSON,
                    ExportRequest.all().withArticles(true), Progress.NONE);
            return file;
        }
    }

    private long article(String title, String text) {
        return store.articles().add(new ArticleDraft(title, null, null, null, null, text, List.of())).id();
    }

    private void annotate(long articleId, int n) {
        Article article = store.articles().find(articleId).orElseThrow();
        AnnotationService service = new AnnotationService(store, new UndoHistory(), Clock.systemUTC());
        for (int i = 0; i < n; i++) {
            service.create(article, i, i + 10, store.scheme().types().get(0), "Ada");
        }
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
