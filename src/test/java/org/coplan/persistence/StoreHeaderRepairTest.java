package org.coplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.coplan.domain.WorkItem;
import org.coplan.service.ChangeAuthor;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * stale-header.mv.db is a plan database exactly as a kill -9 left it in the crash test: the editor had
 * acknowledged "Renamed b4-16", "Inserted b4-17" and "Renamed b4-19", whose chunks are on disk, but the file
 * header names an earlier chunk whose prediction of the next one is wrong, so H2 alone opens it without them.
 */
class StoreHeaderRepairTest {

    private static final long VERSION_IN_HEADER = 0x127;
    private static final long NEWEST_VERSION = 0x12b;

    @TempDir
    Path folder;

    @Test
    void withoutTheRepairH2OpensTheFileAtTheChunkItsHeaderNames() throws IOException {
        Path file = staleFile();

        assertThat(versionH2Opens(file)).isEqualTo(VERSION_IN_HEADER);
    }

    @Test
    void theRepairNamesTheNewestCompleteChunk() throws IOException {
        Path file = staleFile();

        Optional<StoreHeaderRepair.Repair> repair = StoreHeaderRepair.repairIfNeeded(file);

        assertThat(repair).hasValueSatisfying(done -> {
            assertThat(done.fromVersion()).isEqualTo(VERSION_IN_HEADER);
            assertThat(done.toVersion()).isEqualTo(NEWEST_VERSION);
        });
        assertThat(versionH2Opens(file)).isEqualTo(NEWEST_VERSION);
    }

    @Test
    void openingThePlanKeepsEveryAcknowledgedEdit() throws IOException {
        staleFile();

        try (H2PlanDatabase database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("checker"))) {
            List<String> names = database.read(store -> store.workItems().findAll()).stream()
                    .map(WorkItem::name).toList();
            assertThat(names).contains("Renamed b4-16", "Inserted b4-17", "Renamed b4-19");
        }
    }

    @Test
    void aRepairedHeaderCanBePutBack() throws IOException {
        Path file = staleFile();
        byte[] before = Files.readAllBytes(file);

        StoreHeaderRepair.repairIfNeeded(file).orElseThrow().undo();

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aCleanlyClosedFileIsLeftAlone() throws IOException {
        Path file = staleFile();
        try (H2PlanDatabase database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("checker"))) {
            database.read(store -> store.workItems().count());
        }
        byte[] closed = Files.readAllBytes(file);

        assertThat(StoreHeaderRepair.repairIfNeeded(file)).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(closed);
    }

    @Test
    void aFileAnotherProcessHoldsIsLeftAlone() throws IOException {
        Path file = staleFile();
        byte[] before = Files.readAllBytes(file);

        // a lock held through another channel stands for the other process: the JVM reports it the same way
        try (FileChannel other = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock held = other.lock()) {
            assertThat(held.isValid()).isTrue();
            assertThat(StoreHeaderRepair.repairIfNeeded(file)).isEmpty();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileWithoutChunksIsLeftAlone() throws IOException {
        Path file = folder.resolve("coplan.mv.db");
        Files.write(file, new byte[3 * 4096]);

        assertThat(StoreHeaderRepair.repairIfNeeded(file)).isEmpty();
        assertThat(StoreHeaderRepair.repairIfNeeded(folder.resolve("missing.mv.db"))).isEmpty();
    }

    private Path staleFile() throws IOException {
        Path file = folder.resolve("coplan.mv.db");
        try (InputStream in = StoreHeaderRepairTest.class.getResourceAsStream("stale-header.mv.db")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static long versionH2Opens(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            return store.getCurrentVersion();
        } finally {
            store.closeImmediately();
        }
    }
}
