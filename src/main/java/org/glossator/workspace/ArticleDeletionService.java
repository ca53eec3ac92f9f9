package org.glossator.workspace;

import org.glossator.store.Store;

/**
 * Deletes an article with its annotations and their links, in one transaction, after a
 * backup: a mistaken delete can be taken back with File › Restore from backup….
 */
public final class ArticleDeletionService {
    private final Store store;
    private final BackupService backups;

    public ArticleDeletionService(Store store, BackupService backups) {
        this.store = store;
        this.backups = backups;
    }

    /** Returns false when the article was already gone (no backup is taken then). */
    public boolean delete(long articleId) {
        if (store.articles().find(articleId).isEmpty()) {
            return false;
        }
        backups.backupBefore("article-delete");
        return store.articles().delete(articleId);
    }
}
