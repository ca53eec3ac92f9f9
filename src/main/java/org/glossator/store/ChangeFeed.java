package org.glossator.store;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tells open windows about annotations written by others (another program on the same file, or
 * another person on a shared store), so that they can show them without being reopened.
 */
public interface ChangeFeed {

    /** A feed that never reports anything (a store nobody else writes to). */
    ChangeFeed NONE = (articles, listener) -> () -> { };

    /**
     * Reports changes to the annotations of the articles {@code articleIds} names at the time of
     * each check. The listener runs on a thread of the store, with the changes found together;
     * it must hand work on rather than block. Changes made through this store may be reported
     * too: a listener compares versions with what it shows.
     */
    Subscription watch(Supplier<Set<Long>> articleIds, Consumer<List<AnnotationChange>> listener);

    /** Ends a {@link #watch}; no call to the listener starts after {@code close} returns. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
