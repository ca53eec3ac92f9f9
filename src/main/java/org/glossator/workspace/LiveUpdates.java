package org.glossator.workspace;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.glossator.store.AnnotationChange;
import org.glossator.store.Store;

/**
 * Keeps open windows current while others write to the same database: it follows the store's
 * change feed and names the open articles whose annotations changed in ways the window does not
 * show yet (its own edits, already on screen, are left out).
 */
public final class LiveUpdates {
    private final Store store;

    public LiveUpdates(Store store) {
        this.store = store;
    }

    /** What a window shows: the stored version of an annotation it displays, 0 when it does not. */
    @FunctionalInterface
    public interface ShownVersions {
        long versionOf(long articleId, String annotationId);
    }

    /** Ends a {@link #follow}. */
    @FunctionalInterface
    public interface Following extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Reports, on a background thread, the ids of the open articles ({@code openArticles}, asked
     * at each check) with annotations newer than {@code shown}, or gone while still shown.
     */
    public Following follow(Supplier<Set<Long>> openArticles, ShownVersions shown, Consumer<Set<Long>> stale) {
        var subscription = store.changes().watch(openArticles, changes -> {
            Set<Long> articles = staleArticles(changes, shown);
            if (!articles.isEmpty()) {
                stale.accept(articles);
            }
        });
        return subscription::close;
    }

    static Set<Long> staleArticles(List<AnnotationChange> changes, ShownVersions shown) {
        Set<Long> articles = new HashSet<>();
        for (AnnotationChange change : changes) {
            long version = shown.versionOf(change.articleId(), change.annotationId());
            boolean stale = change.kind() == AnnotationChange.Kind.DELETED ? version > 0 : version < change.version();
            if (stale) {
                articles.add(change.articleId());
            }
        }
        return Set.copyOf(articles);
    }
}
