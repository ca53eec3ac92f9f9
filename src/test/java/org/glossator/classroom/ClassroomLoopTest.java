package org.glossator.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.glossator.classroom.ClassroomFixtures.BEES_TEXT;
import static org.glossator.classroom.ClassroomFixtures.TIDES_TEXT;
import static org.glossator.classroom.ClassroomFixtures.mark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glossator.classroom.pack.PackException;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.TypeKind;
import org.glossator.store.PackRepository.StoredPack;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop on two stores: the teacher makes a pack, students open it, hand in, the teacher collects. */
class ClassroomLoopTest {
    @TempDir
    Path dir;
    SqliteStore teacher;
    long tidesId;
    long beesId;
    ReadingPack pack;
    Path packFile;
    Path handIns;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void teacherMakesAPack() throws Exception {
        teacher = SqliteStore.open(dir.resolve("teacher.db"));
        tidesId = teacher.articles().add(ClassroomFixtures.tides()).id();
        beesId = teacher.articles().add(ClassroomFixtures.bees()).id();
        teacher.scheme().save(new AnnotationType("loaded", "Loaded language", "#CC79A7", 3, TypeKind.GENERIC, false));
        teacher.annotations().save(mark(tidesId, TIDES_TEXT, "has ended flooding for good", "claim", "Ms Reed"));
        teacher.annotations().save(mark(beesId, BEES_TEXT, "doubles the number of pollinators", "claim", "Ms Reed"));
        PackService packs = new PackService(teacher, clock);
        pack = packs.create(new PackRequest("Harbours and hives", List.of(tidesId, beesId), "Read *both*.",
                List.of("Which claim is weakest?"), java.time.LocalDate.parse("2026-12-01"), true, null));
        packFile = dir.resolve("harbours.glossa");
        packs.write(pack, packFile);
        handIns = Files.createDirectories(dir.resolve("hand-ins"));
    }

    @AfterEach
    void close() {
        teacher.close();
    }

