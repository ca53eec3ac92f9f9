package org.glossator.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;

/** Annotations and the links between them. Each call is committed on return. */
public interface AnnotationRepository {

    /**
     * Inserts or replaces (by id) an annotation, whatever version is stored (imports, undo of a
     * delete, restores); the stored version goes up by one (1 for a new annotation).
     */
    void save(Annotation annotation);

    /** Saves many annotations in one transaction, as {@link #save}. */
    void saveAll(Collection<Annotation> annotations);

    /**
     * Stores an edit made on the stored version {@code edited.version()}, and only then:
     * when someone changed or deleted the annotation since, nothing is written.
     * @return the annotation as stored, with its new version
     * @throws EditConflictException when the stored version is not {@code edited.version()}
     */
    Annotation update(Annotation edited);

    Optional<Annotation> find(String id);

    /**
     * The last-modified time of each of {@code ids} that is stored; ids not in the store are
     * absent from the map. For imports that check thousands of ids: a few queries (bound
     * parameters), not one per id.
     */
    Map<String, Instant> modifiedTimes(Collection<String> ids);

    /** The annotations of one article, ordered by start offset. */
    List<Annotation> forArticle(long articleId);

    /**
     * Streams the annotations of one article (only {@code creator}'s when it is not null) as
     * {@link AnnotationRow}s, in the order of {@link #forArticle}, tags included, with one
     * forward-only query: memory stays constant however many annotations the article has, and
     * text is not decoded (exports write it as it came). The visitor runs while the read is open,
     * so it must not call the store; what it throws ends the read and is rethrown.
     */
    <E extends Exception> void forEachRowOfArticle(long articleId, String creator,
                                                   AnnotationRow.RowVisitor<E> visitor) throws E;

    /** Every annotation in the store, ordered by article and start offset. */
    List<Annotation> all();

    int count();

    /**
     * Ids of deleted annotations with when each was deleted: push and pull carry deletions with
     * them. Saving an annotation of that id again (an undo) forgets its deletion.
     */
    Map<String, Instant> deletions();

    /** Deletes an annotation and every link that touches it, and remembers when ({@link #deletions}). */
    boolean delete(String id);

    /** Inserts or replaces (by id) a link. Both ends must exist. */
    void saveLink(AnnotationLink link);

    boolean deleteLink(String linkId);

    /** Links that start or end at the annotation. */
    List<AnnotationLink> linksOf(String annotationId);

    /** Links that touch any annotation of the article. */
    List<AnnotationLink> linksForArticle(long articleId);

    List<AnnotationLink> allLinks();

    /** Distinct creators (annotators) in the store, sorted. */
    List<String> creators();
}
