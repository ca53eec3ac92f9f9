package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.glossator.store.AnnotationChange;
import org.glossator.store.AnnotationChange.Kind;
import org.junit.jupiter.api.Test;

/** Which reported changes a window does not show yet. */
class LiveUpdatesTest {
    private final Map<String, Long> shown = Map.of("a", 3L, "b", 1L);
    private final LiveUpdates.ShownVersions versions = (article, id) -> article == 7 ? shown.getOrDefault(id, 0L) : 0;

    @Test
    void ownEditsAlreadyShownAreLeftOutOthersAreNot() {
        assertThat(LiveUpdates.staleArticles(List.of(new AnnotationChange(Kind.CHANGED, "a", 7, 3)), versions)).isEmpty();
        assertThat(LiveUpdates.staleArticles(List.of(new AnnotationChange(Kind.CHANGED, "a", 7, 4)), versions))
                .containsExactly(7L);
        assertThat(LiveUpdates.staleArticles(List.of(new AnnotationChange(Kind.CREATED, "c", 7, 1)), versions))
                .containsExactly(7L);
    }

    @Test
    void aDeletionMattersOnlyWhileTheAnnotationIsShown() {
        assertThat(LiveUpdates.staleArticles(List.of(new AnnotationChange(Kind.DELETED, "b", 7, 0)), versions))
                .containsExactly(7L);
        assertThat(LiveUpdates.staleArticles(List.of(new AnnotationChange(Kind.DELETED, "z", 7, 0)), versions))
                .isEmpty();
    }
}
