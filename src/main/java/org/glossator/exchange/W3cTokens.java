package org.glossator.exchange;

import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The {@link W3cVocabulary} terms an annotation is written with, quoted and encoded once: the
 * generator then copies their bytes instead of escaping the same few words for every annotation
 * (a 100,000-annotation export writes some six million of them).
 */
final class W3cTokens {
    static final SerializedString ID = new SerializedString(W3cVocabulary.ID);
    static final SerializedString TYPE = new SerializedString(W3cVocabulary.TYPE);
    static final SerializedString ANNOTATION = new SerializedString(W3cVocabulary.ANNOTATION);
    static final SerializedString MOTIVATION = new SerializedString(W3cVocabulary.MOTIVATION);
    static final SerializedString CLASSIFYING = new SerializedString(W3cVocabulary.CLASSIFYING);
    static final SerializedString CREATED = new SerializedString(W3cVocabulary.CREATED);
    static final SerializedString MODIFIED = new SerializedString(W3cVocabulary.MODIFIED);
    static final SerializedString CREATOR = new SerializedString(W3cVocabulary.CREATOR);
    static final SerializedString MODIFIED_BY = new SerializedString(W3cVocabulary.G_MODIFIED_BY);
    static final SerializedString BODY = new SerializedString(W3cVocabulary.BODY);
    static final SerializedString COMMENTING = new SerializedString(W3cVocabulary.COMMENTING);
    static final SerializedString TAGGING = new SerializedString(W3cVocabulary.TAGGING);
    static final SerializedString TARGET = new SerializedString(W3cVocabulary.TARGET);
    static final SerializedString SELECTOR = new SerializedString(W3cVocabulary.SELECTOR);
    static final SerializedString VERDICT = new SerializedString(W3cVocabulary.G_VERDICT);
    static final SerializedString EVIDENCE = new SerializedString(W3cVocabulary.G_EVIDENCE);
    static final SerializedString SPEAKER = new SerializedString(W3cVocabulary.G_SPEAKER);
    static final SerializedString ATTRIBUTION_GIVEN = new SerializedString(W3cVocabulary.G_ATTRIBUTION_GIVEN);
    static final SerializedString CITATION = new SerializedString(W3cVocabulary.G_CITATION);
    static final SerializedString URL = new SerializedString(W3cVocabulary.G_URL);
    static final SerializedString ANCHOR_STATE = new SerializedString(W3cVocabulary.G_ANCHOR_STATE);
    static final SerializedString ORPHANED = new SerializedString(W3cVocabulary.ORPHANED);
    static final SerializedString ANCHORED = new SerializedString(W3cVocabulary.ANCHORED);
    static final SerializedString TEXTUAL_BODY = new SerializedString(W3cVocabulary.TEXTUAL_BODY);
    static final SerializedString PURPOSE = new SerializedString(W3cVocabulary.PURPOSE);
    static final SerializedString VALUE = new SerializedString(W3cVocabulary.VALUE);
    static final SerializedString LABEL = new SerializedString(W3cVocabulary.LABEL);
    static final SerializedString COLOR = new SerializedString(W3cVocabulary.G_COLOR);
    static final SerializedString KIND = new SerializedString(W3cVocabulary.G_KIND);
    static final SerializedString SOURCE = new SerializedString(W3cVocabulary.SOURCE);
    static final SerializedString TEXT_SHA256 = new SerializedString(W3cVocabulary.G_TEXT_SHA256);
    static final SerializedString LINKS = new SerializedString(W3cVocabulary.G_LINKS);
    static final SerializedString TEXT_QUOTE_SELECTOR = new SerializedString(W3cVocabulary.TEXT_QUOTE_SELECTOR);
    static final SerializedString EXACT = new SerializedString(W3cVocabulary.EXACT);
    static final SerializedString PREFIX = new SerializedString(W3cVocabulary.PREFIX);
    static final SerializedString SUFFIX = new SerializedString(W3cVocabulary.SUFFIX);
    static final SerializedString TEXT_POSITION_SELECTOR = new SerializedString(W3cVocabulary.TEXT_POSITION_SELECTOR);
    static final SerializedString START = new SerializedString(W3cVocabulary.START);
    static final SerializedString END = new SerializedString(W3cVocabulary.END);
    static final SerializedString PERSON = new SerializedString(W3cVocabulary.PERSON);
    static final SerializedString NAME = new SerializedString(W3cVocabulary.NAME);

    private W3cTokens() {
    }
}
