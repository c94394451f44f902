package org.coplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.exchange.imports.PlanFiles;
import org.coplan.exchange.mspdi.MspdiWriter;
import org.coplan.l10n.Messages;
import org.coplan.service.PlanEditor;
import org.coplan.service.UndoHistory;
import org.coplan.service.exports.PlanExport;
import org.coplan.service.exports.RoadmapExport;
import org.coplan.service.generate.GeneratedRoadmap;
import org.coplan.service.generate.GeneratorSettings;
import org.coplan.service.generate.PlanGenerator;
import org.coplan.service.imports.ImportReport;
import org.coplan.service.imports.ImportedPlan;
import org.coplan.service.imports.PlanImport;
import org.coplan.service.port.PlanDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench interop [--items N] [--runs R] [--json]}: generates a roadmap of N items (and one as large
 * again) in a scratch plan database, then times, as the command line does them, its export to MS Project XML
 * (read from the database, written to a file) and the import of that file (read, converted, scheduled and
 * stored as a new roadmap). A smaller plan goes through both first, so the JIT compiler is warm; each figure
 * is the fastest of R runs, and the ratio says how the time grows with twice the plan.
 */
@Command(name = "interop", mixinStandardHelpOptions = true, sortOptions = false)
final class InteropBenchCommand implements Callable<Integer> {

    private static final int MAX_ITEMS = 200_000;

    private final CliContext context;

    @Option(names = "--items", paramLabel = "N", defaultValue = "10000", descriptionKey = "bench.interop.option.items")
    private int items;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "2", descriptionKey = "bench.interop.option.runs")
    private int runs;

    @Option(names = "--json", descriptionKey = "bench.interop.option.json")
    private boolean json;

    InteropBenchCommand(CliContext context) {
        this.context = context;
    }

    record Figures(int items, int links, double exportMs, double importMs) {
    }

    @Override
    public Integer call() throws IOException {
        if (items < 100 || items > MAX_ITEMS) {
            throw PlanRuleViolation.of("error.bench-items-range", items, MAX_ITEMS);
        }
        if (runs < 1 || runs > 20) {
            throw PlanRuleViolation.of("error.bench-runs-range", runs, 20);
        }
        Path scratch = Files.createTempDirectory("coplan-bench-interop");
        List<Figures> figures = new ArrayList<>();
        try (PlanDatabase database = context.databases().open(scratch.resolve("plan"))) {
            measure(database, scratch, Math.max(100, items / 5), 1);
            figures.add(measure(database, scratch, items, runs));
            figures.add(measure(database, scratch, 2 * items, runs));
        } finally {
            deleteAll(scratch);
        }
        Messages messages = context.messages();
        if (json) {
            context.out().println(json(figures));
        } else {
            for (Figures each : figures) {
                context.out().println(messages.tr("cli.bench.interop.figures", each.items(), each.links(),
                        each.exportMs() / 1000, each.importMs() / 1000));
            }
            context.out().println(messages.tr("cli.bench.interop.ratio",
                    figures.get(1).exportMs() / figures.get(0).exportMs(),
                    figures.get(1).importMs() / figures.get(0).importMs()));
        }
        context.out().flush();
        return 0;
    }

    private static Figures measure(PlanDatabase database, Path scratch, int size, int runs) throws IOException {
        GeneratedRoadmap generated = new PlanGenerator(GeneratorSettings.of(size, size, size)).generateInto(database);
        Path file = scratch.resolve("plan-" + size + ".xml");
        double export = Double.MAX_VALUE;
        double imports = Double.MAX_VALUE;
        int links = generated.links().size();
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            RoadmapExport loaded = new PlanExport(database).load(generated.roadmap().id());
            new MspdiWriter().write(loaded, file);
            export = Math.min(export, millis(started));

            started = System.nanoTime();
            ImportedPlan plan = new PlanFiles().read(file);
            ImportReport report = new PlanImport(new PlanEditor(database, new UndoHistory())).importAsNewRoadmap(
                    generated.programme().id(), plan, new PlanImport.Naming("bench", id -> id, slot -> "b" + slot,
                            name -> name));
            imports = Math.min(imports, millis(started));
            if (report.counts().items() != generated.items().size()) {
                throw new IllegalStateException("the import lost items: " + report.counts().items() + " of "
                        + generated.items().size());
            }
        }
        return new Figures(size, links, export, imports);
    }

    private static double millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }

    private static String json(List<Figures> figures) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Map<String, Object>> plans = new ArrayList<>();
        for (Figures each : figures) {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("items", each.items());
            plan.put("links", each.links());
            plan.put("exportMs", Math.round(each.exportMs()));
            plan.put("importMs", Math.round(each.importMs()));
            plans.add(plan);
        }
        fields.put("plans", plans);
        fields.put("exportRatio", figures.get(1).exportMs() / figures.get(0).exportMs());
        fields.put("importRatio", figures.get(1).importMs() / figures.get(0).importMs());
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
