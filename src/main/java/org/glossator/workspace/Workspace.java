package org.glossator.workspace;

import java.time.Clock;
import org.glossator.anchoring.Reanchorer;
import org.glossator.store.Store;

/**
 * Every service the app uses, built once over one store and one undo history. The
 * composition root makes it; the UI reaches data only through it.
 */
public final class Workspace {
    private final UndoHistory history = new UndoHistory();
    private final AnnotationService annotations;
    private final ArticleTextEditService textEdits;
    private final AnnotationExchangeService exchange;
    private final ArticleImportService imports;
    private final CorpusService corpus;
    private final SchemeService scheme;
    private final ReadingService reading;
    private final SampleCorpus samples;
    private final BackupService backups;
    private final Store store;
    private final SearchService search;
    private final TextRepairService repairs;
    private final ClutterService clutter;
    private final ArticleDetailsService details;
    private final Classroom classroom;
    private final LiveUpdates live;

    public Workspace(Store store, Clock clock) {
        this(store, clock, BackupService.none(store));
    }

    /** With backups taken before bulk changes (large imports, deletes, edits that orphan). */
    public Workspace(Store store, Clock clock, BackupService backups) {
        this.backups = backups;
        this.store = store;
        this.annotations = new AnnotationService(store, history, clock);
        this.textEdits = new ArticleTextEditService(store, history, new Reanchorer(), clock, backups);
        this.exchange = new AnnotationExchangeService(store, backups);
        this.imports = new ArticleImportService(store);
        this.corpus = new CorpusService(store, history, new ArticleDeletionService(store, backups));
        this.scheme = new SchemeService(store);
        this.reading = new ReadingService(store);
        this.samples = new SampleCorpus(store);
        this.search = new SearchService(store);
        this.repairs = new TextRepairService(store, textEdits);
        this.clutter = new ClutterService(store, textEdits);
        this.details = new ArticleDetailsService(store, history);
        this.classroom = new Classroom(store, clock);
        this.live = new LiveUpdates(store);
    }

    /** Others' changes to the open articles, as they happen. */
    public LiveUpdates live() {
        return live;
    }

    /** Corpus search and find in one article. */
    public SearchService search() {
        return search;
    }

    /** What import repaired, and Edit › Restore original text. */
    public TextRepairService repairs() {
        return repairs;
    }

    /** Page clutter and metadata found in a text dump's body. */
    public ClutterService clutter() {
        return clutter;
    }

    /** Edit › Article details…. */
    public ArticleDetailsService details() {
        return details;
    }

    public UndoHistory history() {
        return history;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public ArticleTextEditService textEdits() {
        return textEdits;
    }

    public AnnotationExchangeService exchange() {
        return exchange;
    }

    public ArticleImportService imports() {
        return imports;
    }

    public CorpusService corpus() {
        return corpus;
    }

    public SchemeService scheme() {
        return scheme;
    }

    public ReadingService reading() {
        return reading;
    }

    /** File › Restore from backup…: the rolling backups of this database. */
    public BackupService backups() {
        return backups;
    }

    /** Why nothing can be changed (a database written by a newer Glossator), or empty. */
    public java.util.Optional<String> readOnlyReason() {
        return store.isReadOnly() ? java.util.Optional.of(store.readOnlyReason()) : java.util.Optional.empty();
    }

    /** Help › Add sample articles: the articles in sample-corpus/, for anyone who wants them. */
    public SampleCorpus samples() {
        return samples;
    }

    /** Reading packs, hand-ins, collecting and the teacher's views of a class. */
    public Classroom classroom() {
        return classroom;
    }
}
