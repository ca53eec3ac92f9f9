package org.glossator.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reading packs opened into this store (by a student or by the teacher collecting hand-ins),
 * with their articles in pack order, and the hand-ins collected for each. Each call commits.
 */
public interface PackRepository {

    /** Inserts or replaces (by pack id) a pack with its questions and articles. */
    void save(StoredPack pack);

    Optional<StoredPack> find(String packId);

    /** Every pack, most recently opened first. */
    List<StoredPack> all();

    /** Packs that include the article, most recently opened first. */
    List<StoredPack> containing(long articleId);

    /** Sets whether students' layers are shown to one another (blind until revealed). */
    void setRevealed(String packId, boolean revealed);

    /** Records a collected hand-in, replacing the earlier one of the same student (by key). */
    void saveHandIn(HandInRecord handIn);

    /** The hand-ins collected for the pack, by student name. */
    List<HandInRecord> handIns(String packId);

    /** Deletes the pack record (not its articles or annotations). */
    boolean delete(String packId);

    /**
     * A pack as recorded in a store.
     *
     * @param typeKeys           the annotation types the pack's scheme uses, in its order
     * @param verdicts           verdict keys the pack offers for claims, in order
     * @param referenceAnnotator creator name of the teacher's reference layer, or null without one
     * @param revealed           whether the class's layers are shown to each student
     */
    record StoredPack(String packId, String title, String instructions, String due, List<String> questions,
                      List<String> typeKeys, List<String> verdicts, String referenceAnnotator, boolean revealed,
                      List<Long> articleIds, Instant openedAt) {
        public StoredPack {
            Objects.requireNonNull(packId, "packId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(openedAt, "openedAt");
            instructions = instructions == null ? "" : instructions;
            questions = questions == null ? List.of() : List.copyOf(questions);
            typeKeys = typeKeys == null ? List.of() : List.copyOf(typeKeys);
            verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
            articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        }
    }

    /**
     * One student's hand-in as collected.
     *
     * @param studentKey the student's name folded for comparison (two files with the same key are one student)
     * @param checksum   the checksum the file carried (verified when collected)
     * @param handedIn   when the student handed in, as the file says, or null
     */
    record HandInRecord(String packId, String studentKey, String student, String fileName, String checksum,
                        Instant handedIn, Instant collectedAt, int annotations) {
        public HandInRecord {
            Objects.requireNonNull(packId, "packId");
            Objects.requireNonNull(studentKey, "studentKey");
            Objects.requireNonNull(student, "student");
            Objects.requireNonNull(collectedAt, "collectedAt");
        }
    }
}
