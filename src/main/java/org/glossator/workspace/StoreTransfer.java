package org.glossator.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDetails;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.ArticleSummary;
import org.glossator.store.Store;

/**
 * Copies a corpus with its annotations from one store into another (push: a file into the
 * shared store; pull: the shared store into a file). Articles are matched by the SHA-256 of
 * their text, annotations and links by their stable ids; of two versions of an annotation the
 * one modified later wins. Running it twice changes nothing the second time, so a laptop that
 * worked offline pushes its new and edited annotations without making duplicates.
 *
 * <p>Deletions travel too: both stores remember deleted annotations' ids with the time
 * ({@code AnnotationRepository.deletions}). An annotation deleted on one side is deleted on
 * the other unless it was modified there after the deletion, and a deleted annotation is not
 * brought back by an older copy from elsewhere. An article whose text was edited on one side
 * only is a different text, so it arrives as a new article; deleted articles are not carried.
 */
public final class StoreTransfer {

    /** What one transfer did. */
    public record Summary(int articlesAdded, int articlesPresent, int typesAdded, int annotationsAdded,
                          int annotationsUpdated, int annotationsUnchanged, int annotationsKeptNewer,
                          int annotationsDeleted, int annotationsKeptDeleted, int linksAdded) {
        @Override
        public String toString() {
            return "Articles: " + articlesAdded + " added, " + articlesPresent + " already there. "
                    + "Types: " + typesAdded + " added. "
                    + "Annotations: " + annotationsAdded + " added, " + annotationsUpdated + " updated, "
                    + annotationsUnchanged + " unchanged"
                    + (annotationsKeptNewer > 0 ? ", " + annotationsKeptNewer + " kept (newer at the target)" : "")
                    + (annotationsDeleted > 0 ? ", " + annotationsDeleted + " deleted" : "")
                    + (annotationsKeptDeleted > 0
                            ? ", " + annotationsKeptDeleted + " not brought back (deleted at the target)" : "")
                    + ". Links: " + linksAdded + " added.";
        }
    }

    private final Store from;
    private final Store to;
    /** The target's deleted annotations, read once: an older copy must not bring one back. */
    private Map<String, Instant> deletedAtTarget = Map.of();

    public StoreTransfer(Store from, Store to) {
        this.from = from;
        this.to = to;
    }

    public Summary run() {
        int typesAdded = copyTypes();
        int deleted = carryDeletions();
        deletedAtTarget = to.annotations().deletions();
        int articlesAdded = 0;
        int articlesPresent = 0;
        int[] annotationCounts = new int[5];
        for (ArticleSummary summary : from.articles().summaries()) {
            Article article = from.articles().find(summary.id()).orElse(null);
            if (article == null) {
                continue; // deleted meanwhile
            }
            long targetId;
            var existing = to.articles().findBySha256(article.sha256());
            if (existing.isPresent()) {
                targetId = existing.get().id();
                articlesPresent++;
            } else {
                targetId = addArticle(article);
                articlesAdded++;
            }
            copyAnnotations(article.id(), targetId, annotationCounts);
        }
        int linksAdded = copyLinks();
        return new Summary(articlesAdded, articlesPresent, typesAdded, annotationCounts[0], annotationCounts[1],
                annotationCounts[2], annotationCounts[3], deleted, annotationCounts[4], linksAdded);
    }

    /** Deletes at the target what was deleted at the source, unless the target's copy is newer than the deletion. */
    private int carryDeletions() {
        Map<String, Instant> deletions = from.annotations().deletions();
        int deleted = 0;
        for (Map.Entry<String, Instant> there : to.annotations().modifiedTimes(deletions.keySet()).entrySet()) {
            if (!there.getValue().isAfter(deletions.get(there.getKey())) && to.annotations().delete(there.getKey())) {
                deleted++;
            }
        }
        return deleted;
    }

    private int copyTypes() {
        Set<String> there = to.scheme().types().stream().map(AnnotationType::key).collect(Collectors.toSet());
        int added = 0;
        for (AnnotationType type : from.scheme().types()) {
            if (!there.contains(type.key())) {
                to.scheme().save(type);
                added++;
            }
        }
        return added;
    }

    private long addArticle(Article article) {
        ArticleDraft draft = new ArticleDraft(article.title(), article.author(), article.published(),
                article.sourceUrl(), article.fileName(), article.text(), article.formatting(),
                from.articles().provenance(article.id()).orElse(null));
        ArticleDetails details = from.articles().details(article.id()).orElse(null);
        return to.inTransaction(() -> {
            long id = to.articles().add(draft).id();
            if (details != null && details.sourceNotes() != null) {
                to.articles().updateDetails(id, details);
            }
            return id;
        });
    }

    /** counts: added, updated, unchanged, kept because the target's is newer, not brought back (deleted there). */
    private void copyAnnotations(long sourceArticle, long targetArticle, int[] counts) {
        List<Annotation> source = from.annotations().forArticle(sourceArticle);
        if (source.isEmpty()) {
            return;
        }
        // By id, wherever the target keeps it: an article whose text was edited there is another article.
        Map<String, Instant> there = to.annotations().modifiedTimes(source.stream().map(Annotation::id).toList());
        List<Annotation> writes = new ArrayList<>();
        for (Annotation a : source) {
            Instant target = there.get(a.id());
            Annotation moved = a.toBuilder().articleId(targetArticle).build();
            Instant deletedThere = deletedAtTarget.get(a.id());
            if (target == null && deletedThere != null && !a.modified().isAfter(deletedThere)) {
                counts[4]++;
            } else if (target == null) {
                writes.add(moved);
                counts[0]++;
            } else if (a.modified().isAfter(target)) {
                writes.add(moved);
                counts[1]++;
            } else if (a.modified().equals(target)) {
                counts[2]++;
            } else {
                counts[3]++;
            }
        }
        if (!writes.isEmpty()) {
            to.annotations().saveAll(writes);
        }
    }

    private int copyLinks() {
        Set<String> there = new HashSet<>();
        for (AnnotationLink link : to.annotations().allLinks()) {
            there.add(link.id());
        }
        Map<String, Boolean> exists = new HashMap<>();
        int added = 0;
        for (AnnotationLink link : from.annotations().allLinks()) {
            if (there.contains(link.id())) {
                continue;
            }
            boolean ends = exists.computeIfAbsent(link.fromId(), id -> to.annotations().find(id).isPresent())
                    && exists.computeIfAbsent(link.toId(), id -> to.annotations().find(id).isPresent());
            if (ends) {
                to.annotations().saveLink(link);
                added++;
            }
        }
        return added;
    }
}
