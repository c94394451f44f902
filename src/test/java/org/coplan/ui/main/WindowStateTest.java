package org.coplan.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStateTest {

    @TempDir
    Path folder;

    @Test
    void aSavedStateIsReadBackUnchanged() throws IOException {
        UUID roadmap = UUID.fromString("01964c2e-1111-7000-8000-000000000001");
        WindowState state = new WindowState(120, 80, 1280, 760, true, 0.25, 0.66, 0.55, roadmap);

        state.save(WindowState.fileIn(folder));

        assertThat(WindowState.load(WindowState.fileIn(folder))).isEqualTo(state);
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(WindowState.load(folder.resolve("nothing-here.properties"))).isEqualTo(WindowState.DEFAULT);
        assertThat(WindowState.DEFAULT.hasPosition()).isFalse();
        assertThat(WindowState.DEFAULT.lastRoadmapId()).isEmpty();
    }

    @Test
    void anUnknownPositionStaysUnknownAfterSaving() throws IOException {
        Path file = WindowState.fileIn(folder);
        WindowState.DEFAULT.withLastRoadmap(null).save(file);

        WindowState loaded = WindowState.load(file);

        assertThat(loaded.hasPosition()).isFalse();
        assertThat(loaded.width()).isEqualTo(WindowState.DEFAULT.width());
    }

    @Test
    void damagedValuesFallBackOneByOne() throws IOException {
        Path file = WindowState.fileIn(folder);
        Files.writeString(file, """
                window.x=left
                window.y=40
                window.width=20
                window.height=700
                divider.navigator=7
                divider.properties=0.5
                roadmap.last=not-a-uuid
                """, StandardCharsets.UTF_8);

        WindowState loaded = WindowState.load(file);

        assertThat(loaded.hasPosition()).as("x is unreadable, so the window is centred").isFalse();
        assertThat(loaded.width()).as("too narrow to use").isGreaterThanOrEqualTo(640);
        assertThat(loaded.height()).isEqualTo(700);
        assertThat(loaded.navigatorDivider()).isEqualTo(WindowState.DEFAULT.navigatorDivider());
        assertThat(loaded.propertiesDivider()).isEqualTo(0.5);
        assertThat(loaded.lastRoadmapId()).isEmpty();
    }

    @Test
    void savingReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = WindowState.fileIn(folder);
        WindowState.DEFAULT.save(file);
        WindowState.DEFAULT.withBounds(10, 20, 900, 600).save(file);

        assertThat(WindowState.load(file).x()).isEqualTo(10);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}
