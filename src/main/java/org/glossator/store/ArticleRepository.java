package org.glossator.store;

import java.util.List;
import java.util.Optional;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDetails;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.ArticleSummary;
import org.glossator.domain.TextProvenance;

/** The corpus of articles. Implementations keep all SQL to themselves. */
public interface ArticleRepository {

    /**
     * Adds an article unless one with the same text (SHA-256) is already there.
     * @return the outcome, naming the id of the new or the existing article
     */
    AddOutcome add(ArticleDraft draft);

    Optional<Article> find(long id);

    /** Looks an article up by the SHA-256 of its text. */
    Optional<Article> findBySha256(String sha256);

    /** Looks an article up by its canonical source URL. */
    Optional<Article> findBySourceUrl(String url);

    /** Every article in {@link org.glossator.domain.TitleOrder title order}, with word and annotation counts. */
    List<ArticleSummary> summaries();

    int count();

    /** Deletes the article with its annotations and their links, in one transaction. */
    boolean delete(long id);

    /** Replaces an article's text (and formatting); its hash changes with it. */
    void updateText(long id, String text, List<org.glossator.domain.StyleSpan> formatting);

    /** How the article's text was decoded and repaired on import; {@link TextProvenance#UNKNOWN} fields for old rows. */
    Optional<TextProvenance> provenance(long id);

    /** The metadata a user can edit. */
    Optional<ArticleDetails> details(long id);

    /** Replaces title, author, date, URL and source notes; false when there is no such article. */
    boolean updateDetails(long id, ArticleDetails details);

    /** Whether an add created a new article or found the same text already there. */
    record AddOutcome(long id, boolean created) {
    }
}
