package org.glossator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final List<String> guiLaunches = new ArrayList<>();

    private int run(String... args) {
        return Cli.run(args, guiLaunches::add, new PrintWriter(out), new PrintWriter(err));
    }

    private Path db() {
        return dir.resolve("cli.db");
    }

    @Test
    void helpListsCommandsWithoutStartingTheGui() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("list", "import", "--db");
        assertThat(guiLaunches).isEmpty();
    }

    @Test
    void aCommandLineThatNamesACommandBuildsThatCommandAlone() {
        CommandSpec root = CommandSpec.forAnnotatedObject(new GlossatorCommand(guiLaunches::add));
        String db = db().toString();
        assertThat(Cli.commandsFor(root, new String[] {"--db", db, "export", "--format", "csv"}))
                .containsExactly(ExportCommand.class);
        assertThat(Cli.commandsFor(root, new String[] {"--db=" + db, "list"})).containsExactly(ListCommand.class);
        assertThat(Cli.commandsFor(root, new String[] {"push", "--to", "x"}))
                .containsExactly(TransferCommands.Push.class);
        // Help, a mistyped command, or an option's value that looks like a command: every command.
        assertThat(Cli.commandsFor(root, new String[] {"--help"})).isEqualTo(Cli.COMMANDS);
        assertThat(Cli.commandsFor(root, new String[] {"exprt"})).isEqualTo(Cli.COMMANDS);
        assertThat(Cli.commandsFor(root, new String[] {"--db", "list"})).isEqualTo(Cli.COMMANDS);
    }

    @Test
    void helpListsEveryCommandAndEveryCommandAnswersHelpWithItsOwnUsage() {
        assertThat(run("--help")).isZero();
        String listing = out.toString();
        for (Class<?> command : Cli.COMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            assertThat(listing).contains("  " + name + " ");
            out.getBuffer().setLength(0);
            // Before, "export --help" was refused for the options export requires.
            assertThat(run("--db", db().toString(), name, "--help")).as(name).isZero();
            assertThat(out.toString()).as(name).startsWith("Usage: glossator " + name);
        }
        assertThat(run("exprt")).isEqualTo(2);
        assertThat(err.toString()).contains("Did you mean: glossator export");
        assertThat(guiLaunches).isEmpty();
    }

    @Test
    void noCommandOpensTheGuiOnTheChosenDatabase() {
        assertThat(run("--db", db().toString())).isZero();
        assertThat(guiLaunches).containsExactly(db().toString());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("--db", db().toString(), "list", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option");
        assertThat(run("import")).isEqualTo(2);
    }

    @Test
    void listAsJsonDescribesTheCorpus() throws Exception {
        Path article = Files.writeString(dir.resolve("one.md"), "# One article\n\n" + "Words to count here. ".repeat(40));
        assertThat(run("--db", db().toString(), "import", article.toString())).isZero();
        assertThat(run("--db", db().toString(), "list", "--json")).isZero();
        String json = out.toString();
        JsonNode rows = new ObjectMapper().readTree(json.substring(json.indexOf('[')));
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isEqualTo(1);
        JsonNode first = rows.get(0);
        assertThat(first.has("id")).isTrue();
        assertThat(first.get("title").asText()).isEqualTo("One article");
        assertThat(first.get("wordCount").asInt()).isBetween(160, 162);
        assertThat(first.get("annotationCount").asInt()).isZero();
    }

    /** Issue 12, defect 5: no command adds the sample articles to a database, new or emptied. */
    @Test
    void theCommandLineNeverAddsTheSampleArticles() throws Exception {
        Path study = dir.resolve("study.db");
        assertThat(run("--db", study.toString(), "list", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).size()).isZero();
        Path mine = Files.writeString(dir.resolve("mine.txt"), "My own corpus text, and nothing else.\n");
        assertThat(run("--db", study.toString(), "import", mine.toString())).isZero();
        try (SqliteStore store = SqliteStore.open(study)) {
            assertThat(store.articles().count()).isEqualTo(1);
        }
        Path export = dir.resolve("x.csv");
        assertThat(run("--db", dir.resolve("other.db").toString(), "export", "--format", "csv", "--out",
                export.toString())).isZero();
        try (SqliteStore store = SqliteStore.open(dir.resolve("other.db"))) {
            assertThat(store.articles().count()).isZero();
        }
    }

    @Test
    void importAddsGoodFilesRefusesBadOnesWithReasonsAndExitsOne() throws Exception {
        Path good = Files.writeString(dir.resolve("good.md"), "# A title\n\nSome *new* article text here.\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("bin.html"), new byte[] {0, 1, 2, 3, 0, 0, 5});
        run("--db", db().toString(), "list");
        int before;
        try (SqliteStore store = SqliteStore.open(db())) {
            before = store.articles().count();
        }
        int status = run("--db", db().toString(), "import", good.toString(), empty.toString(), binary.toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("empty.txt").contains("bin.html");
        assertThat(out.toString()).contains("1 imported");
        try (SqliteStore store = SqliteStore.open(db())) {
            assertThat(store.articles().count()).isEqualTo(before + 1);
        }
        // The same text again is recognised, not duplicated, and that is not an error.
        assertThat(run("--db", db().toString(), "import", good.toString())).isZero();
        try (SqliteStore store = SqliteStore.open(db())) {
            assertThat(store.articles().count()).isEqualTo(before + 1);
        }
    }

    @Test
    void aCorruptDatabaseIsReportedAndLeftAlone() throws Exception {
        byte[] junk = "definitely not sqlite ".repeat(300).getBytes();
        Files.write(db(), junk);
        assertThat(run("--db", db().toString(), "list")).isEqualTo(1);
        assertThat(err.toString()).contains("not a Glossator database");
        assertThat(Files.readAllBytes(db())).isEqualTo(junk);
    }

    @Test
    void backupListAndRestoreFromTheCommandLine() throws Exception {
        assertThat(run("--db", db().toString(), "backup")).isZero();
        assertThat(out.toString()).contains("Backed up to", "cli.backups");
        long articles;
        try (SqliteStore store = SqliteStore.open(db())) {
            articles = store.articles().count();
            store.inTransaction(() -> {
                store.articles().summaries().forEach(a -> store.articles().delete(a.id()));
                return null;
            });
        }
        out.getBuffer().setLength(0);
        assertThat(run("--db", db().toString(), "backups")).isZero();
        String listing = out.toString();
        assertThat(listing).contains("manual", articles + " articles");
        String name;
        try (var files = Files.list(dir.resolve("cli.backups"))) {
            name = files.filter(p -> p.toString().contains("manual")).findFirst().orElseThrow()
                    .getFileName().toString();
        }
        out.getBuffer().setLength(0);
        assertThat(run("--db", db().toString(), "restore", name)).isZero();
        assertThat(out.toString()).contains("Restored", "before-restore", "Now: " + articles + " articles");
        try (SqliteStore store = SqliteStore.open(db())) {
            assertThat(store.articles().count()).isEqualTo(articles);
        }
    }

    @Test
    void restoreRefusesAForeignFileAndChangesNothing() throws Exception {
        assertThat(run("--db", db().toString(), "list")).isZero();
        Path junk = Files.write(dir.resolve("junk.db"), "not a database at all".repeat(50).getBytes());
        assertThat(run("--db", db().toString(), "restore", junk.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not a Glossator database", "junk.db");
    }

    @Test
    void aNewerDatabaseIsListedButNeverWritten() throws Exception {
        assertThat(run("--db", db().toString(), "list")).isZero();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db()); var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
            st.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] before = Files.readAllBytes(db());
        Path article = Files.writeString(dir.resolve("new.txt"), "A new article that must not be added.");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db().toString(), "list")).isZero();
        assertThat(out.toString()).contains("TITLE");
        assertThat(run("--db", db().toString(), "import", article.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("newer Glossator", "read-only");
        assertThat(run("--db", db().toString(), "backup")).isEqualTo(1);
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
    }

    @Test
    void importingMoreThanAThousandAnnotationsBacksUpFirst() throws Exception {
        String text = "Ten words of text that a thousand annotations all mark here. ";
        try (SqliteStore store = SqliteStore.open(db())) {
            store.articles().add(new org.glossator.domain.ArticleDraft("Big", null, null, null, null, text, null));
        }
        String sha = org.glossator.domain.TextHash.sha256(text);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i <= 1_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"urn:uuid:").append(java.util.UUID.randomUUID())
                    .append("\", \"type\": \"Annotation\", \"target\": {\"source\": \"urn:sha256:").append(sha)
                    .append("\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"thousand\"}}}");
        }
        Path file = Files.writeString(dir.resolve("big.json"), json.append("]"));
        Path small = Files.writeString(dir.resolve("small.json"), "[" + json.substring(1, json.indexOf("},{") + 1) + "]");
        assertThat(run("--db", db().toString(), "import-annotations", small.toString())).isZero();
        try (var backups = Files.list(dir.resolve("cli.backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith("-import.db"));
        }
        assertThat(run("--db", db().toString(), "import-annotations", file.toString())).isZero();
        try (var backups = Files.list(dir.resolve("cli.backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-import.db"));
        }
    }
}
