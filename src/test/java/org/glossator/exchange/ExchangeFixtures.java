package org.glossator.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.glossator.anchoring.Targets;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.ArticleSummary;
import org.glossator.store.Store;

/** Builders for exchange tests, and a fingerprint of everything a store holds. */
final class ExchangeFixtures {
    private ExchangeFixtures() {
    }

    static final String TEXT = "The minister said that unemployment fell by 40% last year. "
            + "Critics replied that \"the figures were massaged\" and cited the statistics office. "
            + "Café owners in Zürich 🇨🇭 were not asked.";

    static long article(Store store, String title, String url, String text) {
        return store.articles().add(new ArticleDraft(title, "A. Author", "2024-05-01", url, null, text, List.of()))
                .id();
    }

    /** An annotation on the first occurrence of {@code quote} in the article's text. */
    static Annotation on(Store store, long articleId, String quote, String typeKey) {
        String text = store.articles().find(articleId).orElseThrow().text();
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalArgumentException("no '" + quote + "' in the text");
        }
        Instant t = Instant.parse("2024-05-02T10:15:30.123456789Z");
        return Annotation.builder().id(UUID.randomUUID().toString()).articleId(articleId).typeKey(typeKey)
                .target(Targets.fromCharRange(text, at, at + quote.length()))
                .note("").tags(List.of()).creator("alice").created(t).modified(t).build();
    }

    static AnnotationLink link(Annotation from, Annotation to, org.glossator.domain.LinkRelation relation) {
        return new AnnotationLink(UUID.randomUUID().toString(), from.id(), to.id(), relation, "alice",
                Instant.parse("2024-05-03T08:00:00Z"));
    }

    /** Everything the store holds, as text: equal fingerprints mean nothing changed. */
    static String fingerprint(Store store) {
        StringBuilder s = new StringBuilder();
        List<ArticleSummary> summaries = new ArrayList<>(store.articles().summaries());
        summaries.sort(Comparator.comparingLong(ArticleSummary::id));
        for (ArticleSummary summary : summaries) {
            Article a = store.articles().find(summary.id()).orElseThrow();
            s.append(a).append('\n');
        }
        for (Annotation a : store.annotations().all()) {
            s.append(a).append('\n');
        }
        for (AnnotationLink l : store.annotations().allLinks()) {
            s.append(l).append('\n');
        }
        for (AnnotationType t : store.scheme().types()) {
            s.append(t).append('\n');
        }
        return s.toString();
    }
}
