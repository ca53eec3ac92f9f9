package org.glossator.workspace;

import java.util.Set;

import org.glossator.domain.ArticleDetails;
import org.glossator.domain.TextProvenance;
import org.glossator.store.Store;

/**
 * Reads and edits an article's details (title, author, date, URL, notes on the
 * source) and tells how its text was read on import (encoding, repairs). Each edit is
 * one transaction and one undoable step.
 */
public final class ArticleDetailsService {
    private final Store store;
    private final UndoHistory history;

    public ArticleDetailsService(Store store, UndoHistory history) {
        this.store = store;
        this.history = history;
    }

    public ArticleDetails details(long articleId) {
        return store.articles().details(articleId).orElseThrow(() -> missing(articleId));
    }

    /** Encoding, repairs and whether the text before the repairs is kept. */
    public TextProvenance provenance(long articleId) {
        return store.articles().provenance(articleId).orElseThrow(() -> missing(articleId));
    }

    /** Saves the details; nothing is recorded when they did not change. */
    public ArticleDetails update(long articleId, ArticleDetails details) {
        ArticleDetails before = details(articleId);
        if (before.equals(details)) {
            return before;
        }
        store.inTransaction(() -> store.articles().updateDetails(articleId, details));
        history.done(new DetailsEdit(articleId, before, details));
        return details;
    }

    private static IllegalStateException missing(long articleId) {
        return new IllegalStateException("Article #" + articleId + " is no longer in the corpus.");
    }

    private final class DetailsEdit implements Edit {
        private final long articleId;
        private final ArticleDetails before;
        private final ArticleDetails after;

        DetailsEdit(long articleId, ArticleDetails before, ArticleDetails after) {
            this.articleId = articleId;
            this.before = before;
            this.after = after;
        }

        @Override
        public String label() {
            return "Edit article details";
        }

        @Override
        public void undo() {
            store.inTransaction(() -> store.articles().updateDetails(articleId, before));
        }

        @Override
        public void redo() {
            store.inTransaction(() -> store.articles().updateDetails(articleId, after));
        }

        @Override
        public Set<Long> articleIds() {
            return Set.of(articleId);
        }
    }
}
