package org.glossator.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged settings or preferences file is reported and set aside, never silently overwritten. */
class SettingsDamageTest {
    @TempDir
    Path dir;

    @Test
    void aBinaryFileIsSetAsideWithItsBytesAndReported() throws Exception {
        Path file = dir.resolve("preferences.properties");
        byte[] damaged = "annotator=Ada\n\0\0\0\u0001garbage".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, damaged);

        Settings settings = Settings.load(file);

        assertThat(settings.get("annotator")).isEmpty();
        assertThat(settings.problem()).get().asString().contains(file.toString(), "damaged", "set aside", "0x00");
        Path aside = onlyAside(file);
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        assertThat(file).doesNotExist();
        settings.put("annotator", "Grace");
        settings.save();
        assertThat(Files.readAllBytes(aside)).as("the damaged copy is kept as it was").isEqualTo(damaged);
        assertThat(Settings.load(file).get("annotator")).contains("Grace");
    }

    @Test
    void aBrokenUnicodeEscapeIsDamageToo() throws Exception {
        Path file = dir.resolve("g.settings.properties");
        Files.writeString(file, "window.width=1200\nzoom=\\uZZZZ\n");
        Settings settings = Settings.load(file);
        assertThat(settings.problem()).isPresent();
        assertThat(onlyAside(file)).hasContent("window.width=1200\nzoom=\\uZZZZ\n");
    }

    @Test
    void aGoodFileAndAHandEditedUtf8FileLoadWithoutComplaint() throws Exception {
        Path file = dir.resolve("ok.properties");
        Files.writeString(file, "# by hand\nannotator=Zoë\nzoom=1.25\n", java.nio.charset.StandardCharsets.UTF_8);
        Settings settings = Settings.load(file);
        assertThat(settings.problem()).isEmpty();
        assertThat(settings.getDouble("zoom", 1)).isEqualTo(1.25);
        assertThat(file).exists();
        assertThat(Settings.load(dir.resolve("missing.properties")).problem()).isEmpty();
    }

    private static Path onlyAside(Path file) throws Exception {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + ".damaged-"))
                    .reduce((a, b) -> {
                        throw new AssertionError("two set-aside files");
                    }).orElseThrow();
        }
    }
}
