package org.glossator.workspace;

import java.util.List;
import org.glossator.domain.AnnotationType;
import org.glossator.store.Store;

/** The annotation scheme: types, their order and colours. */
public final class SchemeService {
    private final Store store;

    public SchemeService(Store store) {
        this.store = store;
    }

    public List<AnnotationType> types() {
        return store.scheme().types();
    }

    /** Adds or changes a type; returns the scheme as it now is. */
    public List<AnnotationType> save(AnnotationType type) {
        store.scheme().save(type);
        return types();
    }

    /** Puts the types in this order; returns the scheme as it now is. */
    public List<AnnotationType> reorder(List<String> keysInOrder) {
        store.scheme().reorder(keysInOrder);
        return types();
    }

    /**
     * Deletes a type no annotation uses; returns the scheme as it now is.
     * @throws org.glossator.store.SchemeRuleException with a message for the user otherwise
     */
    public List<AnnotationType> delete(String key) {
        store.scheme().delete(key);
        return types();
    }

    public int usageCount(String key) {
        return store.scheme().usageCount(key);
    }
}
