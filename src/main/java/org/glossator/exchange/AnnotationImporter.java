package org.glossator.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossator.anchoring.AnchorResult;
import org.glossator.anchoring.CodePointIndex;
import org.glossator.anchoring.Reanchorer;
import org.glossator.anchoring.Targets;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextTarget;
import org.glossator.domain.TypeKind;
import org.glossator.store.SchemeRuleException;
import org.glossator.store.Store;
import org.glossator.store.StoreException;

/**
 * Imports one annotation file (W3C Web Annotation JSON or Hypothesis API JSON) into the
 * store, in one transaction. A file that is not what it claims (not JSON, truncated, not W3C
 * or Hypothesis, over a limit) is refused whole and changes nothing. A problem inside one
 * annotation never costs the others: that annotation is placed by its quote if it has one,
 * otherwise kept as an orphan with its selectors as the file wrote them (or, when not even
 * its article can be told, not imported), and {@link ImportSummary#problems()} lists it.
 *
 * <p>Each annotation's target source is matched to an article: by the SHA-256 of the text
 * it was made on ({@code urn:sha256:} source, or the Glossator {@code textSha256}), by URL,
 * or to an article embedded in the file (added to the corpus). Annotations no article
 * matches are counted as unmatched, never invented a home. The rest are re-anchored against
 * the article's text in the database: EXACT and REANCHORED are stored anchored with the new
 * target, the others stored as orphans with the old target kept.
 *
 * <p>Ids are kept ({@link AnnotationIds}), so importing a file twice adds nothing the second
 * time; an annotation already present is replaced only by a copy modified later.
 */
public final class AnnotationImporter {
    /** Annotations placed per lookup of stored ids and per batch of inserts. */
    private static final int BATCH = 1_000;
    private static final int MAX_WARNINGS = 100;
    private static final List<String> PALETTE = List.of("#E69F00", "#56B4E9", "#F0E442", "#CC79A7", "#999999",
            "#0072B2", "#D55E00", "#009E73");

    private final Store store;
    private final Reanchorer reanchorer;

    public AnnotationImporter(Store store, Reanchorer reanchorer) {
        this.store = store;
        this.reanchorer = reanchorer;
    }

    public AnnotationImporter(Store store) {
        this(store, new Reanchorer());
    }