    /** A student opens the pack in their own store, their marks become exactly these claims, and they hand in. */
    private HandInResult student(String name, String... claims) throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve(name.replace(' ', '_') + ".db"))) {
            ReadingPack read = new PackService(store).read(packFile);
            PackOpening opening = new PackService(store).openAsStudent(read);
            long tides = opening.articles().get(0).articleId();
            store.annotations().all().forEach(a -> store.annotations().delete(a.id()));
            for (String quote : claims) {
                store.annotations().save(mark(tides, TIDES_TEXT, quote, "claim", name));
            }
            return new HandInService(store, clock).handIn(read, name, null, handIns);
        }
    }

    @Test
    void packCarriesArticlesSchemeQuestionsAndTheReference() {
        assertThat(pack.articles()).extracting(a -> a.title())
                .containsExactly("Why the tides are blamed for everything", "Rooftop bees and the city");
        assertThat(pack.types()).extracting(AnnotationType::key).contains("claim", "quote", "source", "loaded");
        assertThat(pack.referenceAnnotator()).isEqualTo("Ms Reed");
        assertThat(new String(pack.reference())).contains("has ended flooding for good");
    }

    @Test
    void studentOpeningAddsArticlesAndTypesButNotTheReference() throws Exception {
        try (SqliteStore student = SqliteStore.open(dir.resolve("student.db"))) {
            long already = student.articles().add(ClassroomFixtures.bees()).id();
            PackOpening opening = new PackService(student, clock).openAsStudent(new PackService(student).read(packFile));

            assertThat(opening.articles()).extracting(PackOpening.OpenedArticle::added).containsExactly(true, false);
            assertThat(opening.articles().get(1).articleId()).isEqualTo(already);
            assertThat(student.articles().count()).isEqualTo(2);
            assertThat(opening.typesAdded()).containsExactly("loaded");
            assertThat(student.scheme().find("loaded")).get().extracting(AnnotationType::color).isEqualTo("#CC79A7");
            assertThat(student.annotations().count()).as("the reference stays hidden").isZero();
            StoredPack stored = student.packs().find(pack.packId()).orElseThrow();
            assertThat(stored.title()).isEqualTo("Harbours and hives");
            assertThat(stored.questions()).containsExactly("Which claim is weakest?");
            assertThat(stored.due()).isEqualTo("2026-12-01");
            assertThat(stored.articleIds()).hasSize(2);

            PackService service = new PackService(student);
            assertThat(service.openedPacks()).extracting(StoredPack::packId).containsExactly(pack.packId());
            assertThat(service.opened(pack.packId())).get().extracting(StoredPack::instructions).isEqualTo("Read *both*.");
            assertThat(service.packsContaining(already)).hasSize(1);

            // Opening again changes nothing.
            new PackService(student).openAsStudent(new PackService(student).read(packFile));
            assertThat(student.articles().count()).isEqualTo(2);
            assertThat(student.packs().all()).hasSize(1);
        }
    }

    @Test
    void progressCountsTheStudentsAnnotatedArticles() throws Exception {
        try (SqliteStore student = SqliteStore.open(dir.resolve("student.db"))) {
            PackOpening opening = new PackService(student).openAsStudent(new PackService(student).read(packFile));
            long tides = opening.articles().get(0).articleId();
            student.annotations().save(mark(tides, TIDES_TEXT, "nine in ten boats", "claim", "Anna"));
            student.annotations().save(mark(tides, TIDES_TEXT, "the yacht club", "source", "Anna"));
            student.annotations().save(mark(tides, TIDES_TEXT, "breakwater", "claim", "Someone else"));

            PackProgress progress = new PackService(student).progress(pack.packId(), "Anna");

            assertThat(progress.articles()).extracting(PackProgress.ArticleProgress::annotations).containsExactly(2, 0);
            assertThat(progress.annotatedArticles()).isEqualTo(1);
            assertThat(new PackService(student).progress(pack.packId(), null).articles().get(0).annotations())
                    .isEqualTo(3);
        }
    }

    @Test
    void handInIsW3cJsonNamedAfterPackAndStudentAndHandingInAgainReplacesIt() throws Exception {
        HandInResult first = student("Anna Berg", "nine in ten boats");
        assertThat(first.file().getFileName()).hasToString("harbours-and-hives--anna-berg.json");
        assertThat(first.annotations()).isEqualTo(1);
        assertThat(first.replaced()).isFalse();
        JsonNode json = new ObjectMapper().readTree(first.file().toFile());
        assertThat(json.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(json.get("handIn").get("packId").asText()).isEqualTo(pack.packId());
        assertThat(json.get("handIn").get("student").asText()).isEqualTo("Anna Berg");
        assertThat(json.get("handIn").get("checksum").asText()).startsWith("sha256:").isEqualTo(first.checksum());
        assertThat(json.get("first").get("items").get(0).get("target").get("selector").toString())
                .contains("nine in ten boats");

        HandInResult second = student("Anna Berg", "nine in ten boats", "has ended flooding for good");
        assertThat(second.file()).isEqualTo(first.file());
        assertThat(second.replaced()).isTrue();
        assertThat(second.annotations()).isEqualTo(2);
        try (var files = Files.list(handIns)) {
            assertThat(files.toList()).containsExactly(first.file());
        }
    }

    /**
     * Before, packs, hand-ins and reports were owner-only (0600, from Files.createTempFile): students
     * could not open a pack on a shared drive, nor a teacher read hand-ins the students copied there.
     */
    @Test
    void packsHandInsAndReportsGetTheUsersUsualPermissionsLikeAnyNewFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe.txt")));
        Path report = dir.resolve("tides-report.html");
        new ReportService(teacher, clock).write(tidesId, List.of(), report);
        HandInResult handIn = student("Anna Berg", "nine in ten boats");

        assertThat(Files.getPosixFilePermissions(packFile)).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(handIn.file())).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(usual);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    /** Names that differ only in case are two people: neither layer may swallow the other. */
    @Test
    void withoutAPackAnnotatorsWhoseNamesDifferOnlyInCaseKeepALayerEach() {
        teacher.annotations().save(mark(tidesId, TIDES_TEXT, "nine in ten boats", "claim", "ana"));
        teacher.annotations().save(mark(tidesId, TIDES_TEXT, "has ended flooding for good", "claim", "Ana"));
        ClassroomService classroom = new ClassroomService(teacher);

        Map<String, List<Annotation>> layers = classroom.annotatorLayers(tidesId);

        assertThat(layers.keySet()).containsExactly("Ana", "ana", "Ms Reed");
        assertThat(layers.get("ana")).extracting(a -> a.target().exact()).containsExactly("nine in ten boats");
        assertThat(classroom.annotatorsOf(tidesId)).containsExactly("Ana", "ana", "Ms Reed");
        assertThat(classroom.agreementOn(tidesId).students()).containsExactly("Ana", "ana", "Ms Reed");
    }

    @Test
    void handInWithoutTheArticlesSaysToOpenThePackFirst() throws Exception {
        try (SqliteStore empty = SqliteStore.open(dir.resolve("empty.db"))) {
            assertThatThrownBy(() -> new HandInService(empty).handIn(pack, "Anna", null, handIns))
                    .isInstanceOf(PackException.class).hasMessageContaining("open the pack first");
        }
    }

    @Test
    void collectMakesOneLayerPerStudentAndRefusesBadFilesWithReasons() throws Exception {
        student("Anna Berg", "nine in ten boats", "has ended flooding for good");
        student("Ben Ode", "nine in ten boats");
        Path carl = student("Carl Dunn").file();
        // Another pack's hand-in.
        ReadingPack other = ClassroomFixtures.pack(List.of(ClassroomFixtures.tides()));
        Path otherPack = dir.resolve("other.glossa");
        new PackService(teacher).write(other, otherPack);
        try (SqliteStore s = SqliteStore.open(dir.resolve("dora.db"))) {
            new PackService(s).openAsStudent(other);
            new HandInService(s).handIn(other, "Dora Eve", null, handIns.resolve("dora-other.json"));
        }
        // A tampered hand-in: Ben's copy with a claim moved to another passage.
        Path ben = handIns.resolve("harbours-and-hives--ben-ode.json");
        String tampered = Files.readString(ben).replace("nine in ten boats", "nine in ten yacht");
        Files.writeString(handIns.resolve("ben-tampered.json"), tampered);
        // Two files claiming the same student: Carl's and a renamed copy.
        Files.copy(carl, handIns.resolve("carl-copy.json"));
        Files.writeString(handIns.resolve("notes.json"), "{\"hello\": 1}");

        CollectReport report = new CollectService(teacher, clock).collect(pack, handIns);

        assertThat(report.collected()).extracting(CollectReport.Collected::student)
                .containsExactlyInAnyOrder("Anna Berg", "Ben Ode");
        assertThat(report.refused()).extracting(r -> r.file().getFileName().toString() + ":" + r.reason())
                .containsExactlyInAnyOrder("ben-tampered.json:TAMPERED", "carl-copy.json:SAME_STUDENT",
                        "harbours-and-hives--carl-dunn.json:SAME_STUDENT", "dora-other.json:OTHER_PACK",
                        "notes.json:NOT_A_HAND_IN");
        assertThat(report.refused()).filteredOn(r -> r.reason() == CollectReport.Reason.TAMPERED)
                .first().extracting(CollectReport.Refused::message).asString().contains("checksum does not match");
        assertThat(report.refused()).filteredOn(r -> r.reason() == CollectReport.Reason.SAME_STUDENT)
                .first().extracting(CollectReport.Refused::message).asString()
                .contains("2 files claim the student \"Carl Dunn\"");

        ClassroomService classroom = new ClassroomService(teacher);
        assertThat(classroom.students(pack.packId())).containsExactly("Anna Berg", "Ben Ode");
        Map<String, List<Annotation>> layers = classroom.studentLayers(pack.packId(), tidesId);
        assertThat(layers.get("Anna Berg")).hasSize(2).allMatch(a -> a.creator().equals("Anna Berg"));
        assertThat(layers.get("Ben Ode")).hasSize(1);
        assertThat(classroom.referenceLayer(pack.packId(), tidesId)).hasSize(1)
                .allMatch(a -> a.creator().equals("Ms Reed"));
    }

    @Test
    void collectingAgainReplacesAStudentsLayer() throws Exception {
        student("Anna Berg", "nine in ten boats", "has ended flooding for good");
        new CollectService(teacher, clock).collect(pack, handIns);
        student("Anna Berg", "the yacht club");

        CollectReport again = new CollectService(teacher, clock).collect(pack, handIns);

        assertThat(again.collected()).singleElement().satisfies(c -> {
            assertThat(c.replacedEarlier()).isTrue();
            assertThat(c.annotations()).isEqualTo(1);
        });
        assertThat(new ClassroomService(teacher).studentLayers(pack.packId(), tidesId).get("Anna Berg"))
                .extracting(a -> a.target().exact()).containsExactly("the yacht club");
    }

    @Test
    void blindUntilTheTeacherReveals() throws Exception {
        student("Anna Berg", "nine in ten boats");
        student("Ben Ode", "the yacht club");
        new CollectService(teacher, clock).collect(pack, handIns);
        ClassroomService classroom = new ClassroomService(teacher);

        assertThat(classroom.visibleLayers(pack.packId(), tidesId, "anna berg").keySet()).containsExactly("Anna Berg");
        classroom.setRevealed(pack.packId(), true);
        assertThat(classroom.visibleLayers(pack.packId(), tidesId, "Anna Berg").keySet())
                .containsExactly("Anna Berg", "Ben Ode");
    }

    @Test
    void aRefusedPackChangesNothingInTheStore() throws Exception {
        Path broken = dir.resolve("broken.glossa");
        byte[] bytes = Files.readAllBytes(packFile);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(broken, bytes);
        try (SqliteStore student = SqliteStore.open(dir.resolve("student.db"))) {
            int articles = student.articles().count();
            assertThatThrownBy(() -> new PackService(student).read(broken)).isInstanceOf(PackException.class);
            assertThat(student.articles().count()).isEqualTo(articles);
            assertThat(student.packs().all()).isEmpty();
        }
    }

    @Test
    void referenceNeedsAnAnnotatorWhenSeveralAnnotated() {
        teacher.annotations().save(mark(tidesId, TIDES_TEXT, "the yacht club", "source", "Mr Lark"));
        PackService packs = new PackService(teacher);
        assertThatThrownBy(() -> packs.create(new PackRequest("T", List.of(tidesId), "", List.of(), null, true, null)))
                .hasMessageContaining("Several people annotated").hasMessageContaining("\"Mr Lark\"");
        ReadingPack chosen = packs.create(new PackRequest("T", List.of(tidesId), "", List.of(), null, true, "Mr Lark"));
        assertThat(new String(chosen.reference())).contains("the yacht club").doesNotContain("ended flooding");
    }

    @Test
    void checksumCoversTheStudentsName() throws Exception {
        Path file = student("Anna Berg", "nine in ten boats").file();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(file.toFile());
        ((ObjectNode) json.get("handIn")).put("student", "Someone Else");
        Files.write(handIns.resolve("renamed.json"), mapper.writeValueAsBytes(json));
        Files.delete(file);

        CollectReport report = new CollectService(teacher, clock).collect(pack, handIns);

        assertThat(report.collected()).isEmpty();
        assertThat(report.refused()).singleElement().extracting(CollectReport.Refused::reason)
                .isEqualTo(CollectReport.Reason.TAMPERED);
    }

    @Test
    void teacherViewsComparisonHeatmapDiscussionCountsAndAgreementFromTheStore() throws Exception {
        student("Anna Berg", "has ended flooding for good", "nine in ten boats");
        student("Ben Ode", "has ended flooding for good");
        student("Carl Dunn", "has ended flooding for good", "the yacht club");
        new CollectService(teacher, clock).collect(pack, handIns);
        ClassroomService classroom = new ClassroomService(teacher);

        var comparison = classroom.compare(tidesId, "Ms Reed", "Anna Berg");
        assertThat(comparison.matched()).hasSize(1);
        assertThat(comparison.extra()).extracting(a -> a.target().exact()).containsExactly("nine in ten boats");
        assertThat(comparison.missed()).isEmpty();

        var heat = classroom.heatmapView(pack.packId(), tidesId).heatmap();
        assertThat(heat.maxCount()).isEqualTo(3);
        var steps = classroom.discussion(pack.packId(), tidesId, 5);
        assertThat(steps).extracting(d -> d.rank() + ":" + d.excerpt() + ":" + d.passage().peak())
                .containsExactly("1:has ended flooding for good:3", "2:nine in ten boats:1", "3:the yacht club:1");
        assertThat(TIDES_TEXT.substring(steps.get(0).charStart(), steps.get(0).charEnd()))
                .isEqualTo("has ended flooding for good");
        assertThat(steps.get(0).passage().annotations()).extracting(Annotation::creator)
                .containsExactly("Anna Berg", "Ben Ode", "Carl Dunn");

        var counts = classroom.countsPerAnnotator(tidesId);
        assertThat(counts.keySet()).containsExactly("Anna Berg", "Ben Ode", "Carl Dunn", "Ms Reed");
        assertThat(counts.get("Anna Berg").byType()).containsEntry("claim", 2);
        assertThat(counts.get("Anna Berg").byVerdict()).containsEntry("unverified", 2);

        var agreement = classroom.agreement(pack.packId());
        assertThat(agreement.students()).containsExactly("Anna Berg", "Ben Ode", "Carl Dunn");
        assertThat(agreement.row(tidesId, "claim").kappaMeasure()).isEqualTo("fleiss");
        assertThat(agreement.row(beesId, "claim").alphaU()).as("nobody marked the bees article").isNull();
        assertThat(agreement.score("Ben Ode", "claim").precision()).isEqualTo(1.0);
        assertThat(agreement.score("Ben Ode", "claim").recall()).isEqualTo(0.5);
    }

    @Test
    void aHandInAfterTheDueDateIsCollectedWithAWarning() throws Exception {
        Clock late = Clock.fixed(Instant.parse("2026-12-02T00:00:01Z"), ZoneOffset.UTC);
        try (SqliteStore store = SqliteStore.open(dir.resolve("late.db"))) {
            new PackService(store).openAsStudent(pack);
            new HandInService(store, late).handIn(pack, "Lena Late", null, handIns);
        }
        student("Otto Ontime", "the yacht club");

        CollectReport report = new CollectService(teacher, clock).collect(pack, handIns);

        assertThat(report.collected()).filteredOn(c -> c.student().equals("Lena Late")).singleElement()
                .satisfies(c -> assertThat(c.warnings()).anyMatch(w -> w.contains("after the due date 2026-12-01")));
        assertThat(report.collected()).filteredOn(c -> c.student().equals("Otto Ontime")).singleElement()
                .satisfies(c -> assertThat(c.warnings()).isEmpty());
    }
}
