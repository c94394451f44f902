package org.coplan.bench.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.architecture.AllowedToUseStandardStreams;
import org.coplan.exchange.fuzz.FuzzCampaign;
import org.coplan.exchange.fuzz.FuzzSeeds;
import org.coplan.exchange.fuzz.ImporterFuzzer;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;

/**
 * The long importer fuzzing run ({@code ./mvnw -Pbench verify -Dfuzz.skip=false}, see docs/benchmarks.md):
 * mutants of the shared interop corpus, the test packages and Coplan's own exports fed to every importer,
 * in a JVM of 256 MB so that a file declaring an absurd size shows as an OutOfMemoryError escape.
 * Arguments: {@code [seconds] [max executions] [random seed] [seed folder...]}. Prints executions, distinct
 * inputs, refusals by message, escapes (must be 0) and the slowest input; exits with 1 when anything escaped.
 */
@AllowedToUseStandardStreams("a benchmark prints its figures")
public final class ImporterFuzzBench {

    private ImporterFuzzBench() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 600;
        long executions = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
        long randomSeed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        List<Path> folders = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            Path folder = Path.of(args[i]);
            if (Files.isDirectory(folder)) {
                folders.add(folder);
            } else {
                System.out.println("no seed folder " + folder.toAbsolutePath().normalize() + "; going on without it");
            }
        }
        Path work = Files.createTempDirectory("coplan-fuzz");
        Path scratch = Files.createDirectories(work.resolve("input"));
        List<FuzzCampaign.Seed> seeds = new ArrayList<>(FuzzSeeds.in(folders));
        try (H2PlanDatabase seedPlan = memory()) {
            seeds.addAll(FuzzSeeds.written(seedPlan, work.resolve("seeds")));
        }
        System.out.printf("importer fuzzing: %d seeds, random seed %d, up to %d s, max heap %d MB%n", seeds.size(),
                randomSeed, seconds, Runtime.getRuntime().maxMemory() >> 20);
        FuzzCampaign.Tally tally;
        try (ImporterFuzzer fuzzer = new ImporterFuzzer(scratch, ImporterFuzzBench::memory,
                ImporterFuzzer.TIME_LIMIT)) {
            tally = new FuzzCampaign(seeds, fuzzer, Path.of("target", "fuzz-evidence"))
                    .run(randomSeed, executions, Duration.ofSeconds(seconds));
        }
        tally.report().forEach(System.out::println);
        System.out.flush();
        System.exit(tally.escapes().isEmpty() ? 0 : 1);
    }

    private static H2PlanDatabase memory() {
        return H2PlanDatabase.openInMemory("fuzz-" + UUID.randomUUID(), ChangeAuthor.newReplica("fuzz"));
    }
}
