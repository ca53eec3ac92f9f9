package org.glossator.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossator.anchoring.Targets;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.DefaultScheme;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.TextHash;
import org.junit.jupiter.api.Test;

/** The reading session's rules, tested without a window. */
class ReadingSessionTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TEXT_A = "The model is open source. Nobody can download the weights. The licence says so.";
    private static final String TEXT_B = "Download page: weights are not published. Licence text lists every restriction.";

    private final ReadingSession session = new ReadingSession(DefaultScheme.types());
    private final List<String> events = new ArrayList<>();

    ReadingSessionTest() {
        session.addListener(new ReadingSessionListener() {
            @Override
            public void activeChanged(Side active) {
                events.add("active " + active);
            }

            @Override
            public void selectionChanged(Side side, Optional<Annotation> selected, boolean reveal) {
                events.add("select " + side + " " + selected.map(Annotation::id).orElse("-") + (reveal ? " reveal" : ""));
            }

            @Override
            public void paneRefreshed(Side side, PaneState fresh, List<int[]> changedRanges) {
                events.add("refresh " + side + " " + changedRanges.size());
            }
        });
    }

    private static Article article(long id, String text) {
        return new Article(id, "Article " + id, null, null, null, null, text, TextHash.sha256(text), T, List.of());
    }

    private static Annotation annotation(String id, Article article, String exact, String type, String creator) {
        int start = article.text().indexOf(exact);
        return Annotation.builder().id(id).articleId(article.id()).typeKey(type)
                .target(Targets.fromCharRange(article.text(), start, start + exact.length()))
                .creator(creator).created(T).modified(T).build();
    }

    private final Article a = article(1, TEXT_A);
    private final Article b = article(2, TEXT_B);
    private final Annotation claim = annotation("claim", a, "open source", AnnotationType.CLAIM, "Tess");
    private final Annotation quote = annotation("quote", a, "Nobody can download", AnnotationType.QUOTE, "Tess");
    private final Annotation other = annotation("other", a, "The licence", AnnotationType.CLAIM, "Omar");
    private final Annotation source = annotation("source", b, "weights are not published", AnnotationType.SOURCE, "Tess");
    private final AnnotationLink link = new AnnotationLink("l1", "claim", "source", LinkRelation.CONTRADICTED_BY, "Tess", T);

    private void openBoth() {
        session.show(Side.LEFT, new PaneState(a, List.of(claim, quote, other), List.of(link)));
        session.show(Side.RIGHT, new PaneState(b, List.of(source), List.of(link)));
        events.clear();
    }

    @Test
    void selectingAnAnnotationActivatesItsPaneAndJumpsTheOtherPaneToTheLinkedPassage() {
        openBoth();
        session.activate(Side.RIGHT);
        events.clear();
        assertThat(session.select(Side.LEFT, "claim", false)).isTrue();
        assertThat(session.active()).isEqualTo(Side.LEFT);
        assertThat(session.selected(Side.RIGHT)).contains(source);
        assertThat(events).containsExactly("active LEFT", "select LEFT claim", "select RIGHT source reveal");
    }

    @Test
    void nAndPStepThroughTheFilteredListInReadingOrderAndWrapAround() {
        openBoth();
        assertThat(session.step(+1)).contains(claim);
        assertThat(session.step(+1)).contains(quote);
        assertThat(session.step(+1)).contains(other);
        assertThat(session.step(+1)).contains(claim);
        assertThat(session.step(-1)).contains(other);
        session.setFilter(new AnnotationFilter(AnnotationType.CLAIM, null, null, null, null));
        assertThat(session.visible()).containsExactly(claim, other);
        session.setFilter(new AnnotationFilter(null, null, null, "Omar", null));
        assertThat(session.visible()).containsExactly(other);
        session.setFilter(new AnnotationFilter(null, null, null, null, "  DOWNLOAD "));
        assertThat(session.visible()).containsExactly(quote);
    }

    @Test
    void aRefreshKeepsTheSelectionAndReportsOnlyTheChangedRange() {
        openBoth();
        session.select(Side.LEFT, "quote", false);
        events.clear();
        Annotation noted = claim.toBuilder().note("says who?").build();
        session.refresh(Side.LEFT, session.pane(Side.LEFT).orElseThrow().with(List.of(noted, quote, other), List.of(link)));
        assertThat(session.selected(Side.LEFT)).contains(quote);
        assertThat(events).containsExactly("refresh LEFT 2", "select LEFT quote");
        session.refresh(Side.LEFT, session.pane(Side.LEFT).orElseThrow().with(List.of(noted, other), List.of(link)));
        assertThat(session.selected(Side.LEFT)).isEmpty();
    }

    @Test
    void aLinkFromASourceIsTurnedSoThatTheSourceIsItsTarget() {
        openBoth();
        session.select(Side.RIGHT, "source", false);
        assertThat(session.startLink()).contains(source);
        assertThat(session.linkStart()).contains(source);
        session.select(Side.LEFT, "quote", false);
        LinkProposal p = session.proposeLink().orElseThrow();
        assertThat(p.from()).isEqualTo(quote);
        assertThat(p.to()).isEqualTo(source);
        session.cancelLink();
        assertThat(session.linkStart()).isEmpty();
    }

    @Test
    void noLinkIsProposedWithoutTwoDifferentAnnotations() {
        openBoth();
        assertThat(session.proposeLink()).isEmpty();
        session.select(Side.LEFT, "quote", false);
        session.startLink();
        assertThat(session.proposeLink()).isEmpty();
    }

    @Test
    void anotherAnnotatorsAnnotationIsReadOnlyUntilTheUserChoosesToEditItAnyway() {
        openBoth();
        session.setAnnotator("Tess");
        assertThat(session.canEdit(claim)).isTrue();
        assertThat(session.canEdit(other)).isFalse();
        session.select(Side.LEFT, "other", false);
        events.clear();
        session.allowEditing("other");
        assertThat(session.canEdit(other)).isTrue();
        assertThat(events).containsExactly("select LEFT other");
    }

    @Test
    void closingAPaneForgetsItsArticleAndSelection() {
        openBoth();
        session.select(Side.RIGHT, "source", false);
        session.close(Side.RIGHT);
        assertThat(session.pane(Side.RIGHT)).isEmpty();
        assertThat(session.selected(Side.RIGHT)).isEmpty();
        assertThat(session.openArticleIds()).containsExactly(1L);
        assertThat(session.sideShowing(1, Side.RIGHT)).contains(Side.LEFT);
    }
}
