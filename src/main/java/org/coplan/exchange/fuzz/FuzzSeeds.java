package org.coplan.exchange.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coplan.exchange.PackageExport;
import org.coplan.exchange.PackageWriter;
import org.coplan.exchange.csv.CsvPlanWriter;
import org.coplan.exchange.gan.GanWriter;
import org.coplan.exchange.mspdi.MspdiWriter;
import org.coplan.service.exports.PlanExport;
import org.coplan.service.exports.RoadmapExport;
import org.coplan.service.generate.GeneratedRoadmap;
import org.coplan.service.generate.GeneratorSettings;
import org.coplan.service.generate.PlanGenerator;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.SyncDatabase;

/**
 * Seed files for the fuzzer: the real files in the given folders, and the files Coplan itself writes (CSV with
 * and without a byte-order mark, GanttProject, MS Project XML and a plan package) from a generated plan, so
 * every format has a good file to start from even where the shared corpus has none (it holds no CSV).
 */
public final class FuzzSeeds {

    private FuzzSeeds() {
    }

    /** The plan files and packages in {@code folders} (not descending), without text that describes them. */
    public static List<FuzzCampaign.Seed> in(List<Path> folders) {
        List<FuzzCampaign.Seed> seeds = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> !file.getFileName().toString().matches("(?i).*\\.(md|tsv|py)$"))
                        .sorted().forEach(file -> seeds.add(FuzzCampaign.Seed.of(file)));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return seeds;
    }

    /** Files written by Coplan's own exporters from a generated plan stored into {@code empty}. */
    public static List<FuzzCampaign.Seed> written(PlanDatabase empty, Path folder) {
        GeneratedRoadmap generated = new PlanGenerator(GeneratorSettings.of(40, 50, 11)).generateInto(empty);
        RoadmapExport export = new PlanExport(empty).load(generated.roadmap().id());
        try {
            Files.createDirectories(folder);
            new CsvPlanWriter(false).write(export, folder.resolve("coplan.csv"));
            new CsvPlanWriter(true).write(export, folder.resolve("coplan-bom.csv"));
            new GanWriter().write(export, folder.resolve("coplan.gan"));
            new MspdiWriter().write(export, folder.resolve("coplan-mspdi.xml"));
            if (empty instanceof SyncDatabase replica) {
                PackageExport exporter = new PackageExport(replica, Clock.systemUTC());
                PackageWriter.write(exporter.cut(true), exporter.signingKey(), folder.resolve("coplan-full.coplan"));
            }
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
        return in(List.of(folder));
    }
}
