package org.glossator.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards against test classes that Surefire silently skips: every class under
 * src/test/java with test methods must match one of the {@code <include>} patterns
 * of the Surefire configuration in pom.xml. (Five property classes once never ran.)
 */
class EveryTestClassRunsTest {
    private static final Path TESTS = Path.of("src", "test", "java");
    private static final Pattern TEST_METHOD = Pattern.compile(
            "@(Test|Property|Example|ParameterizedTest|RepeatedTest|TestFactory)\\b");
    private static final Pattern ABSTRACT_CLASS = Pattern.compile("\\babstract\\s+class\\b");
    /** Benchmarks are main classes run by the bench profile, not tests. */
    private static final String BENCH = "org/glossator/bench/";

    @Test
    void everyClassWithTestMethodsMatchesASurefireInclude() throws IOException {
        List<Pattern> includes = surefireIncludes();
        assertThat(includes).as("Surefire <include> patterns in pom.xml").isNotEmpty();
        List<String> skipped = new ArrayList<>();
        for (Path file : testSources()) {
            String relative = TESTS.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith(BENCH)) {
                continue;
            }
            String source = Files.readString(file, StandardCharsets.UTF_8);
            if (!TEST_METHOD.matcher(source).find() || ABSTRACT_CLASS.matcher(source).find()) {
                continue;
            }
            if (includes.stream().noneMatch(p -> p.matcher(relative).matches())) {
                skipped.add(relative);
            }
        }
        assertThat(skipped).as("test classes Surefire would not run (rename them or extend the includes)")
                .isEmpty();
    }

    @Test
    void theIncludesCoverThePropertyClasses() throws IOException {
        List<Pattern> includes = surefireIncludes();
        assertThat(includes.stream().anyMatch(p -> p.matcher("org/glossator/x/SomeProperties.java").matches()))
                .isTrue();
        assertThat(includes.stream().anyMatch(p -> p.matcher("org/glossator/x/SomeTest.java").matches())).isTrue();
    }

    private static List<Path> testSources() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The {@code <include>} globs of the maven-surefire-plugin block, as regular expressions. */
    static List<Pattern> surefireIncludes() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        int plugin = pom.indexOf("<artifactId>maven-surefire-plugin</artifactId>");
        assertThat(plugin).as("maven-surefire-plugin in pom.xml").isNotNegative();
        String block = pom.substring(plugin, pom.indexOf("</plugin>", plugin));
        List<Pattern> patterns = new ArrayList<>();
        Matcher m = Pattern.compile("<include>\\s*([^<]+?)\\s*</include>").matcher(block);
        while (m.find()) {
            patterns.add(globToRegex(m.group(1)));
        }
        return patterns;
    }

    static Pattern globToRegex(String glob) {
        StringBuilder r = new StringBuilder();
        String g = glob.startsWith("**/") ? glob.substring(3) : glob;
        if (glob.startsWith("**/")) {
            r.append("(?:.*/)?");
        }
        for (char c : g.toCharArray()) {
            switch (c) {
                case '*' -> r.append("[^/]*");
                case '?' -> r.append("[^/]");
                case '.' -> r.append("\\.");
                default -> r.append(c);
            }
        }
        return Pattern.compile(r.toString());
    }
}
