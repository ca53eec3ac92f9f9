package org.glossator.store;

/** A change to the annotation scheme that would break existing annotations. */
public class SchemeRuleException extends RuntimeException {
    public SchemeRuleException(String message) {
        super(message);
    }
}
