package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.DefaultScheme;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, defect 10: a drag that starts or ends in white space stores no white space. */
class SelectionTrimmingTest {
    @TempDir
    Path dir;
    SqliteStore store;
    AnnotationService service;
    Article article;
    final AnnotationType claim = DefaultScheme.types().get(0);
    // "said" begins at char 10; a no-break space and a line break stand around "quarter."
    final String text = "The clerk said\u00a0 quarter. \n\tThe rest waited.";

    @BeforeEach
    void setUp() {
        store = SqliteStore.open(dir.resolve("t.db"));
        service = new AnnotationService(store, new UndoHistory(),
                Clock.fixed(Instant.parse("2025-05-05T12:00:00Z"), ZoneOffset.UTC));
        long id = store.articles().add(new ArticleDraft("T", null, null, null, null, text, null)).id();
        article = store.articles().find(id).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void createTrimsWhiteSpaceAtBothEndsOfTheSelection() {
        int start = text.indexOf("said") + 4; // the no-break space before " quarter."
        int end = text.indexOf("The rest");   // after the line break and tab
        Annotation a = service.create(article, start, end, claim, "Ada");
        assertThat(a.target().exact()).isEqualTo("quarter.");
        assertThat(a.target().start()).isEqualTo(text.indexOf("quarter."));
        assertThat(a.target().end()).isEqualTo(text.indexOf("quarter.") + "quarter.".length());
        assertThat(a.target().prefix()).endsWith("said\u00a0 ");
        assertThat(store.annotations().find(a.id()).orElseThrow().target()).isEqualTo(a.target());
    }

    @Test
    void aSelectionOfWhiteSpaceOnlyIsRefused() {
        int start = text.indexOf(". \n") + 1;
        assertThatThrownBy(() -> service.create(article, start, start + 3, claim, "Ada"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Select some text");
        assertThat(store.annotations().count()).isZero();
    }

    @Test
    void reattachTrimsTheNewRangeToo() {
        Annotation a = service.create(article, 0, 3, claim, "Ada");
        int start = text.indexOf("The rest");
        Annotation moved = service.reattach(a, article, start - 2, start + "The rest".length() + 1, "Ada");
        assertThat(moved.target().exact()).isEqualTo("The rest");
        assertThat(moved.isOrphan()).isFalse();
    }
}
