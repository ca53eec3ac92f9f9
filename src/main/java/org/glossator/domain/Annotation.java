package org.glossator.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A mark a reader made on an article. Immutable: edits produce a new value with a
 * later {@code modified} time. The creator (annotator) is part of every annotation
 * so that several people's layers can live in one store.
 *
 * <p>Type-specific fields: {@code verdict} and {@code evidence} for claims;
 * {@code speaker} and {@code attributionGiven} for quotes; {@code citation} and
 * {@code url} for sources. Fields that do not apply to the type are null.
 *
 * <p>{@code modifiedBy} names who made the change stamped {@code modified} (the creator
 * until someone else edits it). {@code importedSelectors} holds, for an orphan imported from
 * a file whose selectors could not be read, the file's selectors verbatim (JSON text), so an
 * export gives them back unchanged; it is null otherwise (an anchored annotation never has them).
 *
 * <p>{@code version} counts the stored writes of the annotation (1 after the first save, 0 for a
 * value never stored). An edit carries the version it was based on, so that a store shared by
 * several people can refuse an edit made on a stale copy instead of overwriting someone's work.
 */
public record Annotation(String id, long articleId, String typeKey, TextTarget target,
                         String note, List<String> tags, String creator,
                         Instant created, Instant modified,
                         Verdict verdict, String evidence,
                         String speaker, Boolean attributionGiven,
                         String citation, String url,
                         AnchorState anchorState, String modifiedBy, String importedSelectors,
                         long version) {
    public Annotation {
        Objects.requireNonNull(id, "id");
        if (version < 0) {
            throw new IllegalArgumentException("version " + version);
        }
        Objects.requireNonNull(typeKey, "typeKey");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        note = note == null ? "" : note;
        tags = tags == null ? List.of() : List.copyOf(tags);
        creator = creator == null ? "" : creator;
        anchorState = anchorState == null ? AnchorState.ANCHORED : anchorState;
        modifiedBy = modifiedBy == null || modifiedBy.isEmpty() ? creator : modifiedBy;
        // Only an orphan keeps the file's selectors: once anchored, its own target is the truth.
        importedSelectors = importedSelectors == null || importedSelectors.isBlank()
                || anchorState != AnchorState.ORPHANED ? null : importedSelectors;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).articleId(articleId).typeKey(typeKey).target(target).note(note)
                .tags(tags).creator(creator).created(created).modified(modified).verdict(verdict)
                .evidence(evidence).speaker(speaker).attributionGiven(attributionGiven)
                .citation(citation).url(url).anchorState(anchorState).modifiedBy(modifiedBy)
                .importedSelectors(importedSelectors).version(version);
    }

    public boolean isOrphan() {
        return anchorState == AnchorState.ORPHANED;
    }

    /**
     * Whether {@code annotator} may edit this annotation without "edit anyway": it is theirs,
     * or it names no creator at all.
     */
    public boolean isOwnedBy(String annotator) {
        return creator.isEmpty() || creator.equals(annotator);
    }

    /** A copy edited by {@code annotator} at {@code when}: stamps {@code modified} and {@code modifiedBy}. */
    public Annotation editedBy(String annotator, java.time.Instant when) {
        return toBuilder().modified(when).modifiedBy(annotator).build();
    }

    /** The same annotation as stored at {@code storedVersion}. */
    public Annotation withVersion(long storedVersion) {
        return toBuilder().version(storedVersion).build();
    }

    /**
     * Whether the two values say the same thing: every field but the version (which only
     * counts writes). Tests and imports compare content, stores compare versions.
     */
    public boolean sameContentAs(Annotation other) {
        return other != null && withVersion(0).equals(other.withVersion(0));
    }

    /** Fluent builder; edits start from {@link #toBuilder()}. */
    public static final class Builder {
        private String id;
        private long articleId;
        private String typeKey;
        private TextTarget target;
        private String note;
        private List<String> tags;
        private String creator;
        private Instant created;
        private Instant modified;
        private Verdict verdict;
        private String evidence;
        private String speaker;
        private Boolean attributionGiven;
        private String citation;
        private String url;
        private AnchorState anchorState;
        private String modifiedBy;
        private String importedSelectors;
        private long version;

        public Builder id(String v) { id = v; return this; }
        public Builder articleId(long v) { articleId = v; return this; }
        public Builder typeKey(String v) { typeKey = v; return this; }
        public Builder target(TextTarget v) { target = v; return this; }
        public Builder note(String v) { note = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder creator(String v) { creator = v; return this; }
        public Builder created(Instant v) { created = v; return this; }
        public Builder modified(Instant v) { modified = v; return this; }
        public Builder verdict(Verdict v) { verdict = v; return this; }
        public Builder evidence(String v) { evidence = v; return this; }
        public Builder speaker(String v) { speaker = v; return this; }
        public Builder attributionGiven(Boolean v) { attributionGiven = v; return this; }
        public Builder citation(String v) { citation = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder anchorState(AnchorState v) { anchorState = v; return this; }
        public Builder modifiedBy(String v) { modifiedBy = v; return this; }
        public Builder importedSelectors(String v) { importedSelectors = v; return this; }
        public Builder version(long v) { version = v; return this; }

        public Annotation build() {
            return new Annotation(id, articleId, typeKey, target, note, tags, creator, created, modified,
                    verdict, evidence, speaker, attributionGiven, citation, url, anchorState, modifiedBy,
                    importedSelectors, version);
        }
    }
}
