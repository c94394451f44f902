package org.coplan.exchange.fuzz;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.coplan.domain.Ids;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.exchange.PackageImport;
import org.coplan.exchange.PackageReader;
import org.coplan.exchange.PackageRefusedException;
import org.coplan.exchange.imports.PlanFiles;
import org.coplan.l10n.Problem;
import org.coplan.service.PlanEditor;
import org.coplan.service.UndoHistory;
import org.coplan.service.imports.ImportRefused;
import org.coplan.service.imports.ImportedPlan;
import org.coplan.service.imports.PlanImport;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.SyncDatabase;

/**
 * Feeds one input at a time to the importers the way the user's import does: a plan file through format
 * detection, its reader and the import into a plan database (replaced by a fresh one now and then); a
 * plan package through the package reader and a real import into a replica. Each input runs on a worker thread
 * with a time limit on its processor time; one that overruns is abandoned with its worker and its databases.
 * <p>
 * The documented refusals are {@link ImportRefused} (or another {@link PlanRuleViolation} from the import
 * into the plan) for plan files and {@link PackageRefusedException} for packages, each with a message found
 * in the bundle; everything else is an escape.
 */
public final class ImporterFuzzer implements AutoCloseable {

    public static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    /**
     * The limit counts the worker's processor time, which a loaded machine does not stretch (a build beside the
     * fuzzer can triple the wall time); an input that waits instead of working is stopped after this many
     * limits of wall time.
     */
    private static final long WALL_FACTOR = 12;
    private static final long POLL_MILLIS = 50;
    /** Imports a database takes before a fresh one replaces it, so the imports do not pile up. */
    private static final int IMPORTS_PER_DATABASE = 50;

    private final Path scratch;
    private final Supplier<? extends PlanDatabase> databases;
    private final Duration limit;
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private ExecutorService worker;
    private PlanDatabase plans;
    private PlanDatabase replica;
    private int replicaImports;
    private int planImports;

    /**
     * @param scratch   a folder for the input files (the readers read files)
     * @param databases makes a fresh, empty plan database that is also a replica (an in-memory one will do)
     */
    public ImporterFuzzer(Path scratch, Supplier<? extends PlanDatabase> databases, Duration limit) {
        this.scratch = Objects.requireNonNull(scratch, "scratch");
        this.databases = Objects.requireNonNull(databases, "databases");
        this.limit = Objects.requireNonNull(limit, "limit");
        this.worker = newWorker();
    }

