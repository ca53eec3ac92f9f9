package org.glossator.workspace;

import java.util.Optional;

import org.glossator.domain.Article;
import org.glossator.domain.TextProvenance;
import org.glossator.store.Store;

/**
 * What the importer repaired in an article, and "Restore original text": the text as
 * the file had it replaces the repaired one through the same path as Edit article
 * text, so annotations re-anchor and Undo (Ctrl+Z) brings the repaired text back.
 */
public final class TextRepairService {
    public static final String RESTORE_LABEL = "Restore original text";

    private final Store store;
    private final ArticleTextEditService textEdits;

    public TextRepairService(Store store, ArticleTextEditService textEdits) {
        this.store = store;
        this.textEdits = textEdits;
    }

    /** "Repaired 38 broken characters (UTF-8 read as Mac Roman)", or empty when nothing was repaired. */
    public Optional<String> repairNotice(long articleId) {
        return store.articles().provenance(articleId).map(TextProvenance::notice).filter(n -> !n.isEmpty());
    }

    /** Whether the text from before the repairs is kept and differs from the current text. */
    public boolean canRestoreOriginal(long articleId) {
        Optional<String> original = store.articles().provenance(articleId).map(TextProvenance::originalText);
        Optional<String> current = store.articles().find(articleId).map(Article::text);
        return original.isPresent() && current.isPresent() && !original.get().equals(current.get());
    }

    /**
     * Puts the text back as it was before the import repaired it.
     * @throws IllegalStateException when there is nothing to restore
     */
    public ArticleTextEditService.Outcome restoreOriginal(long articleId) {
        String original = store.articles().provenance(articleId)
                .orElseThrow(() -> new IllegalStateException("Article #" + articleId + " is no longer in the corpus."))
                .originalText();
        if (original == null) {
            throw new IllegalStateException("Nothing was repaired in this article on import, so there is no"
                    + " original text to restore.");
        }
        return textEdits.edit(articleId, original, RESTORE_LABEL);
    }
}
