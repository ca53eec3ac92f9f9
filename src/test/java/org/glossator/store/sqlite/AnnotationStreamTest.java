package org.glossator.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossator.store.sqlite.StoreFixtures.annotation;
import static org.glossator.store.sqlite.StoreFixtures.draft;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossator.domain.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forward-only read the export streams from. */
class AnnotationStreamTest {
    @TempDir
    Path dir;
    SqliteStore store;
    long article;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
        article = store.articles().add(draft("One", "alpha beta gamma delta epsilon zeta")).id();
        long other = store.articles().add(draft("Two", "another text entirely")).id();
        store.annotations().saveAll(List.of(
                annotation(article, "claim", 11, 16, "gamma").toBuilder().tags(List.of("z-last", "a-first")).build(),
                annotation(article, "quote", 0, 5, "alpha").toBuilder().creator("bob").build(),
                annotation(article, "source", 6, 10, "beta"),
                annotation(other, "claim", 0, 7, "another").toBuilder().tags(List.of("elsewhere")).build()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void streamsTheArticlesAnnotationsInOrderWithTheirTagsLikeForArticle() {
        List<Annotation> streamed = new ArrayList<>();
        store.annotations().forEachOfArticle(article, null, streamed::add);

        assertThat(streamed).isEqualTo(store.annotations().forArticle(article));
        assertThat(streamed).extracting(a -> a.target().exact()).containsExactly("alpha", "beta", "gamma");
        assertThat(streamed.get(2).tags()).containsExactly("z-last", "a-first");
    }

    @Test
    void readsOnlyTheGivenAnnotatorsAnnotations() {
        List<Annotation> streamed = new ArrayList<>();
        store.annotations().forEachOfArticle(article, "bob", streamed::add);

        assertThat(streamed).extracting(a -> a.target().exact()).containsExactly("alpha");
    }

    @Test
    void whatTheVisitorThrowsEndsTheReadAndComesBackUnwrapped() {
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> store.annotations().forEachOfArticle(article, null, a -> {
            seen.add(a.target().exact());
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(seen).containsExactly("alpha");
        // The store is still usable afterwards.
        assertThat(store.annotations().count()).isEqualTo(4);
    }
}
