package org.glossator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleSummary;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.ArticleDetails;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.LinkRelation;
import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextHash;
import org.glossator.domain.TextProvenance;
import org.glossator.domain.TextRepair;
import org.glossator.domain.TextStyle;
import org.glossator.domain.TextTarget;
import org.glossator.domain.TypeKind;
import org.glossator.domain.Verdict;
import org.glossator.store.ArticleRepository.AddOutcome;
import org.glossator.store.PackRepository.HandInRecord;
import org.glossator.store.PackRepository.StoredPack;
import org.glossator.store.SearchHit.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} must do, whatever its engine: the SQLite file and the shared
 * PostgreSQL store run these same tests ({@code SqliteStoreContractTest},
 * {@code PostgresStoreContractTest}). Only repository calls, no SQL: a behaviour the
 * interface promises is tested here once.
 */
public abstract class StoreContractTest {
    protected Store store;

    /** A new, empty store of the kind under test, at the latest schema. */
    protected abstract Store newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected static ArticleDraft draft(String title, String text) {
        return new ArticleDraft(title, "A. Writer", "2025-03-01", null, title + ".txt", text, List.of());
    }

    protected static Annotation annotation(long articleId, String type, int start, int end, String exact) {
        Instant now = Instant.parse("2025-06-01T10:15:30.123456789Z");
        return Annotation.builder().id(UUID.randomUUID().toString()).articleId(articleId).typeKey(type)
                .target(new TextTarget(start, end, exact, "", "")).note("note").tags(List.of("a", "b"))
                .creator("Ada").created(now).modified(now).build();
    }

    private static AnnotationLink link(Annotation from, Annotation to) {
        return new AnnotationLink(UUID.randomUUID().toString(), from.id(), to.id(), LinkRelation.SAME_AS, "Ada",
                Instant.parse("2025-06-01T00:00:00Z"));
    }

    // --- articles ---------------------------------------------------------------------------

