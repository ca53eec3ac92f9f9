package org.glossator.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.Article;

/** Reads what a reader pane shows: an article with its annotations and links. */
public final class ReadingService {
    private final org.glossator.store.Store store;

    public ReadingService(org.glossator.store.Store store) {
        this.store = store;
    }

    /** One article as a pane shows it, read in one go. */
    public record ArticleReading(Article article, List<Annotation> annotations, List<AnnotationLink> links,
                                 List<String> annotators) {
    }

    /** A link of an annotation, with the annotation at its other end and that one's article title. */
    public record LinkEnd(AnnotationLink link, boolean outgoing, Annotation other, String otherArticleTitle) {
    }

    public ArticleReading read(long articleId) {
        Article article = store.articles().find(articleId)
                .orElseThrow(() -> new IllegalStateException("Article #" + articleId + " is no longer in the corpus."));
        return new ArticleReading(article, store.annotations().forArticle(articleId),
                store.annotations().linksForArticle(articleId), store.annotations().creators());
    }

    /** The other ends of an annotation's links, wherever they are in the corpus. */
    public List<LinkEnd> linkEnds(Annotation annotation, List<AnnotationLink> links) {
        List<LinkEnd> ends = new ArrayList<>();
        for (AnnotationLink link : links) {
            store.annotations().find(link.otherEnd(annotation.id())).ifPresent(other -> ends.add(new LinkEnd(link,
                    link.fromId().equals(annotation.id()), other,
                    store.articles().find(other.articleId()).map(Article::title).orElse("?"))));
        }
        return ends;
    }

    /** The articles whose marks change when the annotation goes: its own and those it links to. */
    public Set<Long> articlesTouchedBy(Annotation annotation) {
        Set<Long> touched = new HashSet<>(Set.of(annotation.articleId()));
        for (AnnotationLink l : store.annotations().linksOf(annotation.id())) {
            store.annotations().find(l.otherEnd(annotation.id())).ifPresent(o -> touched.add(o.articleId()));
        }
        return touched;
    }
}
