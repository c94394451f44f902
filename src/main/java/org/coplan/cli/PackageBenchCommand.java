package org.coplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.coplan.domain.Ids;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.WorkItem;
import org.coplan.exchange.PackageExport;
import org.coplan.exchange.PackageImport;
import org.coplan.exchange.PackageReader;
import org.coplan.exchange.PackageWriter;
import org.coplan.exchange.PlanPackage;
import org.coplan.exchange.imports.PlanFormat;
import org.coplan.exchange.mpxj.MpxjPlanReader;
import org.coplan.exchange.mspdi.MspdiWriter;
import org.coplan.l10n.Messages;
import org.coplan.service.exports.PlanExport;
import org.coplan.service.exports.RoadmapExport;
import org.coplan.service.generate.GeneratedRoadmap;
import org.coplan.service.generate.GeneratorSettings;
import org.coplan.service.generate.PlanGenerator;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.SyncDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench package [--items N] [--links M] [--seed S] [--changes C]}: generates a plan into a database in a
 * temporary folder and times, in one run, a full plan package written and imported into an empty replica, the
 * same plan written and read as MS Project XML through MPXJ, and an incremental package of C edits cut and
 * imported. Every step is timed once in this process, cold, as a user running the command meets it.
 */
@Command(name = "package", mixinStandardHelpOptions = true, sortOptions = false)
final class PackageBenchCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--items", paramLabel = "N", defaultValue = "100000", descriptionKey = "bench.package.option.items")
    private int items;

    @Option(names = "--links", paramLabel = "M", defaultValue = "200000", descriptionKey = "bench.package.option.links")
    private int links;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "bench.package.option.seed")
    private long seed;

    @Option(names = "--changes", paramLabel = "C", defaultValue = "100",
            descriptionKey = "bench.package.option.changes")
    private int changes;

    PackageBenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (changes < 1 || changes > items) {
            throw PlanRuleViolation.of("error.bench-edits-range", changes, items);
        }
        Messages messages = context.messages();
        GeneratorSettings settings = new GeneratorSettings(items, links, seed,
                messages.tr("cli.generate.programme-title", seed), messages.tr("cli.generate.roadmap-name", items),
                GeneratorSettings.ItemNames.ENGLISH);
        PlanGenerator generator = new PlanGenerator(settings);
        Path work = Files.createTempDirectory("coplan-bench-package");
        try {
            measure(generator, work);
        } finally {
            deleteTree(work);
        }
        return 0;
    }

    private void measure(PlanGenerator generator, Path work) throws IOException {
        Messages messages = context.messages();
        Path packageFile = work.resolve("plan.coplan");
        Path incrementalFile = work.resolve("changes.coplan");
        Path xml = work.resolve("plan.xml");
        try (PlanDatabase source = context.databases().open(work.resolve("source"));
             PlanDatabase target = context.databases().open(work.resolve("target"))) {
            GeneratedRoadmap generated = generator.generateInto(source);
            SyncDatabase from = ReplicaDatabases.replica(source);
            SyncDatabase to = ReplicaDatabases.replica(target);
            print(messages.tr("cli.bench.package.plan", generated.items().size(), generated.links().size(),
                    seed));

            Timer timer = Timer.start();
            PlanPackage full = new PackageExport(from, Clock.systemUTC()).export(true, packageFile);
            print(messages.tr("cli.bench.package.full-export", timer.wallMs(), timer.cpuMs(), full.changes().size(),
                    Files.size(packageFile) / 1e6));

            timer = Timer.start();
            RoadmapExport export = new PlanExport(source).load(generated.roadmap().id());
            new MspdiWriter().write(export, xml);
            print(messages.tr("cli.bench.package.mspdi-write", timer.wallMs(), timer.cpuMs(), Files.size(xml) / 1e6));

            timer = Timer.start();
            new PackageImport(to, Ids::newId).apply(PackageReader.read(packageFile), false);
            print(messages.tr("cli.bench.package.full-import", timer.wallMs(), timer.cpuMs()));

            timer = Timer.start();
            int read = new MpxjPlanReader().read(xml, PlanFormat.MSPDI).items().size();
            print(messages.tr("cli.bench.package.mspdi-read", timer.wallMs(), timer.cpuMs(), read));

            // the target answers, so the source knows what it holds and cuts only what is new
            new PackageImport(from, Ids::newId).apply(new PackageExport(to, Clock.systemUTC()).cut(false), false);
            List<WorkItem> edited = new ArrayList<>(generated.items().subList(0, changes));
            source.writeVoid(store -> {
                for (WorkItem item : edited) {
                    store.workItems().update(item, item.withName(item.name() + " *"));
                }
            });
            timer = Timer.start();
            PlanPackage incremental = new PackageExport(from, Clock.systemUTC()).export(false, incrementalFile);
            double exportMs = timer.wallMs();
            double exportCpuMs = timer.cpuMs();
            timer = Timer.start();
            new PackageImport(to, Ids::newId).apply(PackageReader.read(incrementalFile), false);
            print(messages.tr("cli.bench.package.incremental", incremental.changes().size(), exportMs, exportCpuMs,
                    timer.wallMs(), timer.cpuMs(), Files.size(incrementalFile) / 1e3));
        }
    }

    private void print(String line) {
        context.out().println(line);
        context.out().flush();
    }

    /**
     * Wall time and this thread's processor time since it was made: on a machine busy with other work the wall
     * time says how long a user waited, the processor time how much work the step was.
     */
    private record Timer(long wall, long cpu) {
        static Timer start() {
            return new Timer(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
        }

        double wallMs() {
            return (System.nanoTime() - wall) / 1e6;
        }

        double cpuMs() {
            return (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            });
        }
    }
}
