package org.glossator.workspace;

import java.util.List;

import org.glossator.domain.Article;
import org.glossator.ingest.ClutterProposal;
import org.glossator.ingest.MetadataProposal;
import org.glossator.ingest.TextDumpClutter;
import org.glossator.store.Store;

/**
 * Proposes page clutter to cut from an article (menus, share prompts, credits,
 * newsletter boxes, repeated lines) and the title, author and date written in its
 * body. Accepted proposals are removed through Edit article text, so annotations
 * re-anchor and the removal is one undoable step.
 */
public final class ClutterService {
    public static final String REMOVE_LABEL = "Remove page clutter";

    private final Store store;
    private final ArticleTextEditService textEdits;

    public ClutterService(Store store, ArticleTextEditService textEdits) {
        this.store = store;
        this.textEdits = textEdits;
    }

    /** Paragraphs that look like clutter, in text order, with code-point ranges and reasons. */
    public List<ClutterProposal> proposeClutter(long articleId) {
        return TextDumpClutter.propose(article(articleId).text());
    }

    /** Title, author and date found in the body (for the article details editor to offer). */
    public MetadataProposal proposeMetadata(long articleId) {
        return TextDumpClutter.proposeMetadata(article(articleId).text());
    }

    /**
     * Removes the accepted proposals' paragraphs. Proposals made on an older text are
     * refused, so a paragraph the user did not see is never removed.
     */
    public ArticleTextEditService.Outcome removeClutter(long articleId, List<ClutterProposal> accepted) {
        Article article = article(articleId);
        List<String> paragraphs = article.text().lines().toList();
        for (ClutterProposal proposal : accepted) {
            if (proposal.paragraph() >= paragraphs.size()
                    || !paragraphs.get(proposal.paragraph()).equals(proposal.text())) {
                throw new IllegalStateException("The article's text changed since the clean-up was proposed;"
                        + " propose again.");
            }
        }
        if (accepted.size() >= paragraphs.size()) {
            throw new IllegalArgumentException("That would remove the whole article; delete it instead.");
        }
        List<Integer> indexes = accepted.stream().map(ClutterProposal::paragraph).toList();
        return textEdits.edit(articleId, TextDumpClutter.without(article.text(), indexes), REMOVE_LABEL);
    }

    /**
     * A proposed clutter line as the UI shows it (the UI does not see importer types).
     * @param reason why it looks like clutter, in the user's words
     */
    public record Line(int paragraph, String text, String reason, ClutterProposal proposal) {
    }

    /** Title, author and date the body gives (each null when not found). */
    public record Found(String title, String author, String published) {
        public boolean isEmpty() {
            return title == null && author == null && published == null;
        }
    }

    /** {@link #proposeClutter} for the UI. */
    public List<Line> proposeLines(long articleId) {
        return proposeClutter(articleId).stream()
                .map(p -> new Line(p.paragraph(), p.text(), p.reason().description(), p)).toList();
    }

    /** {@link #proposeMetadata} for the UI. */
    public Found proposeDetails(long articleId) {
        MetadataProposal m = proposeMetadata(articleId);
        return new Found(m.title(), m.author(), m.published());
    }

    /** {@link #removeClutter} for the lines the user accepted. */
    public ArticleTextEditService.Outcome removeLines(long articleId, List<Line> accepted) {
        return removeClutter(articleId, accepted.stream().map(Line::proposal).toList());
    }

    private Article article(long articleId) {
        return store.articles().find(articleId)
                .orElseThrow(() -> new IllegalStateException("Article #" + articleId + " is no longer in the corpus."));
    }
}
