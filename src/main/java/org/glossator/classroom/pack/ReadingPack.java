package org.glossator.classroom.pack;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.Verdict;

/**
 * A reading pack: what a teacher hands a class in one {@code .glossa} file.
 *
 * @param packId             {@code urn:uuid:...}; hand-ins name it, so a hand-in for another pack is recognised
 * @param instructions       Markdown shown beside the reader
 * @param due                optional due date
 * @param types              the annotation scheme: types with their colours
 * @param verdicts           the verdicts students may give a claim
 * @param articles           the articles, in reading order
 * @param reference          the teacher's reference annotations (W3C JSON), or null; not imported on the student's side
 * @param referenceAnnotator the creator name of the reference layer, or null
 */
public record ReadingPack(String packId, String title, String instructions, List<String> questions, LocalDate due,
                          Instant created, List<AnnotationType> types, List<Verdict> verdicts,
                          List<ArticleDraft> articles, byte[] reference, String referenceAnnotator) {
    /** The pack format this program writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    public ReadingPack {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(created, "created");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a reading pack needs a title");
        }
        title = title.strip();
        instructions = instructions == null ? "" : instructions;
        questions = questions == null ? List.of() : List.copyOf(questions);
        types = List.copyOf(types);
        verdicts = verdicts == null || verdicts.isEmpty() ? List.of(Verdict.values()) : List.copyOf(verdicts);
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a reading pack needs at least one article");
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a reading pack needs at least one annotation type");
        }
        if (reference != null && (referenceAnnotator == null || referenceAnnotator.isBlank())) {
            throw new IllegalArgumentException("reference annotations need the name of their annotator");
        }
        if (reference == null) {
            referenceAnnotator = null;
        }
    }

    public static String newPackId() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    public boolean hasReference() {
        return reference != null;
    }

    /** The same pack without the reference annotations: the copy to give students. */
    public ReadingPack withoutReference() {
        return new ReadingPack(packId, title, instructions, questions, due, created, types, verdicts, articles,
                null, null);
    }
}
