package org.glossator.classroom;

import java.util.List;

/**
 * What opening a pack did to the store.
 *
 * @param articles     the pack's articles in order, each new or already in the corpus
 * @param typesAdded   scheme types the store did not have
 * @param typesKept    types the store already had under the same key; the store's label and colour stay
 * @param referenceAnnotations reference annotations imported (teacher side only; 0 for a student)
 */
public record PackOpening(String packId, String title, List<OpenedArticle> articles, List<String> typesAdded,
                          List<String> typesKept, int referenceAnnotations) {
    public PackOpening {
        articles = List.copyOf(articles);
        typesAdded = List.copyOf(typesAdded);
        typesKept = List.copyOf(typesKept);
    }

    public record OpenedArticle(long articleId, String title, boolean added) {
    }

    public long added() {
        return articles.stream().filter(OpenedArticle::added).count();
    }
}
