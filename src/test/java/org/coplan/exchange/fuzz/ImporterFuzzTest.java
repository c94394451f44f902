package org.coplan.exchange.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.coplan.exchange.imports.InteropCorpus;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;

/**
 * Damaged and hostile files for every importer, made from real ones (the shared interop corpus, the test
 * packages, Coplan's own exports): each is imported or refused with the documented error and a message from
 * the bundle, within five seconds of processor time and a bounded amount of memory. A short run; the long one
 * is {@code ImporterFuzzBench} in the benchmark profile (docs/benchmarks.md).
 */
class ImporterFuzzTest {

    /** Above what one input may allocate in all: the fuzz benchmark runs the importers in a 256 MB heap. */
    private static final long ALLOCATION_BOUND = 256L << 20;
    private static final long CAMPAIGN = 20_261_123L;

    private static Path work;
    private static List<FuzzCampaign.Seed> seeds;
    private static ImporterFuzzer fuzzer;

    @BeforeContainer
    static void gatherSeeds() throws IOException, URISyntaxException {
        work = Files.createTempDirectory("importer-fuzz");
        List<Path> folders = new ArrayList<>();
        InteropCorpus.folder().ifPresent(folders::add);
        Path packages = Path.of(ImporterFuzzTest.class.getResource("/org/coplan/exchange/good-programme.coplan")
                .toURI()).getParent();
        folders.add(packages);
        folders.add(packages.resolve("bad"));
        seeds = new ArrayList<>(FuzzSeeds.in(folders));
        try (H2PlanDatabase plan = memory()) {
            seeds.addAll(FuzzSeeds.written(plan, work.resolve("seeds")));
        }
        fuzzer = new ImporterFuzzer(Files.createDirectories(work.resolve("input")), ImporterFuzzTest::memory,
                ImporterFuzzer.TIME_LIMIT);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        fuzzer.close();
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static H2PlanDatabase memory() {
        return H2PlanDatabase.openInMemory("fuzz-" + UUID.randomUUID(), ChangeAuthor.newReplica("fuzz"));
    }

    @Property(tries = 30)
    void aMutatedFileIsImportedOrRefusedWithAMessage(@ForAll @LongRange(min = 0, max = 1_000_000) long mutant) {
        FuzzCampaign.Input input = FuzzCampaign.input(seeds, CAMPAIGN, mutant);
        expectClean(input.seed(), input.mutant());
    }

    @Example
    void everySeedIsImportedOrRefusedWithAMessage() {
        assertThat(seeds).extracting(FuzzCampaign.Seed::name)
                .contains("coplan.csv", "coplan.gan", "coplan-mspdi.xml", "coplan-full.coplan");
        for (FuzzCampaign.Seed seed : seeds) {
            expectClean(seed, new Mutation.Mutant(seed.bytes(), "none"));
        }
    }

    @Example
    void everyKindOfDamageIsRefusedOrReadOnEveryFormat() {
        SplittableRandom random = new SplittableRandom(CAMPAIGN);
        for (String name : List.of("coplan.csv", "coplan.gan", "coplan-mspdi.xml", "coplan-full.coplan")) {
            FuzzCampaign.Seed seed = seeds.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            for (Mutation mutation : Mutation.values()) {
                expectClean(seed, new Mutation.Mutant(mutation.apply(seed.bytes(), seed.bytes(), random),
                        mutation.name()));
            }
        }
    }

    @Example
    void archivesWithAbsurdSizesAndPathsOutOfTheFolderAreRefusedWithoutUnpacking() {
        FuzzCampaign.Seed seed = seeds.stream().filter(s -> s.name().equals("coplan-mspdi.xml")).findFirst()
                .orElseThrow();
        for (long n = 0; n < 5; n++) {
            byte[] zip = Mutation.ZIP_WITH_ABSURD_ENTRY.apply(seed.bytes(), seed.bytes(), new SplittableRandom(n));
            Outcome outcome = fuzzer.feed(zip, "plan.zip", false);
            assertThat(outcome.verdict()).isEqualTo(Outcome.Verdict.REFUSED);
            assertThat(outcome.detail()).startsWith("import.error.unknown-format");
        }
        assertThat(work.getParent().resolve("evil.xml")).doesNotExist();
    }

    private static void expectClean(FuzzCampaign.Seed seed, Mutation.Mutant mutant) {
        Outcome outcome = fuzzer.feed(mutant.bytes(), seed.name(), seed.isPackage());
        assertThat(outcome.verdict())
                .as("%s of %s (%d bytes): %s", mutant.mutations(), seed.name(), mutant.bytes().length,
                        outcome.detail())
                .isIn(Outcome.Verdict.ACCEPTED, Outcome.Verdict.REFUSED);
        assertThat(outcome.allocatedBytes()).as("bytes allocated for %s of %s", mutant.mutations(), seed.name())
                .isLessThan(ALLOCATION_BOUND);
    }
}
