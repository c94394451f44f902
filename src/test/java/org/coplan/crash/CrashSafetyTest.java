package org.coplan.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.coplan.domain.Dependency;
import org.coplan.domain.WorkItem;
import org.coplan.exchange.PackageReader;
import org.coplan.exchange.PackageRefusedException;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.ChangeRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a Coplan process that is editing a plan (SIGKILL, no shutdown hooks) at random moments, then opens
 * the database again: it must open, hold together, and contain every edit the process reported as saved;
 * the process also exports plan packages and imports a colleague's, so every acknowledged import must be
 * there whole, and every exported package is either complete under its name or absent (a temporary
 * {@code .part} file may be left).
 * Two editors work side by side on databases of their own, so the kills take half the time; each keeps
 * its database from one run to the next, so every run also starts from what the previous kill left. A build
 * kills 20 times; {@code -Dcoplan.crash.kills=200} is the long run (about ten times as long).
 */
class CrashSafetyTest {

    /** Kills per build; {@code -Dcoplan.crash.kills=200} makes it the long run, with the same checks. */
    private static final int KILLS = Integer.getInteger("coplan.crash.kills", 20);
    private static final long FIRST_ACK_TIMEOUT_SECONDS = 60;
    private static final Pattern TEMPORARY_EXPORT = Pattern.compile("\\..+\\.coplan\\.[0-9a-f-]{36}\\.part");
    private static final AtomicInteger EXPORTS = new AtomicInteger();
    private static final AtomicInteger IMPORTS = new AtomicInteger();

    /** What the runs found, printed when they are done: kills, acknowledged edits, and how many were lost. */
    private static final AtomicInteger KILLED = new AtomicInteger();
    private static final AtomicInteger ACKNOWLEDGED = new AtomicInteger();
    private static final AtomicInteger LOST = new AtomicInteger();

    @TempDir
    static Path laneA;

    @TempDir
    static Path laneB;

    /** One line the child printed: TRY or ACK, the kind of edit, the entity's id and the value written. */
    private record Report(String what, String kind, UUID id, String value) {

        static Report parse(String line) {
            String[] parts = line.split(" ", 4);
            return new Report(parts[0], parts[1], UUID.fromString(parts[2]), parts[3]);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyAcknowledgedEditSurvivesAKillAtARandomMoment() {
        int pairs = (KILLS + 1) / 2;
        return IntStream.rangeClosed(1, pairs).mapToObj(run -> DynamicTest.dynamicTest(
                "kills " + (2 * run - 1) + " and " + (2 * run) + " of " + (2 * pairs) + ", side by side",
                () -> twoKillsSideBySide(run)));
    }

    @AfterAll
    static void printTally() {
        System.out.printf("Crash runs: %d kills, %d acknowledged steps checked (%d package exports, %d package "
                + "imports), %d lost%n", KILLED.get(), ACKNOWLEDGED.get(), EXPORTS.get(), IMPORTS.get(), LOST.get());
    }

    private static void twoKillsSideBySide(int run) {
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> killAndVerify(laneB, "b" + run));
        try {
            killAndVerify(laneA, "a" + run);
        } finally {
            // lane B's child and its check end before the next repetition starts, whatever lane A found
            joinRethrowingAssertions(other);
        }
    }

    private static void joinRethrowingAssertions(CompletableFuture<Void> lane) {
        try {
            lane.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw failed;
        }
    }