    @Test
    void addsArticleAndRecognisesTheSameTextByHash() {
        AddOutcome first = store.articles().add(draft("One", "Open weights are not open source."));
        AddOutcome again = store.articles().add(draft("Other title", "Open weights are not open source."));
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.articles().count()).isEqualTo(1);
        var article = store.articles().find(first.id()).orElseThrow();
        assertThat(article.sha256()).isEqualTo(TextHash.sha256("Open weights are not open source."));
        assertThat(store.articles().findBySha256(article.sha256())).contains(article);
        assertThat(article.title()).isEqualTo("One");
        assertThat(article.importedAt()).isNotNull();
    }

    @Test
    void keepsFormattingSourceUrlAndProvenance() {
        var formatting = List.of(new StyleSpan(0, 4, TextStyle.STRONG));
        var provenance = new TextProvenance("windows-1252", List.of(new TextRepair(TextRepair.Kind.values()[0], 2)),
                "Orig text");
        long id = store.articles().add(new ArticleDraft("Web", null, null, "https://example.org/a", "a.html",
                "Bold text here", formatting, provenance)).id();
        var article = store.articles().find(id).orElseThrow();
        assertThat(article.formatting()).isEqualTo(formatting);
        assertThat(store.articles().findBySourceUrl("https://example.org/a")).contains(article);
        assertThat(store.articles().provenance(id)).contains(provenance);
        assertThat(store.articles().findBySourceUrl("https://example.org/none")).isEmpty();
    }

    @Test
    void summariesSortTitlesIgnoringCaseAndCountWordsAndAnnotations() {
        long id = store.articles().add(draft("b title", "one two three four")).id();
        store.articles().add(draft("A title", "five six"));
        store.articles().add(draft("C title", "seven"));
        store.annotations().save(annotation(id, "claim", 0, 3, "one"));
        var summaries = store.articles().summaries();
        assertThat(summaries).extracting(s -> s.title()).containsExactly("A title", "b title", "C title");
        assertThat(summaries.get(1).wordCount()).isEqualTo(4);
        assertThat(summaries.get(1).annotationCount()).isEqualTo(1);
        assertThat(summaries.get(0).annotationCount()).isZero();
    }

    /** Before, "Part 10" came before "Part 2", and "Über" after "Zeitgeist". */
    @Test
    void summariesOrderNumbersByValueAndAccentedLettersBesideTheirLetters() {
        for (String title : List.of("Zeitgeist", "Part 10", "Über alles", "part 2", "Uber alles", "Part 1")) {
            store.articles().add(draft(title, "Text of " + title + "."));
        }
        assertThat(store.articles().summaries()).extracting(ArticleSummary::title)
                .containsExactly("Part 1", "part 2", "Part 10", "Uber alles", "Über alles", "Zeitgeist");
    }

    @Test
    void updateTextChangesHashAndWordCount() {
        long id = store.articles().add(draft("T", "one two")).id();
        store.articles().updateText(id, "one two three", List.of(new StyleSpan(0, 3, TextStyle.EMPHASIS)));
        var article = store.articles().find(id).orElseThrow();
        assertThat(article.text()).isEqualTo("one two three");
        assertThat(article.sha256()).isEqualTo(TextHash.sha256("one two three"));
        assertThat(article.formatting()).containsExactly(new StyleSpan(0, 3, TextStyle.EMPHASIS));
        assertThat(store.articles().summaries().get(0).wordCount()).isEqualTo(3);
    }

    @Test
    void detailsCanBeReadAndReplaced() {
        long id = store.articles().add(draft("T", "text")).id();
        assertThat(store.articles().details(id).orElseThrow().author()).isEqualTo("A. Writer");
        var details = new ArticleDetails("New title", "B. Author", "2024", "https://example.org/x", "From a zine");
        assertThat(store.articles().updateDetails(id, details)).isTrue();
        assertThat(store.articles().details(id)).contains(details);
        assertThat(store.articles().updateDetails(id + 1000, details)).isFalse();
        assertThat(store.articles().details(id + 1000)).isEmpty();
    }

    // --- annotations ------------------------------------------------------------------------

    @Test
    void savesAndReloadsEveryAnnotationField() {
        long id = store.articles().add(draft("T", "The model is fully open source, they said.")).id();
        Annotation a = annotation(id, "claim", 4, 31, "model is fully open source").toBuilder()
                .verdict(Verdict.MISLEADING).evidence("the licence text").tags(List.of("licence", "weights"))
                .speaker("them").attributionGiven(false).citation("c").url("https://example.org").modifiedBy("Bo")
                .build();
        store.annotations().save(a);
        assertThat(store.annotations().find(a.id()).map(StoreContractTest::withoutVersion)).contains(a);

        Annotation edited = a.toBuilder().note("changed").tags(List.of("x")).verdict(Verdict.FALSE)
                .attributionGiven(null).modified(Instant.parse("2025-06-02T00:00:00Z")).build();
        store.annotations().save(edited);
        assertThat(store.annotations().find(a.id()).map(StoreContractTest::withoutVersion)).contains(edited);
        assertThat(store.annotations().count()).isEqualTo(1);
        assertThat(store.annotations().find("missing")).isEmpty();
    }

    /** The content of a stored annotation, without the version the store stamps. */
    protected static Annotation withoutVersion(Annotation stored) {
        return stored.withVersion(0);
    }

    // --- versions and optimistic edits (CONTRACT-17) ------------------------------------------

    @Test
    void everyWriteMovesTheVersionOnAndAnEditOnAStaleVersionIsRefused() {
        long id = store.articles().add(draft("T", "alpha beta")).id();
        Annotation a = annotation(id, "claim", 0, 5, "alpha");
        store.annotations().save(a);
        Annotation stored = store.annotations().find(a.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);

        Annotation edited = store.annotations().update(stored.toBuilder().note("checked").tags(List.of("c")).build());
        assertThat(edited.version()).isEqualTo(2);
        assertThat(store.annotations().find(a.id())).contains(edited);

        Annotation stale = stored.toBuilder().note("written on version 1").build();
        assertThatThrownBy(() -> store.annotations().update(stale))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.current()).contains(edited);
                    assertThat(e.attempted()).isEqualTo(stale);
                });
        assertThat(store.annotations().find(a.id())).contains(edited);

        store.annotations().save(edited.toBuilder().note("imported over it").build());
        assertThat(store.annotations().find(a.id()).orElseThrow().version()).isEqualTo(3);

        store.annotations().delete(a.id());
        assertThatThrownBy(() -> store.annotations().update(edited))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.current()).isEmpty());
        assertThat(store.annotations().find(a.id())).isEmpty();
    }

    @Test
    void forArticleOrdersByStartThenEndAndKeepsTagOrder() {
        long id = store.articles().add(draft("T", "abcdefghijklmnopqrstuvwxyz")).id();
        Annotation outer = annotation(id, "claim", 0, 20, "abcdefghijklmnopqrst").toBuilder()
                .tags(List.of("z-last", "a-first")).build();
        Annotation inner = annotation(id, "quote", 5, 10, "fghij").toBuilder().tags(List.of()).build();
        Annotation crossing = annotation(id, "source", 15, 25, "pqrstuvwxy");
        store.annotations().saveAll(List.of(crossing, inner, outer));
        List<Annotation> found = store.annotations().forArticle(id);
        assertThat(found).extracting(Annotation::id).containsExactly(outer.id(), inner.id(), crossing.id());
        assertThat(found.get(0).tags()).containsExactly("z-last", "a-first");
        assertThat(found.get(1).tags()).isEmpty();
        assertThat(store.annotations().all()).extracting(Annotation::id)
                .containsExactly(outer.id(), inner.id(), crossing.id());
    }

    @Test
    void streamsAnArticlesAnnotationsAsRowsLikeForArticleAndByCreator() throws IOException {
        long id = store.articles().add(draft("One", "alpha beta gamma delta")).id();
        long other = store.articles().add(draft("Two", "another text")).id();
        Instant later = Instant.parse("2025-06-02T08:00:00Z");
        store.annotations().saveAll(List.of(
                annotation(id, "claim", 11, 16, "gamma").toBuilder().tags(List.of("z", "a")).verdict(Verdict.FALSE)
                        .evidence("see \"the report\",\nline 2").modified(later).modifiedBy("Zoë").build(),
                annotation(id, "quote", 0, 5, "alpha").toBuilder().creator("bob").speaker("Ünal 🙂")
                        .attributionGiven(false).note("").build(),
                annotation(id, "source", 6, 10, "beta").toBuilder().tags(List.of()).citation("Doe, 2020")
                        .url("https://example.org/a?b=c").target(new TextTarget(6, 10, "beta", "alpha ", " gam"))
                        .build(),
                annotation(id, "claim", 17, 22, "delta").toBuilder().creator("").anchorState(AnchorState.ORPHANED)
                        .importedSelectors("[{\"type\":\"XPathSelector\",\"value\":\"/p[2]\"}]").build(),
                annotation(other, "claim", 0, 7, "another")));
        List<AnnotationRow> streamed = new ArrayList<>();
        store.annotations().forEachRowOfArticle(id, null, streamed::add);
        assertThat(AnnotationRowText.of(streamed)).isEqualTo(AnnotationRowText.of(
                store.annotations().forArticle(id).stream().map(AnnotationRow::of).toList()));
        assertThat(AnnotationRowText.of(streamed)).extracting(m -> m.get("exact"))
                .containsExactly("alpha", "beta", "gamma", "delta");
        assertThat(AnnotationRowText.of(streamed.get(2)).get("tags")).isEqualTo(List.of("z", "a"));

        List<AnnotationRow> bobs = new ArrayList<>();
        store.annotations().forEachRowOfArticle(id, "bob", bobs::add);
        assertThat(AnnotationRowText.of(bobs)).extracting(m -> m.get("exact")).containsExactly("alpha");

        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> store.annotations().forEachRowOfArticle(id, null, a -> {
            seen.add(a.id());
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(seen).hasSize(1);
        assertThat(store.annotations().count()).isEqualTo(5);
    }

    @Test
    void creatorsAreDistinctAndSorted() {
        long id = store.articles().add(draft("T", "some words here")).id();
        store.annotations().saveAll(List.of(
                annotation(id, "claim", 0, 4, "some").toBuilder().creator("Zoe").build(),
                annotation(id, "claim", 5, 10, "words").toBuilder().creator("Ada").build(),
                annotation(id, "quote", 11, 15, "here").toBuilder().creator("Zoe").build()));
        assertThat(store.annotations().creators()).containsExactly("Ada", "Zoe");
    }

    @Test
    void deletingAnAnnotationTakesItsLinks() {
        long id = store.articles().add(draft("T", "claim text and source text")).id();
        Annotation claim = annotation(id, "claim", 0, 10, "claim text");
        Annotation source = annotation(id, "source", 15, 26, "source text");
        store.annotations().saveAll(List.of(claim, source));
        AnnotationLink link = link(claim, source);
        store.annotations().saveLink(link);
        store.annotations().save(claim.toBuilder().note("edited").build());
        assertThat(store.annotations().linksOf(claim.id())).containsExactly(link);

        assertThat(store.annotations().delete(source.id())).isTrue();
        assertThat(store.annotations().delete(source.id())).isFalse();
        assertThat(store.annotations().allLinks()).isEmpty();
    }

    @Test
    void aDeletionIsRememberedWithItsTimeUntilTheAnnotationIsSavedAgain() {
        long id = store.articles().add(draft("T", "claim text and source text")).id();
        Annotation claim = annotation(id, "claim", 0, 10, "claim text");
        Annotation kept = annotation(id, "source", 15, 26, "source text");
        store.annotations().saveAll(List.of(claim, kept));
        assertThat(store.annotations().deletions()).isEmpty();

        java.time.Instant before = java.time.Instant.now();
        assertThat(store.annotations().delete(claim.id())).isTrue();
        assertThat(store.annotations().deletions()).containsOnlyKeys(claim.id());
        assertThat(store.annotations().deletions().get(claim.id())).isAfterOrEqualTo(before);
        assertThat(store.annotations().delete("no-such-annotation")).isFalse();
        assertThat(store.annotations().deletions()).containsOnlyKeys(claim.id());

        store.annotations().save(claim); // undo
        assertThat(store.annotations().deletions()).isEmpty();
        assertThat(store.annotations().find(claim.id())).isPresent();
    }

    @Test
    void linksJoinAnnotationsAcrossArticlesAndCascadeWithArticleDelete() {
        long a1 = store.articles().add(draft("First", "Models are open source.")).id();
        long a2 = store.articles().add(draft("Second", "They repeat: models are open source.")).id();
        Annotation claim = annotation(a1, "claim", 0, 22, "Models are open source");
        Annotation repeat = annotation(a2, "claim", 13, 35, "models are open source");
        Annotation other = annotation(a2, "quote", 0, 4, "They");
        store.annotations().saveAll(List.of(claim, repeat, other));
        AnnotationLink same = link(claim, repeat);
        store.annotations().saveLink(same);
        store.annotations().saveLink(link(repeat, other));

        assertThat(store.annotations().linksForArticle(a1)).containsExactly(same);
        assertThat(store.annotations().linksOf(repeat.id())).hasSize(2);

        assertThat(store.articles().delete(a1)).isTrue();
        assertThat(store.articles().delete(a1)).isFalse();
        assertThat(store.annotations().find(claim.id())).isEmpty();
        assertThat(store.annotations().linksOf(repeat.id())).hasSize(1);
        assertThat(store.annotations().count()).isEqualTo(2);
    }

    @Test
    void aLinkIsReplacedByIdAndCanBeDeleted() {
        long id = store.articles().add(draft("T", "one two")).id();
        Annotation a = annotation(id, "claim", 0, 3, "one");
        Annotation b = annotation(id, "claim", 4, 7, "two");
        store.annotations().saveAll(List.of(a, b));
        AnnotationLink link = link(a, b);
        store.annotations().saveLink(link);
        AnnotationLink changed = new AnnotationLink(link.id(), a.id(), b.id(), LinkRelation.RELATED, "Bo",
                link.created());
        store.annotations().saveLink(changed);
        assertThat(store.annotations().allLinks()).containsExactly(changed);
        assertThat(store.annotations().deleteLink(link.id())).isTrue();
        assertThat(store.annotations().deleteLink(link.id())).isFalse();
    }

    @Test
    void linkToMissingAnnotationIsRefused() {
        long id = store.articles().add(draft("T", "text")).id();
        Annotation a = annotation(id, "claim", 0, 4, "text");
        store.annotations().save(a);
        AnnotationLink dangling = new AnnotationLink("l1", a.id(), "missing", LinkRelation.RELATED, "", Instant.now());
        assertThatThrownBy(() -> store.annotations().saveLink(dangling)).isInstanceOf(StoreException.class);
        assertThat(store.annotations().allLinks()).isEmpty();
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.articles().add(draft("Half", "half imported"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store.articles().count()).isZero();
    }

    @Test
    void anAnnotationOnAMissingArticleIsRefusedAndNothingOfTheBatchIsKept() {
        long id = store.articles().add(draft("T", "text")).id();
        Annotation good = annotation(id, "claim", 0, 4, "text");
        Annotation bad = annotation(id + 999, "claim", 0, 4, "text");
        assertThatThrownBy(() -> store.annotations().saveAll(List.of(good, bad))).isInstanceOf(StoreException.class);
        assertThat(store.annotations().count()).isZero();
    }

    // --- scheme -----------------------------------------------------------------------------

    private static AnnotationType loaded() {
        return new AnnotationType("loaded-language", "Loaded language", "#CC79A7", 3, TypeKind.GENERIC, false);
    }

    @Test
    void startsWithTheBuiltInScheme() {
        assertThat(store.scheme().types()).extracting(AnnotationType::key)
                .containsExactlyElementsOf(org.glossator.domain.DefaultScheme.types().stream()
                        .map(AnnotationType::key).toList());
        assertThat(store.scheme().types()).allMatch(AnnotationType::builtIn);
    }

    @Test
    void userTypesCanBeAddedRenamedReorderedAndDeletedUnlessInUse() {
        store.scheme().save(loaded());
        store.scheme().save(loaded().withLabel("Loaded words").withColor("#F0E442"));
        store.scheme().reorder(List.of("loaded-language", "claim", "quote", "source"));
        List<AnnotationType> types = store.scheme().types();
        assertThat(types).extracting(AnnotationType::key).startsWith("loaded-language", "claim", "quote", "source");
        assertThat(types.get(0).label()).isEqualTo("Loaded words");
        assertThat(types.get(0).builtIn()).isFalse();

        long id = store.articles().add(draft("T", "some loaded words")).id();
        Annotation use = annotation(id, "loaded-language", 5, 11, "loaded");
        store.annotations().save(use);
        assertThat(store.scheme().usageCount("loaded-language")).isEqualTo(1);
        assertThatThrownBy(() -> store.scheme().delete("loaded-language"))
                .isInstanceOf(SchemeRuleException.class).hasMessageContaining("used by 1 annotation");
        assertThatThrownBy(() -> store.scheme().save(new AnnotationType("loaded-language", "L", "#CC79A7", 3,
                TypeKind.CLAIM, false))).isInstanceOf(SchemeRuleException.class);
        store.annotations().delete(use.id());
        store.scheme().delete("loaded-language");
        assertThat(store.scheme().find("loaded-language")).isEmpty();
        assertThatThrownBy(() -> store.scheme().delete("claim")).hasMessageContaining("built in");
    }

    // --- packs ------------------------------------------------------------------------------

    private static StoredPack pack(String id, List<Long> articles, Instant opened) {
        return new StoredPack(id, "Pack " + id, "Read.", "2026-12-01", List.of("Q1", "Q2"), List.of("claim", "quote"),
                List.of("false", "accurate"), "Ms Reed", false, articles, opened);
    }

    @Test
    void packsKeepQuestionsAndArticlesInOrderAndHandInsOnePerStudent() {
        long a = store.articles().add(draft("A", "First text.")).id();
        long b = store.articles().add(draft("B", "Second text.")).id();
        store.packs().save(pack("p1", List.of(b, a), Instant.parse("2026-11-01T00:00:00Z")));
        store.packs().save(pack("p2", List.of(a), Instant.parse("2026-11-02T00:00:00Z")));
        StoredPack found = store.packs().find("p1").orElseThrow();
        assertThat(found.articleIds()).containsExactly(b, a);
        assertThat(found.questions()).containsExactly("Q1", "Q2");
        assertThat(found.verdicts()).containsExactly("false", "accurate");
        assertThat(store.packs().all()).extracting(StoredPack::packId).containsExactly("p2", "p1");
        assertThat(store.packs().containing(b)).extracting(StoredPack::packId).containsExactly("p1");
        store.packs().setRevealed("p1", true);
        assertThat(store.packs().find("p1").orElseThrow().revealed()).isTrue();

        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        store.packs().saveHandIn(new HandInRecord("p1", "ben", "ben", "b.json", "sha256:2", null, t, 0));
        store.packs().saveHandIn(new HandInRecord("p1", "anna", "Anna", "a.json", "sha256:1", t, t, 3));
        store.packs().saveHandIn(new HandInRecord("p1", "anna", "Anna", "a2.json", "sha256:3", t, t, 5));
        assertThat(store.packs().handIns("p1")).extracting(h -> h.student() + ":" + h.fileName() + ":" + h.annotations())
                .containsExactly("Anna:a2.json:5", "ben:b.json:0");

        store.articles().delete(a);
        assertThat(store.packs().find("p1").orElseThrow().articleIds()).containsExactly(b);
        assertThat(store.packs().delete("p1")).isTrue();
        assertThat(store.packs().find("p1")).isEmpty();
        assertThat(store.packs().handIns("p1")).isEmpty();
    }

    // --- search -----------------------------------------------------------------------------

    private long[] searchCorpus() {
        long harbour = store.articles().add(draft("Harbour lights",
                "🔦 The council lit the harbour at night.\nFishermen said the harbour lights were too bright.")).id();
        long library = store.articles().add(draft("Library hours",
                "The library opens later; the licence for the café expired. Lighthouse keepers disagreed.")).id();
        long bridge = store.articles().add(draft("Bridge repairs",
                "Repairs on the bridge start in May, the council said.")).id();
        return new long[] {harbour, library, bridge};
    }

    @Test
    void searchReportsCodePointOffsetsOfEveryMatchAndASnippet() {
        long harbour = searchCorpus()[0];
        List<SearchHit> hits = store.search().search(SearchQuery.of("harbour"));
        assertThat(hits).extracting(SearchHit::articleId).containsExactly(harbour);
        SearchHit hit = hits.get(0);
        // The torch emoji is two chars but one code point: offsets count code points.
        assertThat(hit.matches()).containsExactly(new Range(22, 29), new Range(59, 66));
        assertThat(hit.snippet()).contains("harbour");
        Range first = hit.snippetHighlights().get(0);
        assertThat(hit.snippet().substring(first.start(), first.end())).isEqualTo("harbour");
        assertThat(hit.score()).isPositive();
        assertThat(store.search().matchesIn(harbour, "harbour")).containsExactly(new Range(22, 29), new Range(59, 66));
    }

    @Test
    void searchRanksTitlesFirstAndKnowsPhrasesPrefixesAccentsAndOperators() {
        long[] ids = searchCorpus();
        long harbour = ids[0];
        long library = ids[1];
        long bridge = ids[2];
        assertThat(store.search().search(SearchQuery.of("council"))).extracting(SearchHit::articleId)
                .containsExactlyInAnyOrder(harbour, bridge);
        assertThat(store.search().search(SearchQuery.of("lights OR lighthouse")).get(0).articleId()).isEqualTo(harbour);
        assertThat(store.search().search(SearchQuery.of("\"harbour lights\""))).extracting(SearchHit::articleId)
                .containsExactly(harbour);
        assertThat(store.search().search(SearchQuery.of("\"lights harbour\""))).isEmpty();
        assertThat(store.search().search(SearchQuery.of("light*"))).extracting(SearchHit::articleId)
                .containsExactlyInAnyOrder(harbour, library);
        assertThat(store.search().search(SearchQuery.of("cafe"))).extracting(SearchHit::articleId)
                .containsExactly(library);
        assertThat(store.search().search(SearchQuery.of("later; the"))).extracting(SearchHit::articleId)
                .containsExactly(library);
        assertThat(store.search().search(SearchQuery.of("council NOT bridge"))).extracting(SearchHit::articleId)
                .containsExactly(harbour);
        assertThat(store.search().search(SearchQuery.of("(bridge OR library) AND the"))).extracting(SearchHit::articleId)
                .containsExactlyInAnyOrder(library, bridge);
        // Words side by side mean AND, next to parentheses too (FTS5 alone would refuse this).
        assertThat(store.search().search(SearchQuery.of("(bridge OR library) the"))).extracting(SearchHit::articleId)
                .containsExactlyInAnyOrder(library, bridge);
        assertThat(store.search().search(SearchQuery.of("co-op:harbour"))).isEmpty();
        assertThat(store.search().matchesIn(bridge, "harbour")).isEmpty();
    }

    @Test
    void searchFiltersOnOneAnnotationsTypeTagAndVerdict() {
        long[] ids = searchCorpus();
        store.annotations().save(annotation(ids[1], "claim", 4, 11, "library").toBuilder()
                .verdict(Verdict.UNSUPPORTED).tags(List.of("Licence")).build());
        store.annotations().save(annotation(ids[2], "claim", 0, 7, "Repairs").toBuilder()
                .verdict(Verdict.ACCURATE).tags(List.of("licence")).build());
        store.annotations().save(annotation(ids[0], "quote", 0, 3, "The").toBuilder()
                .tags(List.of("licence")).build());
        assertThat(store.search().search(new SearchQuery("the", "claim", "licence", Verdict.UNSUPPORTED, 10)))
                .extracting(SearchHit::articleId).containsExactly(ids[1]);
        assertThat(store.search().search(new SearchQuery("the", "quote", null, null, 10)))
                .extracting(SearchHit::articleId).containsExactly(ids[0]);
    }

    @Test
    void searchFollowsTextAndTitleEditsAndDeletes() {
        long[] ids = searchCorpus();
        store.articles().updateText(ids[2], "The ferry replaces the bridge.", List.of());
        store.articles().updateDetails(ids[1], new ArticleDetails("Reading room", null, null, null, null));
        store.articles().delete(ids[0]);
        assertThat(store.search().search(SearchQuery.of("ferry"))).extracting(SearchHit::articleId)
                .containsExactly(ids[2]);
        assertThat(store.search().search(SearchQuery.of("repairs"))).extracting(SearchHit::articleId)
                .containsExactly(ids[2]);
        assertThat(store.search().search(SearchQuery.of("reading"))).extracting(SearchHit::title)
                .containsExactly("Reading room");
        assertThat(store.search().search(SearchQuery.of("harbour"))).isEmpty();
    }

    @Test
    void badSearchSyntaxIsAClearMessage() {
        searchCorpus();
        assertThatThrownBy(() -> store.search().search(SearchQuery.of("\"harbour lights")))
                .isInstanceOf(SearchSyntaxException.class).hasMessageContaining("quotation mark is not closed");
        assertThatThrownBy(() -> store.search().search(SearchQuery.of("harbour OR")))
                .isInstanceOf(SearchSyntaxException.class).hasMessageContaining("“OR” needs a word on each side");
        assertThatThrownBy(() -> store.search().search(SearchQuery.of("(harbour")))
                .isInstanceOf(SearchSyntaxException.class).hasMessageContaining("parenthesis");
        assertThatThrownBy(() -> store.search().search(SearchQuery.of("***")))
                .isInstanceOf(SearchSyntaxException.class).hasMessageContaining("Nothing to search for");
    }
}
