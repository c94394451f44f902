package org.coplan.exchange.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A long fuzzing run: mutants of the seed files fed one after another until the count or the time is used up,
 * with the tally the benchmark prints. Every input that escapes or overruns is kept in {@code evidence} under
 * a name that says which seed and mutations made it, so it can be replayed with {@code coplan import}.
 */
public final class FuzzCampaign {

    private final List<Seed> seeds;
    private final ImporterFuzzer fuzzer;
    private final Path evidence;

    /** A real file to mutate, and whether it is a plan package. */
    public record Seed(String name, byte[] bytes, boolean isPackage) {

        public static Seed of(Path file) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                return new Seed(file.getFileName().toString(), bytes, PackageSeal.isPackage(bytes));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }

    /** One mutant: its seed, how it was made, and its bytes. */
    public record Input(Seed seed, Mutation.Mutant mutant) {
    }

    public FuzzCampaign(List<Seed> seeds, ImporterFuzzer fuzzer, Path evidence) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed files");
        }
        this.seeds = List.copyOf(seeds);
        this.fuzzer = Objects.requireNonNull(fuzzer, "fuzzer");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
    }

    /** The mutant number {@code n} of a run with {@code randomSeed}: the same numbers give the same input. */
    public static Input input(List<Seed> seeds, long randomSeed, long n) {
        SplittableRandom random = new SplittableRandom(randomSeed * 0x9E3779B97F4A7C15L + n);
        Seed seed = seeds.get(random.nextInt(seeds.size()));
        Seed other = seeds.get(random.nextInt(seeds.size()));
        Mutation.Mutant mutant = seed.isPackage() && random.nextInt(3) > 0
                ? PackageSeal.mutateContent(seed.bytes(), other.bytes(), random)
                : Mutation.mutate(seed.bytes(), other.bytes(), random);
        return new Input(seed, mutant);
    }

    public Tally run(long randomSeed, long maxExecutions, Duration maxTime) {
        Tally tally = new Tally();
        long deadline = System.nanoTime() + maxTime.toNanos();
        for (long n = 0; n < maxExecutions && System.nanoTime() < deadline; n++) {
            Input input = input(seeds, randomSeed, n);
            Outcome outcome = fuzzer.feed(input.mutant().bytes(), input.seed().name(), input.seed().isPackage());
            tally.add(input, outcome, keep(input, n, outcome));
        }
        return tally;
    }

    private Path keep(Input input, long n, Outcome outcome) {
        if (outcome.clean()) {
            return null;
        }
        try {
            Files.createDirectories(evidence);
            return Files.write(evidence.resolve(n + "-" + input.mutant().mutations().replaceAll("[^A-Za-z_+]", "_")
                    + "-" + input.seed().name()), input.mutant().bytes());
        } catch (IOException cannotKeep) {
            throw new UncheckedIOException(cannotKeep);
        }
    }

    /** What a run found. */
    public static final class Tally {

        private long executions;
        private final Set<String> distinct = new HashSet<>();
        private final Map<Outcome.Verdict, Long> verdicts = new TreeMap<>();
        private final Map<String, Long> refusals = new TreeMap<>();
        private final List<String> escapes = new ArrayList<>();
        private long slowestNanos = -1;
        private String slowest = "";
        private long mostAllocated;
        private String hungriest = "";

        void add(Input input, Outcome outcome, Path kept) {
            executions++;
            distinct.add(fingerprint(input.mutant().bytes()));
            verdicts.merge(outcome.verdict(), 1L, Long::sum);
            String name = input.seed().name() + " " + input.mutant().mutations() + " (" + input.mutant().bytes().length
                    + " bytes)";
            switch (outcome.verdict()) {
                case REFUSED -> refusals.merge(keyOf(outcome.detail()), 1L, Long::sum);
                case ESCAPED, TIMED_OUT -> escapes.add(outcome.verdict() + " " + shortened(outcome.detail())
                        + where(outcome.failure()) + " from " + name + " kept as " + kept);
                case ACCEPTED -> {
                    // nothing more to count
                }
            }
            if (outcome.nanos() > slowestNanos) {
                slowestNanos = outcome.nanos();
                slowest = name;
            }
            if (outcome.allocatedBytes() > mostAllocated) {
                mostAllocated = outcome.allocatedBytes();
                hungriest = name;
            }
        }

        private static String shortened(String text) {
            return text.length() <= 200 ? text : text.substring(0, 200) + "…";
        }

        /** Where it was thrown, and the last Coplan frame it passed: the importer that let it through. */
        private static String where(Throwable failure) {
            if (failure == null) {
                return "";
            }
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            StackTraceElement[] frames = root.getStackTrace();
            String thrown = frames.length > 0 ? frames[0].toString() : "?";
            String ours = java.util.Arrays.stream(failure.getStackTrace())
                    .filter(frame -> frame.getClassName().startsWith("org.coplan.")
                            && !frame.getClassName().startsWith("org.coplan.exchange.fuzz."))
                    .findFirst().map(StackTraceElement::toString).orElse("?");
            return " [at " + thrown + " via " + ours + "]";
        }

        private static String keyOf(String detail) {
            int colon = detail.indexOf(':');
            return colon < 0 ? detail : detail.substring(0, colon);
        }

        private static String fingerprint(byte[] bytes) {
            try {
                return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException missing) {
                throw new IllegalStateException("every Java runtime has SHA-256", missing);
            }
        }

        public long executions() {
            return executions;
        }

        public int distinctInputs() {
            return distinct.size();
        }

        public long count(Outcome.Verdict verdict) {
            return verdicts.getOrDefault(verdict, 0L);
        }

        public Map<String, Long> refusalsByMessage() {
            return Map.copyOf(refusals);
        }

        public List<String> escapes() {
            return List.copyOf(escapes);
        }

        /** The report the benchmark prints, one figure a line. */
        public List<String> report() {
            List<String> lines = new ArrayList<>();
            lines.add("executions: " + executions);
            lines.add("distinct inputs: " + distinct.size());
            for (Outcome.Verdict verdict : Outcome.Verdict.values()) {
                lines.add(verdict.name().toLowerCase(java.util.Locale.ROOT) + ": " + count(verdict));
            }
            lines.add("escapes (must be 0): " + (count(Outcome.Verdict.ESCAPED) + count(Outcome.Verdict.TIMED_OUT)));
            lines.add(String.format(java.util.Locale.ROOT, "slowest input: %.1f ms, %s", slowestNanos / 1e6, slowest));
            lines.add(String.format(java.util.Locale.ROOT, "most allocated by one input: %.1f MB, %s",
                    mostAllocated / 1e6, hungriest));
            lines.add("refusals by message:");
            refusals.forEach((key, count) -> lines.add(String.format(java.util.Locale.ROOT, "  %8d  %s", count, key)));
            escapes.stream().limit(50).forEach(escape -> lines.add("ESCAPE " + escape));
            return lines;
        }
    }
}