    /**
     * Imports {@code bytes} as a file called {@code fileName}: as a plan package when {@code asPackage}, else
     * as a plan file of whatever format its content shows.
     */
    public Outcome feed(byte[] bytes, String fileName, boolean asPackage) {
        Path file = scratch.resolve(fileName);
        try {
            Files.write(file, bytes);
        } catch (IOException cannotWrite) {
            throw new IllegalStateException("the fuzzer cannot write its input to " + file, cannotWrite);
        }
        long started = System.nanoTime();
        Running running = new Running();
        Future<Outcome> future = worker.submit(() -> {
            running.cpuBefore = threads.getCurrentThreadCpuTime();
            running.thread = Thread.currentThread();
            return measured(() -> asPackage ? importPackage(file) : importPlanFile(file));
        });
        try {
            while (true) {
                try {
                    return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    long wall = System.nanoTime() - started;
                    long cpu = running.cpu(threads);
                    if (cpu > limit.toNanos() || wall > WALL_FACTOR * limit.toNanos()) {
                        future.cancel(true);
                        abandonWorker();
                        return new Outcome(Outcome.Verdict.TIMED_OUT, String.format(java.util.Locale.ROOT,
                                "over %d ms (%.0f ms of processor time, %.0f ms in all)", limit.toMillis(),
                                cpu / 1e6, wall / 1e6), null, wall, -1);
                    }
                }
            }
        } catch (ExecutionException impossible) {
            // measured() catches every Throwable; this would be a fault of the fuzzer itself
            throw new IllegalStateException(impossible.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the fuzzer was interrupted", interrupted);
        }
    }

    /**
     * The worker thread of the input under way, once it has started, and the processor time the input took:
     * the worker's and that of the plan file readers started meanwhile (MPXJ reads on a thread of its own).
     */
    private static final class Running {
        private volatile long cpuBefore;
        private volatile Thread thread;
        private final java.util.Set<Long> readersBefore = readers();

        long cpu(ThreadMXBean threads) {
            Thread worker = thread;
            long cpu = worker == null ? 0 : threads.getThreadCpuTime(worker.threadId()) - cpuBefore;
            for (long reader : readers()) {
                if (!readersBefore.contains(reader)) {
                    cpu += Math.max(0, threads.getThreadCpuTime(reader));
                }
            }
            return cpu;
        }

        private static java.util.Set<Long> readers() {
            return Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("plan-file-reader")).map(Thread::threadId)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    private Outcome measured(Supplier<Outcome> work) {
        long allocatedBefore = threads.getTotalThreadAllocatedBytes();
        long started = System.nanoTime();
        Outcome outcome;
        try {
            outcome = work.get();
        } catch (Throwable escaped) {
            // an OutOfMemoryError or StackOverflowError is exactly what the fuzzer is looking for
            outcome = new Outcome(Outcome.Verdict.ESCAPED, escaped.toString(), escaped, 0, 0);
        }
        return new Outcome(outcome.verdict(), outcome.detail(), outcome.failure(), System.nanoTime() - started,
                threads.getTotalThreadAllocatedBytes() - allocatedBefore);
    }

    private Outcome importPlanFile(Path file) {
        try {
            ImportedPlan plan = new PlanFiles().read(file);
            String title = plan.title() != null && !plan.title().isBlank() ? plan.title().strip()
                    : file.getFileName().toString();
            new PlanImport(new PlanEditor(plans(), new UndoHistory())).importAsNewProgramme(title, plan,
                    new PlanImport.Naming(title, sourceId -> "#" + sourceId, slot -> "Baseline " + slot,
                            calendar -> calendar));
            return accepted();
        } catch (PlanRuleViolation refused) {
            return refusal(refused.problem(), refused);
        }
    }

    private Outcome importPackage(Path file) {
        try {
            if (++replicaImports > IMPORTS_PER_DATABASE) {
                replica.close();
                replica = null;
            }
            if (replica == null) {
                replica = databases.get();
                replicaImports = 1;
            }
            if (!(replica instanceof SyncDatabase sync)) {
                throw new IllegalStateException("the fuzzer's databases must be replicas");
            }
            new PackageImport(sync, Ids::newId).apply(PackageReader.read(file), false);
            return accepted();
        } catch (PackageRefusedException refused) {
            return refusal(refused.problem(), refused);
        }
    }

    private PlanDatabase plans() {
        if (++planImports > IMPORTS_PER_DATABASE && plans != null) {
            plans.close();
            plans = null;
        }
        if (plans == null) {
            plans = databases.get();
            planImports = 1;
        }
        return plans;
    }

    private static Outcome accepted() {
        return new Outcome(Outcome.Verdict.ACCEPTED, "", null, 0, 0);
    }

    /** A refusal counts only with a message the bundle has; a bare key in brackets is what a user must not see. */
    private static Outcome refusal(Problem problem, RuntimeException refused) {
        String text = problem.englishText();
        if (text.isBlank() || text.startsWith("[" + problem.key() + "]")) {
            return new Outcome(Outcome.Verdict.ESCAPED, "refused without a message: " + problem.key(), refused, 0,
                    0);
        }
        return new Outcome(Outcome.Verdict.REFUSED, problem.key() + ": " + text, null, 0, 0);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("fuzz-input").factory());
    }

    /** The overrunning thread may hold a transaction: its worker and databases are left to it. */
    private void abandonWorker() {
        worker.shutdownNow();
        worker = newWorker();
        plans = null;
        replica = null;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (plans != null) {
            plans.close();
        }
        if (replica != null) {
            replica.close();
        }
    }
}
