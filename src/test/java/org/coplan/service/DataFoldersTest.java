package org.coplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFoldersTest {

    private static final Path HOME = Path.of("/home/planner");

    @Test
    void linuxUsesTheXdgDataHomeWhenItIsSetAndAbsolute() {
        assertThat(DataFolders.defaultDatabaseFolder("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME))
                .isEqualTo(Path.of("/data/xdg/coplan"));
    }

    @Test
    void linuxFallsBackToTheLocalShareFolderWhenXdgDataHomeIsMissingOrRelative() {
        assertThat(DataFolders.defaultDatabaseFolder("Linux", Map.of(), HOME))
                .isEqualTo(HOME.resolve(".local/share/coplan"));
        assertThat(DataFolders.defaultDatabaseFolder("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), HOME))
                .isEqualTo(HOME.resolve(".local/share/coplan"));
    }

    @Test
    void windowsUsesTheRoamingApplicationData() {
        assertThat(DataFolders.defaultDatabaseFolder("Windows 11", Map.of("APPDATA", "/users/planner/roaming"),
                HOME)).isEqualTo(Path.of("/users/planner/roaming").resolve("Coplan"));
        assertThat(DataFolders.defaultDatabaseFolder("Windows 11", Map.of(), HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Coplan"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataFolders.defaultDatabaseFolder("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Coplan"));
    }
}
