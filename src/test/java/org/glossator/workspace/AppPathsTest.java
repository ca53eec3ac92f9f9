package org.glossator.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    @Test
    void linuxFollowsXdgAndFallsBackToTheHomeFolders() {
        assertThat(AppPaths.dataFolder(Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/x/data/glossator"));
        assertThat(AppPaths.dataFolder(Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/glossator"));
        assertThat(AppPaths.configFolder(Map.of("XDG_CONFIG_HOME", "/x/config"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/x/config/glossator"));
        assertThat(AppPaths.configFolder(Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.config/glossator"));
        assertThat(AppPaths.cacheFolder(Map.of("XDG_CACHE_HOME", "/x/cache"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/x/cache/glossator"));
        assertThat(AppPaths.cacheFolder(Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.cache/glossator"));
        // A relative XDG path is invalid by the specification and ignored.
        assertThat(AppPaths.dataFolder(Map.of("XDG_DATA_HOME", "rel"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/glossator"));
    }

    @Test
    void macAndWindowsUseTheirApplicationFolders() {
        assertThat(AppPaths.dataFolder(Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Glossator"));
        assertThat(AppPaths.configFolder(Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Glossator"));
        assertThat(AppPaths.dataFolder(Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "Windows 11", "C:/Users/a"))
                .isEqualTo(Path.of("C:/Users/a/AppData/Roaming", "Glossator"));
        assertThat(AppPaths.cacheFolder(Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Caches/Glossator"));
        assertThat(AppPaths.cacheFolder(Map.of("LOCALAPPDATA", "C:/Users/a/AppData/Local"), "Windows 11", "C:/Users/a"))
                .isEqualTo(Path.of("C:/Users/a/AppData/Local", "Glossator", "Cache"));
    }
}
