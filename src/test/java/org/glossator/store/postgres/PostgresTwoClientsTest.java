package org.glossator.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextTarget;
import org.glossator.store.AnnotationChange;
import org.glossator.store.AnnotationChange.Kind;
import org.glossator.store.ChangeFeed;
import org.glossator.store.EditConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two Glossators on one shared store: one writes, the other hears of it within a second and cannot overwrite it blindly. */
class PostgresTwoClientsTest {
    private PostgresStore mine;
    private PostgresStore theirs;
    private long article;
    private long otherArticle;
    private final List<AnnotationChange> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        PostgresTarget target = PostgresTarget.parse(SharedPostgres.migratedDatabase("two_clients"));
        mine = PostgresStore.open(target, null);
        theirs = PostgresStore.open(target, null);
        article = mine.articles().add(new ArticleDraft("One", null, null, null, null, "alpha beta gamma", List.of())).id();
        otherArticle = mine.articles().add(new ArticleDraft("Two", null, null, null, null, "delta", List.of())).id();
    }

    @AfterEach
    void close() {
        theirs.close();
        mine.close();
    }

    private static Annotation annotation(long articleId) {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        return Annotation.builder().id(UUID.randomUUID().toString()).articleId(articleId).typeKey("claim")
                .target(new TextTarget(0, 5, "alpha", "", "")).creator("ada").created(now).modified(now).build();
    }

    @Test
    void theOtherClientHearsOfCreationsEditsAndDeletionsWithinASecond() throws Exception {
        try (ChangeFeed.Subscription ignored = theirs.changes().watch(() -> Set.of(article), heard::addAll)) {
            Thread.sleep(300); // the listening connection is up
            Annotation a = annotation(article);
            mine.annotations().save(a);
            mine.annotations().save(annotation(otherArticle)); // not watched
            awaitHeard(new AnnotationChange(Kind.CREATED, a.id(), article, 1));

            Annotation edited = mine.annotations().update(theirs.annotations().find(a.id()).orElseThrow()
                    .toBuilder().note("checked").build());
            awaitHeard(new AnnotationChange(Kind.CHANGED, a.id(), article, edited.version()));

            mine.annotations().delete(a.id());
            awaitHeard(new AnnotationChange(Kind.DELETED, a.id(), article, 0));
            assertThat(heard).allMatch(c -> c.articleId() == article);
        }
        int before = heard.size();
        mine.annotations().save(annotation(article));
        Thread.sleep(500);
        assertThat(heard).hasSize(before); // closed: nothing more
    }

    private void awaitHeard(AnnotationChange expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (!heard.contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(heard).contains(expected);
    }

    @Test
    void anEditOnAVersionSomeoneElseChangedIsRefusedAndShowsTheirs() {
        Annotation a = annotation(article);
        mine.annotations().save(a);
        Annotation seenByMe = mine.annotations().find(a.id()).orElseThrow();
        Annotation seenByThem = theirs.annotations().find(a.id()).orElseThrow();

        Annotation theirEdit = theirs.annotations().update(seenByThem.toBuilder().note("theirs").build());
        assertThatThrownBy(() -> mine.annotations().update(seenByMe.toBuilder().note("mine").build()))
                .isInstanceOfSatisfying(EditConflictException.class,
                        e -> assertThat(e.current()).contains(theirEdit));
        assertThat(mine.annotations().find(a.id()).orElseThrow().note()).isEqualTo("theirs");
    }

    @Test
    void ofTwoSimultaneousEditsOfOneVersionExactlyOneIsStored() throws Exception {
        Annotation a = annotation(article);
        mine.annotations().save(a);
        Annotation base = mine.annotations().find(a.id()).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (PostgresStore client : List.of(mine, theirs)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        client.annotations().update(base.toBuilder().note(client == mine ? "mine" : "theirs").build());
                        return "stored";
                    } catch (EditConflictException e) {
                        return "refused";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("stored", "refused");
            assertThat(mine.annotations().find(a.id()).orElseThrow().version()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