    /**
     * Imports {@code file}. Annotations without times take the file's modification time.
     * @throws ImportException when the file cannot be read, is not valid, breaks a limit,
     *                         or the import was cancelled; the database is then unchanged
     */
    public ImportSummary importFile(Path file, ImportOptions options) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        Instant fileTime;
        try {
            size = Files.size(file);
            fileTime = Files.getLastModifiedTime(file).toInstant();
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "there is no such file (" + file + ")");
        } catch (IOException e) {
            throw new ImportException(name, "cannot read the file: " + e.getMessage(), e);
        }
        if (size > options.limits().maxFileBytes()) {
            throw new ImportException(name, "the file is " + AnnotationFileReader.size(size)
                    + "; the limit is " + AnnotationFileReader.size(options.limits().maxFileBytes()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return run(in, name, size, fileTime, options);
        } catch (IOException e) {
            throw new ImportException(name, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Imports from a stream (e.g. a download); {@code fileName} is used in messages. */
    public ImportSummary importStream(InputStream in, String fileName, ImportOptions options) throws ImportException {
        return run(in, fileName, -1, Instant.now(), options);
    }

    /** Carries an ImportException out of the store's transaction, which then rolls back. */
    private static final class Abort extends RuntimeException {
        final ImportException cause;

        Abort(ImportException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    private ImportSummary run(InputStream in, String fileName, long size, Instant fileTime, ImportOptions options)
            throws ImportException {
        if (store.scheme().find(options.defaultTypeKey()).isEmpty()) {
            throw new ImportException(fileName, "the default annotation type \"" + options.defaultTypeKey()
                    + "\" is not in the scheme; choose one of " + keys());
        }
        AnnotationFileReader reader = new AnnotationFileReader(fileName, options.limits(), options.progress(), size);
        try {
            return store.inTransaction(() -> {
                Run run = new Run(fileName, options, fileTime);
                try {
                    reader.read(in, run);
                    return run.finish();
                } catch (ImportException e) {
                    throw new Abort(e);
                }
            });
        } catch (Abort a) {
            throw a.cause;
        } catch (StoreException | SchemeRuleException e) {
            throw new ImportException(fileName, "the database refused the import: " + e.getMessage(), e);
        }
    }

    private String keys() {
        List<String> keys = new ArrayList<>();
        store.scheme().types().forEach(t -> keys.add(t.key()));
        return String.join(", ", keys);
    }

    /** Which of an annotation's selectors the import may use. */
    private enum Selectors { BOTH, QUOTE, NONE }

    /**
     * An article's text, kept once per import (the Reanchorer caches by String identity), with
     * its code point index: offsets are converted per annotation, and counting code points from
     * the start each time cost more than the rest on long articles.
     */
    private record Text(long articleId, String text, String sha256, CodePointIndex index) {
        int codePoints() {
            return index.codePointLength();
        }

        /** The chars of code points {@code [start, end)}; the caller checked {@code end <= codePoints()}. */
        String substring(int start, int end) {
            return text.substring(index.toCharIndex(start), index.toCharIndex(end));
        }
    }

    /** An annotation whose article is known, waiting for its batch's lookup of stored ids. */
    private record Pending(ParsedAnnotation annotation, Text text) {
    }

    /** One import inside the transaction: the sink the reader feeds. */
    private final class Run implements AnnotationFileReader.Sink {
        private final String fileName;
        private final ImportOptions options;
        private final Instant fallbackTime;

        private final Map<String, Optional<Long>> articleBySha = new HashMap<>();
        private final Map<String, Optional<Long>> articleByUrl = new HashMap<>();
        private final Map<String, Long> embedded = new HashMap<>();
        private final Set<Long> addedHere = new HashSet<>();
        /** Recently used article texts; files list annotations article by article, so a few suffice. */
        private final Map<Long, Text> texts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Text> eldest) {
                return size() > 8;
            }
        };
        private final Map<String, AnnotationType> types = new HashMap<>();
        private final Set<String> idsInFile = new HashSet<>();
        private final Set<String> present = new HashSet<>();
        private final List<ParsedAnnotation> deferred = new ArrayList<>();
        private final List<Pending> pending = new ArrayList<>();
        private final List<Annotation> batch = new ArrayList<>();
        private final List<ParsedLink> links = new ArrayList<>();
        private final List<String> linkFrom = new ArrayList<>();
        private final Map<String, Integer> unmatchedSources = new LinkedHashMap<>();
        private final List<String> typesCreated = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private int anchored;
        private int reanchored;
        private int orphaned;
        private int unmatched;
        private int alreadyPresent;
        private int updated;
        private int notPlaceable;
        private int articlesAdded;
        private int suppressedWarnings;
        private int skipped;

        Run(String fileName, ImportOptions options, Instant fallbackTime) {
            this.fileName = fileName;
            this.options = options;
            this.fallbackTime = fallbackTime;
        }

        @Override
        public void article(ParsedArticle a) throws ImportException {
            Optional<Article> same = store.articles().findBySha256(a.sha256());
            if (same.isPresent()) {
                embedded.put(a.source(), same.get().id());
                return;
            }
            if (a.sourceUrl() != null && !a.sourceUrl().isBlank()) {
                // The database's own version of the article wins over the file's: its annotations are
                // re-anchored to it instead of adding a near-duplicate. Versions this file itself added
                // (several texts under one URL) do not count.
                Optional<Article> version = store.articles().findBySourceUrl(a.sourceUrl().strip());
                if (version.isPresent() && !addedHere.contains(version.get().id())) {
                    warnings.add("the embedded article " + a.source() + " was not added: the database already has "
                            + "another version of it (article #" + version.get().id() + "); its annotations were "
                            + "re-anchored to that version");
                    return;
                }
            }
            ArticleDraft draft;
            try {
                draft = new ArticleDraft(a.title(), a.author(), a.published(), a.sourceUrl(), a.fileName(), a.text(),
                        a.formatting());
            } catch (IllegalArgumentException e) {
                throw new ImportException(fileName, a.line(), a.column(), null,
                        "the embedded article " + a.source() + " is not valid: " + e.getMessage());
            }
            var outcome = store.articles().add(draft);
            if (outcome.created()) {
                articlesAdded++;
                addedHere.add(outcome.id());
            }
            embedded.put(a.source(), outcome.id());
            articleBySha.clear();
            articleByUrl.clear();
        }

        @Override
        public void annotation(ParsedAnnotation a) throws ImportException {
            if (!idsInFile.add(a.id())) {
                placePending();
                skipped++;
                problems.add(new ImportProblem(a.displayId(), a.line(), "the id appears twice in the file; only the "
                        + "first one was read", ImportProblem.Outcome.SKIPPED));
                return;
            }
            Text text = resolve(a);
            if (text == null) {
                deferred.add(a); // an article embedded later in the file may match
                return;
            }
            pending.add(new Pending(a, text));
            if (pending.size() >= BATCH) {
                placePending();
            }
        }

        @Override
        public void notPlaceable(String id, String reason) {
            notPlaceable++;
        }

        @Override
        public void skipped(String id, long line, long column, String reason) {
            placePending(); // problems are listed in file order
            skipped++;
            problems.add(new ImportProblem(id, line, reason, ImportProblem.Outcome.SKIPPED));
        }

        @Override
        public void warning(String message) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(message);
            } else {
                suppressedWarnings++;
            }
        }

        ImportSummary finish() throws ImportException {
            placePending();
            for (ParsedAnnotation a : deferred) {
                Text text = resolve(a);
                if (text == null) {
                    unmatched++;
                    unmatchedSources.merge(a.source(), 1, Integer::sum);
                    if (a.problem() != null) {
                        problems.add(new ImportProblem(a.displayId(), a.line(), a.problem()
                                + "; and no article matches its source", ImportProblem.Outcome.SKIPPED));
                    }
                } else {
                    pending.add(new Pending(a, text));
                    if (pending.size() >= BATCH) {
                        placePending();
                    }
                }
            }
            placePending();
            flush();
            int restored = 0;
            int unresolved = 0;
            for (int i = 0; i < links.size(); i++) {
                ParsedLink l = links.get(i);
                String from = linkFrom.get(i);
                if (linkExists(from, l.id())) {
                    continue; // kept as it is: a re-import changes nothing
                }
                if (exists(l.toId())) {
                    String creator = options.annotator() != null ? options.annotator() : l.creator();
                    store.annotations().saveLink(new AnnotationLink(l.id(), from, l.toId(), l.relation(), creator,
                            l.created() != null ? l.created() : fallbackTime));
                    restored++;
                } else {
                    unresolved++;
                }
            }
            if (suppressedWarnings > 0) {
                warnings.add("and " + suppressedWarnings + " more warnings like these");
            }
            options.progress().update(1, 1, "Import finished");
            return new ImportSummary(fileName, anchored, reanchored, orphaned, unmatched, alreadyPresent, updated,
                    notPlaceable, articlesAdded, typesCreated, restored, unresolved, unmatchedSources, warnings, skipped,
                    problems);
        }

        private boolean linkExists(String from, String linkId) {
            for (AnnotationLink existing : store.annotations().linksOf(from)) {
                if (existing.id().equals(linkId)) {
                    return true;
                }
            }
            return false;
        }

        private boolean exists(String id) {
            return present.contains(id) || !store.annotations().modifiedTimes(List.of(id)).isEmpty();
        }

        /** Places the waiting annotations, with one lookup of which of them are stored already. */
        private void placePending() {
            if (pending.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>(pending.size());
            for (Pending p : pending) {
                ids.add(p.annotation().id());
            }
            Map<String, Instant> stored = store.annotations().modifiedTimes(ids);
            for (Pending p : pending) {
                place(p.annotation(), p.text(), stored.get(p.annotation().id()));
            }
            pending.clear();
        }

        /** The article an annotation belongs to: by text identity, then URL, then embedded articles. */
        private Text resolve(ParsedAnnotation a) {
            String sha = a.textSha256() != null ? a.textSha256() : ArticleSources.shaOf(a.source());
            Long id = null;
            if (sha != null) {
                id = articleBySha.computeIfAbsent(sha,
                        s -> store.articles().findBySha256(s).map(Article::id)).orElse(null);
            }
            if (id == null && ArticleSources.shaOf(a.source()) == null) {
                id = articleByUrl.computeIfAbsent(a.source(),
                        u -> store.articles().findBySourceUrl(u).map(Article::id)).orElse(null);
            }
            if (id == null) {
                id = embedded.get(a.source());
            }
            if (id == null) {
                return null;
            }
            return texts.computeIfAbsent(id, k -> {
                Article article = store.articles().find(k).orElseThrow();
                String t = article.text();
                return new Text(k, t, article.sha256(), new CodePointIndex(t));
            });
        }

        /** {@code storedModified}: when the stored copy of this id was last modified, or null if none is stored. */
        private void place(ParsedAnnotation a, Text text, Instant storedModified) {
            Instant created = a.created() != null ? a.created() : a.modified() != null ? a.modified() : fallbackTime;
            Instant modified = a.modified() != null ? a.modified() : created;
            // A stored copy is replaced only by one the file shows to be later; undated ones never replace.
            boolean dated = a.created() != null || a.modified() != null;
            if (storedModified != null && (!dated || !modified.isAfter(storedModified))) {
                alreadyPresent++;
                present.add(a.id());
                keepLinks(a);
                return;
            }
            List<String> reasons = new ArrayList<>();
            if (a.problem() != null) {
                reasons.add(a.problem());
            }
            AnnotationType type = type(a, reasons);
            Selectors trust = trust(a, text, reasons);
            TextTarget target;
            AnchorState state;
            String importedSelectors = null;
            ImportProblem.Outcome outcome = ImportProblem.Outcome.REPAIRED;
            if (trust == Selectors.NONE) {
                // Nothing to place it by: an orphan that keeps the file's selectors, so an export gives them back.
                orphaned++;
                target = new TextTarget(0, 0, "", "", "");
                state = AnchorState.ORPHANED;
                importedSelectors = a.rawSelectors() != null ? a.rawSelectors().toString() : "[]";
                outcome = ImportProblem.Outcome.ORPHANED;
            } else {
                TextTarget old = trust == Selectors.QUOTE ? quoteOnly(a, text) : oldTarget(a, text);
                AnchorResult result = reanchorer.anchor(text.text(), old);
                switch (result.outcome()) {
                    case EXACT -> {
                        anchored++;
                        target = result.target();
                        state = AnchorState.ANCHORED;
                    }
                    case REANCHORED -> {
                        reanchored++;
                        target = result.target();
                        state = AnchorState.ANCHORED;
                    }
                    default -> {
                        orphaned++;
                        target = old;
                        state = AnchorState.ORPHANED;
                    }
                }
                if (trust == Selectors.QUOTE) {
                    outcome = state == AnchorState.ANCHORED ? ImportProblem.Outcome.PLACED_BY_QUOTE
                            : ImportProblem.Outcome.ORPHANED;
                    if (state == AnchorState.ORPHANED) {
                        importedSelectors = a.rawSelectors() == null ? null : a.rawSelectors().toString();
                    }
                }
            }
            if (!reasons.isEmpty()) {
                problems.add(new ImportProblem(a.displayId(), a.line(), String.join("; ", reasons), outcome));
            }
            if (storedModified != null) {
                updated++;
            }
            batch.add(Annotation.builder()
                    .id(a.id()).articleId(text.articleId()).typeKey(type.key()).target(target)
                    .note(a.note()).tags(a.tags())
                    .creator(options.annotator() != null ? options.annotator() : a.creator())
                    .created(created).modified(modified)
                    .modifiedBy(options.annotator() != null ? options.annotator() : a.modifiedBy())
                    .importedSelectors(importedSelectors)
                    .verdict(a.verdict()).evidence(a.evidence()).speaker(a.speaker())
                    .attributionGiven(a.attributionGiven()).citation(a.citation()).url(a.url())
                    .anchorState(state)
                    .build());
            present.add(a.id());
            keepLinks(a);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        private void keepLinks(ParsedAnnotation a) {
            for (ParsedLink l : a.links()) {
                links.add(l);
                linkFrom.add(a.id());
            }
        }

        /**
         * Which of the file's selectors can be trusted. A position that runs past the end of the
         * text is a problem when the file claims the annotation is anchored in exactly this text
         * (same SHA-256) or has no quote; so is a position whose text is not the quote in that
         * very text. Otherwise the text may simply have changed, and re-anchoring decides.
         */
        private Selectors trust(ParsedAnnotation a, Text text, List<String> reasons) {
            boolean sameText = sameText(a, text);
            boolean claimsAnchored = sameText && a.exportedState() != AnchorState.ORPHANED;
            Selectors trust = a.problem() != null ? Selectors.QUOTE : Selectors.BOTH;
            if (a.start() != null && a.end() > text.codePoints() && (a.exact() == null || claimsAnchored)) {
                reasons.add("the TextPositionSelector (" + a.start() + ".." + a.end() + ") runs past the end of "
                        + "the article text, which has " + text.codePoints() + " characters");
                trust = Selectors.QUOTE;
            } else if (claimsAnchored && a.start() != null && a.exact() != null && a.problem() == null) {
                if (!text.substring(a.start(), a.end()).equals(a.exact())) {
                    reasons.add("its TextPositionSelector (" + a.start() + ".." + a.end() + ") does not hold its "
                            + "TextQuoteSelector's text in the very text it names (same SHA-256)");
                    trust = Selectors.QUOTE;
                }
            }
            if (trust == Selectors.QUOTE && (a.exact() == null || a.exact().isEmpty())) {
                return Selectors.NONE;
            }
            if (a.exact() == null && a.start() == null) {
                return Selectors.NONE;
            }
            return trust;
        }

        private boolean sameText(ParsedAnnotation a, Text text) {
            return text.sha256().equals(a.textSha256()) || text.sha256().equals(ArticleSources.shaOf(a.source()));
        }

        /**
         * The quote alone, for re-anchoring to search for (position 0 is no more than a start). A quote
         * that occurs exactly once, verbatim, leaves no doubt: its target is taken from the text, with context.
         */
        private TextTarget quoteOnly(ParsedAnnotation a, Text text) {
            TextTarget unique = uniqueOccurrence(a.exact(), text);
            if (unique != null) {
                return unique;
            }
            return new TextTarget(0, a.exact().codePointCount(0, a.exact().length()), a.exact(), a.prefix(),
                    a.suffix());
        }

        private TextTarget uniqueOccurrence(String exact, Text text) {
            String t = text.text();
            int at = t.indexOf(exact);
            if (exact.isEmpty() || at < 0 || t.indexOf(exact, at + 1) >= 0) {
                return null;
            }
            return Targets.fromCharRange(t, text.index(), at, at + exact.length());
        }

        /** The target as the file states it; {@link #trust} has checked that its selectors can be used. */
        private TextTarget oldTarget(ParsedAnnotation a, Text text) {
            boolean sameText = sameText(a, text);
            String exact = a.exact();
            int start;
            int end;
            if (a.start() != null) {
                start = a.start();
                end = a.end();
            } else {
                start = 0;
                end = exact.codePointCount(0, exact.length());
            }
            String t = text.text();
            if (exact == null) {
                exact = text.substring(start, end);
            }
            if (sameText && a.start() == null && a.prefix().isEmpty() && a.suffix().isEmpty()) {
                // A bare quote in exactly the text it was made on, found there once: no doubt where it is.
                TextTarget unique = uniqueOccurrence(exact, text);
                if (unique != null) {
                    return unique;
                }
            }
            if (sameText && a.start() != null && a.prefix().isEmpty() && a.suffix().isEmpty()
                    && end <= text.codePoints()) {
                // Offsets into exactly this text (same SHA-256) that hold the quote verbatim leave no doubt,
                // but a target without context looks unconfirmed to re-anchoring: take the context from the text.
                int charStart = text.index().toCharIndex(start);
                int charEnd = text.index().toCharIndex(end);
                if (t.substring(charStart, charEnd).equals(exact)) {
                    return Targets.fromCharRange(t, text.index(), charStart, charEnd);
                }
            }
            return new TextTarget(start, end, exact, a.prefix(), a.suffix());
        }

        /** The annotation's type; an unknown type the file does not describe becomes the default type. */
        private AnnotationType type(ParsedAnnotation a, List<String> reasons) {
            try {
                return type(a);
            } catch (ImportException e) {
                reasons.add(e.reason() + "; it was given the default type \"" + options.defaultTypeKey() + "\"");
                return type(options.defaultTypeKey());
            }
        }

        private AnnotationType type(String key) {
            return types.computeIfAbsent(key, k -> store.scheme().find(k).orElseThrow());
        }

        private AnnotationType type(ParsedAnnotation a) throws ImportException {
            String key = a.typeKey() != null ? a.typeKey() : options.defaultTypeKey();
            AnnotationType cached = types.get(key);
            if (cached != null) {
                return cached;
            }
            Optional<AnnotationType> known = store.scheme().find(key);
            if (known.isPresent()) {
                types.put(key, known.get());
                return known.get();
            }
            if (a.typeLabel() == null && a.typeColor() == null) {
                throw error(a, "its type \"" + key + "\" is not in this database's scheme, and the file does not "
                        + "describe it (no label or colour on the classifying body)");
            }
            int position = 0;
            for (AnnotationType t : store.scheme().types()) {
                position = Math.max(position, t.position() + 1);
            }
            AnnotationType created;
            try {
                created = new AnnotationType(key, a.typeLabel() != null ? a.typeLabel() : key,
                        a.typeColor() != null ? a.typeColor() : PALETTE.get(Math.floorMod(key.hashCode(), PALETTE.size())),
                        position, a.typeKind() != null ? a.typeKind() : TypeKind.GENERIC, false);
            } catch (IllegalArgumentException e) {
                throw error(a, "its new type \"" + key + "\" cannot be created: " + e.getMessage());
            }
            store.scheme().save(created);
            typesCreated.add(key);
            types.put(key, created);
            return created;
        }

        private void flush() {
            if (!batch.isEmpty()) {
                store.annotations().saveAll(batch);
                batch.clear();
            }
        }

        private ImportException error(ParsedAnnotation a, String reason) {
            return new ImportException(fileName, a.line(), a.column(), a.displayId(), reason);
        }
    }
}