    private static void killAndVerify(Path folder, String run) {
        try {
            Path childErrors = Files.createTempFile("crash-editor", ".err");
            Process child = new ProcessBuilder(javaCommand(folder, run)).redirectError(childErrors.toFile()).start();
            LineCollector collector = new LineCollector(child.getInputStream());
            Thread reader = Thread.ofPlatform().daemon().start(collector);
            try {
                assertThat(collector.awaitFirstAck(FIRST_ACK_TIMEOUT_SECONDS))
                        .as("the editor acknowledged an edit; its errors: %s", Files.readString(childErrors))
                        .isTrue();
                Thread.sleep(ThreadLocalRandom.current().nextLong(200, 1501));
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            reader.join(TimeUnit.SECONDS.toMillis(30));

            List<Report> reports = collector.completeLines().stream().filter(l -> !l.startsWith("READY"))
                    .map(Report::parse).toList();
            assertThat(reports).anyMatch(r -> r.what().equals("ACK"));
            verifyKeepingEvidence(folder, run, reports);
            Files.deleteIfExists(childErrors);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("run " + run + " could not be carried out", e);
        }
    }

    private static List<String> javaCommand(Path folder, String run) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                // the child only needs to start quickly; it never runs long enough for the C2 compiler to pay
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), CrashEditor.class.getName(), folder.toString(), run);
    }

    /**
     * Checks the database; when the check fails, keeps the file exactly as the kill left it (the checker's
     * reopen may already rewrite it) in target/crash-evidence, so its chunks can be examined afterwards.
     */
    private static void verifyKeepingEvidence(Path folder, String run, List<Report> reports) throws IOException {
        Path file = folder.resolve("coplan.mv.db");
        Path copy = Files.createTempFile("crash-" + run + "-", ".mv.db");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        try {
            verify(folder, reports);
            Files.deleteIfExists(copy);
        } catch (AssertionError lost) {
            Path evidence = Path.of("target", "crash-evidence");
            Files.createDirectories(evidence);
            Path kept = Files.move(copy, evidence.resolve("run-" + run + ".mv.db"),
                    StandardCopyOption.REPLACE_EXISTING);
            lost.addSuppressed(new AssertionError("the database as the kill left it: " + kept.toAbsolutePath()));
            throw lost;
        }
    }

    private static void verify(Path folder, List<Report> reports) {
        try (H2PlanDatabase database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("checker"))) {
            List<WorkItem> items = database.read(store -> store.workItems().findAll());
            List<Dependency> links = database.read(store -> store.dependencies().findAll());
            assertThat(database.<Long>read(store -> store.workItems().count())).isEqualTo(items.size());
            assertThat(database.<Long>read(store -> store.dependencies().count())).isEqualTo(links.size());
            Map<UUID, WorkItem> byId = items.stream().collect(Collectors.toMap(WorkItem::id, Function.identity()));
            Set<UUID> roadmaps = database.read(store -> store.roadmaps().findAll()).stream()
                    .map(r -> r.id()).collect(Collectors.toSet());
            for (WorkItem item : items) {
                assertThat(item.parentId() == null || byId.containsKey(item.parentId())).as(item.name()).isTrue();
                assertThat(roadmaps).contains(item.roadmapId());
            }
            for (Dependency link : links) {
                assertThat(byId).containsKeys(link.predecessorId(), link.successorId());
            }

            Report inFlight = inFlight(reports);
            List<Report> acknowledged = reports.stream().filter(r -> r.what().equals("ACK")).toList();
            Map<UUID, String> lastRename = new HashMap<>();
            acknowledged.stream().filter(r -> r.kind().equals("rename"))
                    .forEach(rename -> lastRename.put(rename.id(), rename.value()));
            Set<UUID> linkIds = links.stream().map(Dependency::id).collect(Collectors.toSet());
            // every acknowledged edit that is not there, with its place in the run, so a loss shows its pattern
            List<String> lost = new ArrayList<>();
            for (int i = 0; i < acknowledged.size(); i++) {
                Report ack = acknowledged.get(i);
                boolean present = switch (ack.kind()) {
                    case "rename" -> {
                        Set<String> allowed = new HashSet<>(Set.of(lastRename.get(ack.id())));
                        // the edit under way when the kill came may or may not have been committed
                        if (inFlight != null && inFlight.kind().equals("rename") && inFlight.id().equals(ack.id())) {
                            allowed.add(inFlight.value());
                        }
                        WorkItem item = byId.get(ack.id());
                        yield item != null && allowed.contains(item.name());
                    }
                    case "insert" -> byId.containsKey(ack.id()) && byId.get(ack.id()).name().equals(ack.value());
                    case "link" -> linkIds.contains(ack.id());
                    case "import" -> database.read(store -> store.roadmaps().findByProgramme(ack.id()).stream()
                            .mapToInt(r -> store.workItems().findByRoadmap(r.id()).size()).sum())
                            == Integer.parseInt(ack.value());
                    case "export" -> isCompletePackage(folder.resolve("exports").resolve(ack.value()));
                    default -> throw new AssertionError("unknown report " + ack);
                };
                if (!present) {
                    WorkItem item = byId.get(ack.id());
                    lost.add("#" + (i + 1) + " of " + acknowledged.size() + ": " + ack + " (stored: "
                            + (item == null ? "nothing" : item.name()) + ")");
                }
            }
            lost.addAll(halfWrittenExports(folder.resolve("exports")));
            KILLED.incrementAndGet();
            ACKNOWLEDGED.addAndGet(acknowledged.size());
            EXPORTS.addAndGet((int) acknowledged.stream().filter(r -> r.kind().equals("export")).count());
            IMPORTS.addAndGet((int) acknowledged.stream().filter(r -> r.kind().equals("import")).count());
            LOST.addAndGet(lost.size());
            assertThat(lost).as("acknowledged edits missing after the kill").isEmpty();
            lastRename.forEach((id, name) -> {
                // the change log is written in the same transaction as the row
                assertThat(database.<List<ChangeRecord>>read(store -> store.changeLog().findByEntity(id)))
                        .as("change log of item %s", id).anyMatch(change -> name.equals(change.newValue()));
            });
        }
    }

    private static boolean isCompletePackage(Path file) {
        try {
            PackageReader.read(file);
            return true;
        } catch (PackageRefusedException notComplete) {
            return false;
        }
    }

    /**
     * Every file under a package's own name must read back whole (its digest matching); a kill during the
     * export may leave only its temporary file, named {@code .NAME.UUID.part}.
     */
    private static List<String> halfWrittenExports(Path exports) {
        if (!Files.isDirectory(exports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(exports)) {
            return files.filter(file -> !TEMPORARY_EXPORT.matcher(file.getFileName().toString()).matches())
                    .filter(file -> !isCompletePackage(file))
                    .map(file -> "export " + file.getFileName() + " is there but not complete").toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The edit that was tried but not acknowledged when the kill came, if any: the editor works one edit at a
     * time, so the reports alternate TRY, ACK of the same edit, and only the last TRY can lack its ACK.
     */
    private static Report inFlight(List<Report> reports) {
        for (int i = 0; i < reports.size(); i += 2) {
            Report tried = reports.get(i);
            assertThat(tried.what()).isEqualTo("TRY");
            if (i + 1 == reports.size()) {
                return tried;
            }
            Report acknowledged = reports.get(i + 1);
            assertThat(acknowledged).isEqualTo(new Report("ACK", tried.kind(), tried.id(), tried.value()));
        }
        return null;
    }

    /**
     * Reads the child's output to the end; keeps only lines ended by a newline, since the kill may cut the
     * last one in the middle.
     */
    private static final class LineCollector implements Runnable {

        private final InputStream input;
        private final List<String> lines = new ArrayList<>();
        private boolean acknowledged;
        private boolean finished;

        LineCollector(InputStream input) {
            this.input = input;
        }

        @Override
        public void run() {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                for (int b = input.read(); b >= 0; b = input.read()) {
                    if (b == '\n') {
                        add(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
            } catch (IOException closed) {
                // the process is gone; what was read is all there is
            }
            finish();
        }

        private synchronized void finish() {
            finished = true;
            notifyAll();
        }

        private synchronized void add(String text) {
            lines.add(text);
            if (text.startsWith("ACK ")) {
                acknowledged = true;
                notifyAll();
            }
        }

        synchronized boolean awaitFirstAck(long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            // a child that fails to start ends its output at once: no point waiting out the timeout
            while (!acknowledged && !finished && System.nanoTime() < deadline) {
                TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
            }
            return acknowledged;
        }

        synchronized List<String> completeLines() {
            return List.copyOf(lines);
        }
    }
}
