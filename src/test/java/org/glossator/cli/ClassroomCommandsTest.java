package org.glossator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossator.classroom.ClassroomFixtures.TIDES_TEXT;
import static org.glossator.classroom.ClassroomFixtures.mark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossator.classroom.ClassroomFixtures;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line loop end to end: a teacher's database and students' databases, files in between. */
class ClassroomCommandsTest {
    @TempDir
    Path dir;
    StringWriter out;
    StringWriter err;
    Path teacherDb;
    long tidesId;
    long beesId;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, db -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    @BeforeEach
    void teacherHasArticlesAndAReference() {
        teacherDb = dir.resolve("teacher.db");
        try (SqliteStore teacher = SqliteStore.open(teacherDb)) {
            tidesId = teacher.articles().add(ClassroomFixtures.tides()).id();
            beesId = teacher.articles().add(ClassroomFixtures.bees()).id();
            teacher.annotations().save(mark(tidesId, TIDES_TEXT, "has ended flooding for good", "claim", "Ms Reed"));
            teacher.annotations().save(mark(tidesId, TIDES_TEXT, "nine in ten boats now moor safely", "claim", "Ms Reed"));
        }
    }

    /** A student opens the students' copy in their own database, marks claims (as the app would) and hands in. */
    private void student(Path pack, Path handIns, String name, String... claims) {
        Path db = dir.resolve(name.replace(' ', '-') + ".db");
        assertThat(run("--db", db.toString(), "pack", "open", pack.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Why the tides are blamed for everything").contains("Which claim");
        try (SqliteStore store = SqliteStore.open(db)) {
            long tides = store.articles().findBySha256(org.glossator.domain.TextHash.sha256(TIDES_TEXT))
                    .orElseThrow().id();
            assertThat(store.annotations().count()).as("the reference stays out of the students' copy").isZero();
            for (String claim : claims) {
                store.annotations().save(mark(tides, TIDES_TEXT, claim, "claim", name));
            }
        }
        assertThat(run("--db", db.toString(), "hand-in", pack.toString(), "--student", name, "--out",
                handIns.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote").contains(name);
    }

    @Test
    void teacherCreatesStudentsHandInTeacherCollectsAndComputesAgreement() throws Exception {
        Path instructions = Files.writeString(dir.resolve("read.md"), "Read **both** articles.");
        Path pack = dir.resolve("week3.glossa");
        assertThat(run("--db", teacherDb.toString(), "pack", "create", "--title", "Week 3", "--article",
                Long.toString(tidesId), Long.toString(beesId), "--instructions", instructions.toString(),
                "--question", "Which claim is weakest?", "--due", "2026-12-01", "--reference", "--out",
                pack.toString())).as(err.toString()).isZero();
        Path studentsCopy = dir.resolve("week3.students.glossa");
        assertThat(out.toString()).contains("Give the class " + studentsCopy);
        assertThat(studentsCopy).exists();

        Path handIns = Files.createDirectories(dir.resolve("hand-ins"));
        student(studentsCopy, handIns, "Anna Berg", "has ended flooding for good", "nine in ten boats now moor safely");
        student(studentsCopy, handIns, "Ben Ode", "has ended flooding for good");
        student(studentsCopy, handIns, "Carl Dunn", "the yacht club");
        Files.writeString(handIns.resolve("stray.json"), "[]");

        assertThat(run("--db", teacherDb.toString(), "collect", pack.toString(), handIns.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("Collected Anna Berg: 2 annotations", "Collected Ben Ode: 1 annotation",
                "Collected Carl Dunn: 1 annotation", "3 students collected, 1 refused");
        assertThat(err.toString()).contains("Refused: stray.json: not a Glossator hand-in");
        try (SqliteStore teacher = SqliteStore.open(teacherDb)) {
            assertThat(teacher.annotations().creators()).contains("Anna Berg", "Ben Ode", "Carl Dunn", "Ms Reed");
            assertThat(teacher.packs().handIns(teacher.packs().all().get(0).packId())).hasSize(3);
        }
        Files.delete(handIns.resolve("stray.json"));

        Path csv = dir.resolve("agreement.csv");
        assertThat(run("agreement", pack.toString(), handIns.toString(), "--json", "--csv", csv.toString()))
                .as(err.toString()).isZero();
        assertThat(Files.readString(csv)).startsWith("article_id,article,type,student,measure,value");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(csv))
                    .isEqualTo(Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe.txt"))));
        }
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("title").asText()).isEqualTo("Week 3");
        assertThat(json.get("reference").asText()).isEqualTo("Ms Reed");
        JsonNode agreement = json.get("agreement");
        assertThat(agreement.get("students")).hasSize(3);
        JsonNode claimRow = null;
        for (JsonNode row : agreement.get("rows")) {
            if (row.get("articleId").asLong() == 1 && "claim".equals(row.get("typeKey").asText())) {
                claimRow = row;
            }
        }
        assertThat(claimRow).isNotNull();
        assertThat(claimRow.get("kappaMeasure").asText()).isEqualTo("fleiss");
        assertThat(claimRow.get("alphaU").isNumber()).isTrue();
        JsonNode anna = null;
        for (JsonNode s : agreement.get("scores")) {
            if (s.get("student").asText().equals("Anna Berg") && s.get("typeKey").isNull()) {
                anna = s;
            }
        }
        assertThat(anna.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(anna.get("recall").asDouble()).isEqualTo(1.0);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("article_id,article,type,student,measure,value,raters,units,tokens");
        assertThat(lines).anyMatch(l -> l.startsWith("*,*,*,Carl Dunn,recall,0.000000"));

        assertThat(run("agreement", pack.toString(), handIns.toString())).isZero();
        assertThat(out.toString()).contains("Agreement on \"Week 3\": 3 students, reference: Ms Reed", "ALPHA_U",
                "Anna Berg", "fleiss");

        Path html = dir.resolve("tides.html");
        assertThat(run("--db", teacherDb.toString(), "report", Long.toString(tidesId), "--out", html.toString()))
                .isZero();
        assertThat(Files.readString(html)).contains("<mark", "Anna Berg", "@media print");
        assertThat(run("--db", teacherDb.toString(), "report", Long.toString(tidesId), "--annotator", "Ben Ode",
                "--out", html.toString())).isZero();
        assertThat(Files.readString(html)).contains("Annotations by Ben Ode").doesNotContain("Anna Berg");
    }

    @Test
    void aHostilePackIsRefusedAndChangesNothing() throws Exception {
        Path evil = dir.resolve("evil.glossa");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../../outside.txt"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        Path db = dir.resolve("student.db");
        assertThat(run("--db", db.toString(), "list")).isZero();
        int before;
        try (SqliteStore s = SqliteStore.open(db)) {
            before = s.articles().count();
        }
        assertThat(run("--db", db.toString(), "pack", "open", evil.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Refused: evil.glossa").contains("outside the pack (../)")
                .contains("Nothing was changed");
        assertThat(dir.getParent().resolve("outside.txt")).doesNotExist();
        try (SqliteStore s = SqliteStore.open(db)) {
            assertThat(s.articles().count()).isEqualTo(before);
            assertThat(s.packs().all()).isEmpty();
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("--db", teacherDb.toString(), "pack", "create", "--title", "T", "--article",
                Long.toString(tidesId), "--due", "soon", "--out", dir.resolve("x.glossa").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--due must be a date");
        assertThat(run("hand-in", "x.glossa")).isEqualTo(2);
        assertThat(run("--db", teacherDb.toString(), "pack", "create", "--title", "T", "--article", "999",
                "--out", dir.resolve("x.glossa").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no article #999");
        assertThat(dir.resolve("x.glossa")).doesNotExist();
    }
}
