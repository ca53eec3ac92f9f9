package org.glossator.workspace;

import java.util.List;
import java.util.Optional;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleSummary;
import org.glossator.store.Store;

/** The corpus as the app shows it: summaries for the list, one article, deletion. */
public final class CorpusService {
    private final Store store;
    private final UndoHistory history;
    private final ArticleDeletionService deletion;

    public CorpusService(Store store, UndoHistory history, ArticleDeletionService deletion) {
        this.store = store;
        this.history = history;
        this.deletion = deletion;
    }

    /** Every article with word and annotation counts, ordered by title. */
    public List<ArticleSummary> summaries() {
        return store.articles().summaries();
    }

    public Optional<Article> find(long articleId) {
        return store.articles().find(articleId);
    }

    public int annotationCount() {
        return store.annotations().count();
    }

    /**
     * Deletes an article with its annotations and links in one transaction, after a backup.
     * Undo steps that touch it are forgotten: they could only fail now.
     */
    public boolean delete(long articleId) {
        boolean deleted = deletion.delete(articleId);
        if (deleted) {
            history.forgetArticle(articleId);
        }
        return deleted;
    }

    /** Where the corpus lives (a file path today), for the title bar and status line. */
    public String location() {
        return store.location();
    }
}
