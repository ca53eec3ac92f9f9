package org.glossator.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver loads its library once per process, so each case starts a JVM of its own (this
 * class's {@link #main}) with an empty temporary folder, and looks at what is left behind.
 */
class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theLibraryIsCopiedOnceIntoTheCacheAndNothingIsLeftInTheTemporaryFolder() throws Exception {
        Path cache = dir.resolve("cache");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        assertThat(run(cache, tmp)).startsWith("ok 3.").endsWith(" extracted 0");
        List<Path> copies = libraries(cache);
        assertThat(copies).hasSize(1);
        long copied = Files.getLastModifiedTime(copies.get(0)).toMillis();
        assertThat(entries(tmp)).noneMatch(name -> name.startsWith("sqlite-"));

        assertThat(run(cache, tmp)).startsWith("ok 3.").endsWith(" extracted 0");
        assertThat(libraries(cache)).containsExactlyElementsOf(copies);
        assertThat(Files.getLastModifiedTime(copies.get(0)).toMillis()).isEqualTo(copied); // not copied again
        assertThat(entries(tmp)).noneMatch(name -> name.startsWith("sqlite-"));
    }

    @Test
    void aDamagedCopyInTheCacheLeavesTheDriverToItsOwnExtraction() throws Exception {
        Path cache = dir.resolve("cache");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        run(cache, tmp);
        Path copy = libraries(cache).get(0);
        Files.writeString(copy, "not a shared library");
        assertThat(run(cache, tmp)).startsWith("ok 3.").endsWith(" extracted 1");
    }

    @Test
    void propertiesSetByWhoeverStartedTheJvmAreLeftAlone() {
        String before = System.getProperty(SqliteNativeLibrary.PATH_PROPERTY);
        System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, dir.toString());
        try {
            assertThat(SqliteNativeLibrary.keepIn(dir.resolve("cache"))).isNull();
            assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo(dir.toString());
            assertThat(dir.resolve("cache")).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
            } else {
                System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, before);
            }
        }
    }

    /** The child: keeps the library in args[0], then opens a database and asks SQLite its version. */
    public static void main(String[] args) throws Exception {
        SqliteNativeLibrary.keepIn(Path.of(args[0]));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(args[1], "probe.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            // While the driver is loaded: a library it extracted itself would be in the temporary folder now.
            long extracted = entries(Path.of(System.getProperty("java.io.tmpdir"))).stream()
                    .filter(name -> name.startsWith("sqlite-") && !name.endsWith(".lck")).count();
            System.out.println("ok " + rs.getString(1) + " extracted " + extracted);
        }
    }

    private String run(Path cache, Path tmp) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                SqliteNativeLibraryTest.class.getName(), cache.toString(), dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().filter(l -> l.startsWith("ok ")).findFirst().orElse(out);
    }

    private static List<Path> libraries(Path cache) throws IOException {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }
}
