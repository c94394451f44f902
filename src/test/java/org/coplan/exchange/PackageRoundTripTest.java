package org.coplan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coplan.exchange.Changes.ANNA;
import static org.coplan.exchange.Changes.BORIS;
import static org.coplan.exchange.Changes.insert;
import static org.coplan.exchange.Changes.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ReplicaInfo;
import org.coplan.service.sync.ReplicaKey;
import org.coplan.service.sync.VersionVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageRoundTripTest {

    private static final ReplicaKey BORIS_KEY = PackageSigning.generate(BORIS);

    @TempDir
    Path folder;

    private static PlanPackage sample() {
        Map<String, String> values = new HashMap<>();
        values.put("name", "Совместное исследование \"ИКТ\"\nэтап 1");
        values.put("notes", null);
        Change inserted = insert(ANNA, 1, 1, values);
        Change renamed = update(BORIS, 4, 7, "name", "Joint study", inserted);
        Change cleared = update(BORIS, 5, 8, "notes", null, inserted);
        return new PlanPackage(PackageFormat.VERSION, Instant.parse("2026-03-02T09:15:30.123456789Z"),
                new ReplicaInfo(BORIS, "boris@minsk", 5),
                List.of(new ReplicaInfo(ANNA, "anna@astana", 1), new ReplicaInfo(BORIS, "boris@minsk", 5)),
                new VersionVector(Map.of(BORIS, 3L)), List.of(inserted, renamed, cleared));
    }

    @Test
    void whatIsWrittenIsReadBackFieldForField() {
        PlanPackage written = sample();

        PlanPackage read = PackageReader.read(PackageWriter.bytes(written, BORIS_KEY), "sample.coplan");

        assertThat(read).isEqualTo(written);
        assertThat(read.isFull()).isFalse();
        assertThat(read.senderSeen()).isEqualTo(new VersionVector(Map.of(ANNA, 1L, BORIS, 5L)));
    }

    @Test
    void everySingleFlippedByteIsRefused() {
        byte[] bytes = PackageWriter.bytes(sample(), BORIS_KEY);
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x20;
            assertThatThrownBy(() -> PackageReader.read(tampered, "tampered.coplan"))
                    .as("byte %d flipped", i).isInstanceOf(PackageRefusedException.class);
        }
    }

    @Test
    void anExportReplacesTheTargetWholeAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = folder.resolve("plan.coplan");
        Files.writeString(target, "an older package");

        PackageWriter.write(sample(), BORIS_KEY, target);

        assertThat(PackageReader.read(target)).isEqualTo(sample());
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("plan.coplan");
        }
    }
}
