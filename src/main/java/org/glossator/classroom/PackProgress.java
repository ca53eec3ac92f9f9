package org.glossator.classroom;

import java.util.List;

/** The pack view: the pack's articles and how many of them the student has annotated. */
public record PackProgress(String packId, String title, String due, List<ArticleProgress> articles) {
    public PackProgress {
        articles = List.copyOf(articles);
    }

    public record ArticleProgress(long articleId, String title, int annotations) {
    }

    public long annotatedArticles() {
        return articles.stream().filter(a -> a.annotations() > 0).count();
    }
}
