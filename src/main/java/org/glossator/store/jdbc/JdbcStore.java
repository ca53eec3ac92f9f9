package org.glossator.store.jdbc;

import org.glossator.store.AnnotationRepository;
import org.glossator.store.ArticleRepository;
import org.glossator.store.PackRepository;
import org.glossator.store.SchemeRepository;
import org.glossator.store.Store;

/**
 * A store whose repositories are the shared JDBC ones: the subclass supplies connections and
 * transactions ({@link JdbcSession}), search and whatever its engine does on its own.
 */
public abstract class JdbcStore implements Store, JdbcSession {
    private final JdbcArticleRepository articles = new JdbcArticleRepository(this);
    private final JdbcAnnotationRepository annotations = new JdbcAnnotationRepository(this);
    private final JdbcSchemeRepository scheme = new JdbcSchemeRepository(this);
    private final JdbcPackRepository packs = new JdbcPackRepository(this);

    @Override
    public final ArticleRepository articles() {
        return articles;
    }

    @Override
    public final AnnotationRepository annotations() {
        return annotations;
    }

    @Override
    public final SchemeRepository scheme() {
        return scheme;
    }

    @Override
    public final PackRepository packs() {
        return packs;
    }
}
