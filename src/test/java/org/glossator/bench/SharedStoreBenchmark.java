package org.glossator.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextTarget;
import org.glossator.store.AnnotationChange;
import org.glossator.store.ChangeFeed;
import org.glossator.store.EditConflictException;
import org.glossator.store.postgres.PostgresStore;
import org.glossator.store.postgres.PostgresTarget;
import org.glossator.store.postgres.SharedPostgres;

/**
 * Issue 17: a class on one shared store. N simulated annotators (default 100), each logged in
 * as their own role (row-level security on) with a store of their own (one pooled connection,
 * one listening connection, watching every article), act once a second for a minute: create
 * (60 %), edit their own with an optimistic update (30 %), delete their own (10 %). Measured:
 * the time of each repository call (commit included) and, at every other client, the delay
 * from the end of a writer's call to the notification's arrival.
 * {@code -Dglossator.bench.annotators=100 -Dglossator.bench.seconds=60}.
 */
public final class SharedStoreBenchmark {
    private static final int ARTICLES = 10;

    private SharedStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int annotators = Integer.getInteger("glossator.bench.annotators", 100);
        int seconds = Integer.getInteger("glossator.bench.seconds", 60);
        System.setProperty("glossator.pg.pool", "1");
        String url = SharedPostgres.migratedDatabase("load");
        List<Long> articles = new ArrayList<>();
        try (PostgresStore admin = PostgresStore.open(PostgresTarget.parse(url), null)) {
            admin.installGroupRights();
            for (int i = 0; i < ARTICLES; i++) {
                articles.add(admin.articles().add(new ArticleDraft("Reading " + i, null, null, null, null,
                        BenchText.article(4000, i), List.of())).id());
            }
        }
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<PostgresStore> stores = new ArrayList<>();
        List<ChangeFeed.Subscription> watches = new ArrayList<>();
        Set<Long> watched = Set.copyOf(articles);
        for (int i = 0; i < annotators; i++) {
            String user = "student" + i;
            SharedPostgres.exec("CREATE ROLE " + user + " LOGIN IN ROLE glossator_annotator");
            PostgresStore store = PostgresStore.open(PostgresTarget.parse(url.replace("user=postgres", "user=" + user)),
                    null);
            stores.add(store);
            watches.add(store.changes().watch(() -> watched, changes -> {
                long now = System.nanoTime();
                for (AnnotationChange c : changes) {
                    Long at = committedAt.get(c.annotationId() + "#" + c.version());
                    if (at != null) { // else an action of the warm-up second
                        delays.add(Math.max(0L, now - at));
                    }
                }
            }));
        }
        Thread.sleep(1000); // every listening connection is up

        ScheduledExecutorService clock = Executors.newScheduledThreadPool(32);
        long start = System.nanoTime();
        for (int i = 0; i < annotators; i++) {
            Annotator annotator = new Annotator("student" + i, stores.get(i), articles, new Random(i));
            clock.scheduleAtFixedRate(() -> {
                try {
                    latencies.add(annotator.act(committedAt));
                } catch (EditConflictException e) {
                    conflicts.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                }
            }, 1000L * i / annotators, 1000, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(seconds * 1000L);
        clock.shutdown();
        clock.awaitTermination(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Thread.sleep(1000); // the last notifications arrive
        watches.forEach(ChangeFeed.Subscription::close);
        stores.forEach(PostgresStore::close);

        Stats commit = new Stats(toArray(latencies));
        Stats notify = new Stats(toArray(delays));
        System.out.println("## Shared store under load (SharedStoreBenchmark)");
        System.out.println();
        System.out.printf("%d annotators, one action a second each, %.0f s; %d actions (%.1f/s), %d conflicts,"
                        + " %d failures; %d notifications received.%n%n", annotators, elapsed, latencies.size(),
                latencies.size() / elapsed, conflicts.get(), failures.get(), delays.size());
        System.out.println("| | median | p95 | p99 | max |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf("| commit (repository call) | %s | %s | %s | %s |%n", Stats.ms(commit.median()),
                Stats.ms(commit.percentile(95)), Stats.ms(commit.percentile(99)), Stats.ms(commit.percentile(100)));
        System.out.printf("| notification delay | %s | %s | %s | %s |%n", Stats.ms(notify.median()),
                Stats.ms(notify.percentile(95)), Stats.ms(notify.percentile(99)), Stats.ms(notify.percentile(100)));
        System.out.println();
    }

    private static long[] toArray(List<Long> values) {
        synchronized (values) {
            return values.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** One student: creates, edits and deletes their own annotations. */
    private static final class Annotator {
        private final String name;
        private final PostgresStore store;
        private final List<Long> articles;
        private final Random random;
        private final List<Annotation> mine = new ArrayList<>();

        Annotator(String name, PostgresStore store, List<Long> articles, Random random) {
            this.name = name;
            this.store = store;
            this.articles = articles;
            this.random = random;
        }

        /**
         * One action, timed; {@code committedAt} gets, under the key "id#version" its notification
         * will carry, the time the call returned (before the call: the time it started, so that a
         * notification heard before the call returns is measured from the start, an upper bound).
         * @return how long the call took, in nanoseconds
         */
        synchronized long act(Map<String, Long> committedAt) {
            int roll = random.nextInt(10);
            if (mine.isEmpty() || roll < 6) {
                int start = random.nextInt(2000);
                Instant now = Instant.now();
                Annotation a = Annotation.builder().id(UUID.randomUUID().toString())
                        .articleId(articles.get(random.nextInt(articles.size()))).typeKey("claim")
                        .target(new TextTarget(start, start + 12, "twelve chars", "", "")).note("first thought")
                        .tags(List.of("week-1")).creator(name).created(now).modified(now).build();
                return timed(committedAt, a.id() + "#1", () -> {
                    store.annotations().save(a);
                    mine.add(a.withVersion(1));
                });
            }
            int index = random.nextInt(mine.size());
            Annotation a = mine.get(index);
            if (roll < 9) {
                Annotation change = a.toBuilder().note("second thought " + random.nextInt()).modified(Instant.now())
                        .build();
                return timed(committedAt, a.id() + "#" + (a.version() + 1),
                        () -> mine.set(index, store.annotations().update(change)));
            }
            return timed(committedAt, a.id() + "#0", () -> {
                store.annotations().delete(a.id());
                mine.remove(index);
            });
        }

        private static long timed(Map<String, Long> committedAt, String key, Runnable call) {
            long t0 = System.nanoTime();
            committedAt.put(key, t0);
            call.run();
            long t1 = System.nanoTime();
            committedAt.put(key, t1);
            return t1 - t0;
        }
    }
}
