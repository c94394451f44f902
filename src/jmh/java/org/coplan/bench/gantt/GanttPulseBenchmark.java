package org.coplan.bench.gantt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.coplan.architecture.AllowedToUseStandardStreams;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Messages;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.RoadmapSession;
import org.coplan.service.UndoHistory;
import org.coplan.service.generate.GeneratorSettings;
import org.coplan.service.generate.PlanGenerator;

/**
 * The Gantt chart's pulse benchmark (issue 5): generates a roadmap into a new database, opens it in a real
 * window (the roadmap editor: tree and chart) and measures, pulse by pulse, from the start of a pulse to the
 * end of its rendering (see {@link PulseClock}):
 * <ol>
 *   <li>opening: from asking the editor to open the roadmap to the first frame with the chart painted;</li>
 *   <li>scrolling and zooming with the wheel for a while ({@link ScrollZoomScript});</li>
 *   <li>dragging a bar, the release rescheduling and committing the move ({@link BarDragScript}).</li>
 * </ol>
 * Prints the figures (one JSON object with {@code --json}), then checks the database holds the last drag,
 * and exits. Needs a display: run under Xvfb with the software pipeline, see docs/benchmarks.md.
 *
 * <p>{@code GanttPulseBenchmark [--items N] [--links M] [--seconds S] [--drags D] [--db DIR] [--json]}: with
 * {@code --db} the database is kept in DIR and a roadmap already there is used instead of a new one (made
 * with {@code coplan --db DIR generate}, say), which saves minutes of generating between runs.
 */
@AllowedToUseStandardStreams("prints the figures it is run for")
public final class GanttPulseBenchmark {

    private static final long TIMEOUT_SECONDS = 600;

    private GanttPulseBenchmark() {
    }

    record Options(int items, int links, int seconds, int drags, Path database, boolean json) {

        static Options parse(String[] args) {
            int items = 100_000;
            int links = -1;
            int seconds = 10;
            int drags = 10;
            boolean json = false;
            Path database = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--items" -> items = Integer.parseInt(args[++i]);
                    case "--links" -> links = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--drags" -> drags = Integer.parseInt(args[++i]);
                    case "--db" -> database = Path.of(args[++i]);
                    case "--json" -> json = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --items N --links M --seconds S --drags D --db DIR --json");
                }
            }
            return new Options(items, links < 0 ? 2 * items : links, seconds, drags, database, json);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path folder = options.database() != null ? options.database() : Files.createTempDirectory("coplan-gantt-bench");
        int exitCode = 1;
        try (H2PlanDatabase database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("bench"))) {
            List<Roadmap> existing = database.read(store -> store.roadmaps().findAll());
            double generateSeconds = 0;
            UUID roadmapId;
            if (existing.isEmpty()) {
                long generating = System.nanoTime();
                roadmapId = new PlanGenerator(GeneratorSettings.of(options.items(), options.links(), 42))
                        .generateInto(database).roadmap().id();
                generateSeconds = (System.nanoTime() - generating) / 1e9;
            } else {
                roadmapId = existing.getFirst().id();
            }
            exitCode = run(options, database, roadmapId, generateSeconds);
        } finally {
            if (options.database() == null) {
                delete(folder);
            }
        }
        System.exit(exitCode);
    }

    private static int run(Options options, H2PlanDatabase database, UUID roadmapId, double generateSeconds)
            throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        BenchWindow window = onFx(() -> new BenchWindow(database, Messages.forLocale(Locale.ENGLISH)));
        try {
            settle();
            BenchWindow.Opening opening = onFx(() -> window.open(roadmapId)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            settle();
            long expanding = System.nanoTime();
            int rows = onFx(window::expandAll);
            double expandSeconds = (System.nanoTime() - expanding) / 1e9;
            settle();
            CompletableFuture<List<PulseClock.Sample>> scrolled = new CompletableFuture<>();
            onFx(() -> {
                window.clock().setStep(new ScrollZoomScript(window, Duration.ofSeconds(options.seconds()), scrolled));
                return null;
            });
            List<PulseClock.Sample> scrolling = scrolled.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            settle();
            CompletableFuture<BarDragScript.DragOutcome> dragged = new CompletableFuture<>();
            onFx(() -> {
                window.clock().setStep(new BarDragScript(window, options.drags(), dragged));
                return null;
            });
            BarDragScript.DragOutcome drag = dragged.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> problems = onFx(window::problems);
            boolean saved = savedStart(database, roadmapId, drag);
            new BenchReport(options, generateSeconds, opening, rows, expandSeconds, scrolling, drag, saved, problems).print(System.out);
            return problems.isEmpty() && saved && drag.moved() == drag.drags() ? 0 : 1;
        } finally {
            onFx(() -> {
                window.close();
                return null;
            });
            Platform.exit();
        }
    }

    /** Whether a session opened afresh from the database shows the dragged item where the last drag left it. */
    private static boolean savedStart(H2PlanDatabase database, UUID roadmapId, BarDragScript.DragOutcome drag) {
        try (RoadmapSession fresh = RoadmapSession.open(new PlanEditor(database, new UndoHistory()), roadmapId)) {
            return fresh.plan().find(drag.item()).map(WorkItem::start).filter(drag.finalStart()::equals).isPresent();
        }
    }

    /** Lets the window finish what it was doing (layout, the first selection) before the next measurement. */
    private static void settle() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(1_500);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error failure) {
                result.completeExceptionally(failure);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
