package org.coplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.generate.GeneratedRoadmap;
import org.coplan.service.generate.GeneratorSettings;
import org.coplan.service.generate.PlanGenerator;

/** A generated roadmap in a database file of its own, made once per benchmark trial and deleted after. */
final class LargeRoadmap implements AutoCloseable {

    final Path folder;
    final H2PlanDatabase database;
    final UUID roadmapId;

    LargeRoadmap(int items, int links) throws IOException {
        folder = Files.createTempDirectory("coplan-bench");
        database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("bench"));
        GeneratedRoadmap generated = new PlanGenerator(GeneratorSettings.of(items, links, 42)).generateInto(database);
        roadmapId = generated.roadmap().id();
    }

    @Override
    public void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
