package org.glossator.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossator.store.sqlite.StoreFixtures.annotation;
import static org.glossator.store.sqlite.StoreFixtures.draft;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.glossator.domain.Annotation;
import org.glossator.store.AnnotationChange;
import org.glossator.store.ChangeFeed;
import org.glossator.store.EditConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: versions, optimistic edits and the feed of others' changes, on two stores over one file. */
class AnnotationVersionsTest {
    @TempDir
    Path dir;
    SqliteStore mine;
    SqliteStore theirs;
    long article;

    @BeforeEach
    void open() {
        mine = SqliteStore.open(dir.resolve("shared.db"));
        article = mine.articles().add(draft("One", "alpha beta gamma delta epsilon zeta")).id();
        theirs = SqliteStore.open(dir.resolve("shared.db"));
    }

    @AfterEach
    void close() {
        theirs.close();
        mine.close();
    }

    @Test
    void everyWriteMovesTheVersionOn() {
        Annotation a = annotation(article, "claim", 0, 5, "alpha");
        mine.annotations().save(a);
        Annotation stored = mine.annotations().find(a.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);

        Annotation edited = mine.annotations().update(stored.toBuilder().note("checked").build());
        assertThat(edited.version()).isEqualTo(2);
        assertThat(mine.annotations().find(a.id()).orElseThrow()).isEqualTo(edited);

        mine.annotations().save(edited.toBuilder().note("imported over it").build());
        assertThat(mine.annotations().find(a.id()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void anEditOnAStaleVersionIsRefusedAndWritesNothing() {
        Annotation a = annotation(article, "claim", 0, 5, "alpha");
        mine.annotations().save(a);
        Annotation myCopy = mine.annotations().find(a.id()).orElseThrow();
        Annotation theirCopy = theirs.annotations().find(a.id()).orElseThrow();

        Annotation theirEdit = theirs.annotations().update(theirCopy.toBuilder().note("their note")
                .tags(List.of("theirs")).modifiedBy("Ben").build());

        assertThatThrownBy(() -> mine.annotations().update(myCopy.toBuilder().note("my note").build()))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.current()).contains(theirEdit);
                    assertThat(e.attempted().note()).isEqualTo("my note");
                    assertThat(e.getMessage()).contains("Ben");
                });
        Annotation stored = mine.annotations().find(a.id()).orElseThrow();
        assertThat(stored.note()).isEqualTo("their note");
        assertThat(stored.tags()).containsExactly("theirs");
    }

    @Test
    void anEditOfAnAnnotationSomeoneDeletedIsRefused() {
        Annotation a = annotation(article, "claim", 0, 5, "alpha");
        mine.annotations().save(a);
        Annotation myCopy = mine.annotations().find(a.id()).orElseThrow();
        theirs.annotations().delete(a.id());

        assertThatThrownBy(() -> mine.annotations().update(myCopy.toBuilder().note("my note").build()))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.current()).isEmpty());
        assertThat(mine.annotations().find(a.id())).isEmpty();
    }

    @Test
    void theFeedReportsAnotherStoresCreationsEditsAndDeletionsOfWatchedArticlesOnly() throws Exception {
        long otherArticle = mine.articles().add(draft("Two", "another text entirely")).id();
        Annotation kept = annotation(article, "claim", 0, 5, "alpha");
        theirs.annotations().save(kept);
        List<AnnotationChange> seen = new CopyOnWriteArrayList<>();
        ChangeFeed.Subscription subscription = mine.changes().watch(() -> Set.of(article), seen::addAll);
        try {
            waitFor(() -> true); // one check sees the starting state without reporting it
            Thread.sleep(3 * SqliteChangeFeed.PERIOD_MS);
            assertThat(seen).isEmpty();

            Annotation created = annotation(article, "quote", 6, 10, "beta");
            theirs.annotations().save(created);
            theirs.annotations().save(annotation(otherArticle, "claim", 0, 7, "another"));
            theirs.annotations().update(theirs.annotations().find(kept.id()).orElseThrow().toBuilder().note("n").build());
            theirs.annotations().delete(created.id());

            waitFor(() -> seen.stream().anyMatch(c -> c.kind() == AnnotationChange.Kind.CHANGED));
            // The creation and deletion may fall between two checks, then neither is reported:
            // what the window shows was never out of date.
            assertThat(seen).allMatch(c -> c.articleId() == article);
            assertThat(seen).contains(new AnnotationChange(AnnotationChange.Kind.CHANGED, kept.id(), article, 2));
        } finally {
            subscription.close();
        }
        int after = seen.size();
        theirs.annotations().save(annotation(article, "source", 11, 16, "gamma"));
        Thread.sleep(4 * SqliteChangeFeed.PERIOD_MS);
        assertThat(seen).hasSize(after);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }
}
