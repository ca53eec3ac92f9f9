package org.glossator.store;

import java.util.List;
import java.util.Optional;
import org.glossator.domain.AnnotationType;

/** The annotation scheme: built-in and user-defined types. */
public interface SchemeRepository {

    /** All types ordered by position. */
    List<AnnotationType> types();

    Optional<AnnotationType> find(String key);

    /** Inserts or updates a type by key. */
    void save(AnnotationType type);

    /** Sets positions to the order of the given keys. */
    void reorder(List<String> keysInOrder);

    /** How many annotations use the type. */
    int usageCount(String key);

    /**
     * Deletes a type that no annotation uses.
     * @throws SchemeRuleException when the type is built in or in use
     */
    void delete(String key);
}
