package org.glossator.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.domain.AnchorState;
import org.glossator.domain.Annotation;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.DefaultScheme;
import org.glossator.domain.TextTarget;
import org.glossator.domain.Verdict;

/** Test articles (written for these tests) and annotation builders. */
public final class ClassroomFixtures {
    public static final String TIDES_TEXT = """
            Why the tides are blamed for everything
            The harbour master says the new breakwater has ended flooding for good.
            Residents quoted in the council minutes disagree: "We still mop the cellar every spring."
            According to a 2019 survey by the port authority, nine in ten boats now moor safely.
            Critics point out that the survey asked only the yacht club.""";

    public static final String BEES_TEXT = """
            Rooftop bees and the city
            Every rooftop hive doubles the number of pollinators in a street, the brochure claims.
            A beekeeper told us, "Most of my bees fly to the park, not the balconies."
            The city's own count found fewer wild bees where hives are dense.""";

    private ClassroomFixtures() {
    }

    public static ArticleDraft tides() {
        return new ArticleDraft("Why the tides are blamed for everything", "R. Harbour", "2026-02-01",
                null, "tides.txt", TIDES_TEXT, List.of());
    }

    public static ArticleDraft bees() {
        return new ArticleDraft("Rooftop bees and the city", "M. Comb", "2026-03-12",
                "https://example.org/bees", "bees.md", BEES_TEXT, List.of());
    }

    public static ReadingPack pack(List<ArticleDraft> articles) {
        return new ReadingPack(ReadingPack.newPackId(), "Harbours and hives", "Read *both* articles.\n\nMark claims.",
                List.of("Which claim is weakest?", "Who is quoted without a source?"), LocalDate.parse("2026-12-01"),
                Instant.parse("2026-11-20T09:00:00Z"), DefaultScheme.types(), List.of(Verdict.values()), articles,
                null, null);
    }

    /** An annotation on the first occurrence of {@code quote} (code points = chars for these texts). */
    public static Annotation mark(long articleId, String text, String quote, String type, String creator) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in the text: " + quote);
        }
        return span(articleId, start, start + quote.length(), quote, type, creator);
    }

    public static Annotation span(long articleId, int start, int end, String exact, String type, String creator) {
        Instant now = Instant.parse("2026-11-21T10:00:00Z");
        return Annotation.builder().id(UUID.randomUUID().toString()).articleId(articleId).typeKey(type)
                .target(new TextTarget(start, end, exact, "", "")).note("").creator(creator).created(now)
                .modified(now).anchorState(AnchorState.ANCHORED)
                .verdict(type.equals("claim") ? Verdict.UNVERIFIED : null).build();
    }
}
