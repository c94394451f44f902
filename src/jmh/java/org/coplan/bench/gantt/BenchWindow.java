package org.coplan.bench.gantt;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.coplan.gantt.GanttChart;
import org.coplan.gantt.skin.GanttChartSkin;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.service.PlanEditor;
import org.coplan.service.UndoHistory;
import org.coplan.service.port.PlanDatabase;
import org.coplan.ui.common.FxTaskRunner;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.Stylesheets;
import org.coplan.ui.roadmap.RoadmapEditorView;
import org.coplan.ui.roadmap.RoadmapEditorViewModel;

/**
 * A real window with the roadmap editor (tree and chart side by side, as in Coplan's main window), its
 * view model loading on a worker thread as the application does, and a {@link PulseClock} on its scene.
 * Made and used on the JavaFX thread only.
 */
final class BenchWindow {

    static final double WIDTH = 1600;
    static final double HEIGHT = 1000;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final RoadmapEditorViewModel vm;
    private final RoadmapEditorView view;
    private final Stage stage = new Stage();
    private final PulseClock clock;

    BenchWindow(PlanDatabase database, Messages messages) {
        vm = new RoadmapEditorViewModel(new PlanEditor(database, new UndoHistory()), messages, notifier(messages),
                tasks);
        view = new RoadmapEditorView(vm, messages);
        Region heartbeat = new Region();
        heartbeat.setManaged(false);
        heartbeat.resize(1, 1);
        heartbeat.setMouseTransparent(true);
        heartbeat.setStyle("-fx-background-color: black;");
        heartbeat.setOpacity(0.01);
        StackPane root = new StackPane(view, heartbeat);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        Stylesheets.applyTo(scene);
        stage.setTitle("Coplan: Gantt pulse benchmark");
        stage.setScene(scene);
        stage.show();
        clock = new PulseClock(scene, heartbeat);
    }

    private Notifier notifier(Messages messages) {
        return new Notifier() {
            @Override
            public void info(String text) {
                // notes for the user (such as "saved") are no concern of the benchmark
            }

            @Override
            public void error(Problem problem) {
                problems.add(messages.tr(problem.key(), problem.arguments().toArray()));
            }

            @Override
            public void failure(String text, Throwable cause) {
                problems.add(text + ": " + cause);
            }
        };
    }

    /** How long opening took: in all, and from the loaded roadmap's arrival on the JavaFX thread. */
    record Opening(double totalMs, double afterLoadMs) {
    }

    /**
     * Asks the editor to open the roadmap, as the navigator does, and completes when the first frame that
     * shows the chart painted with the roadmap's rows has been drawn: with the time from the request, and
     * from the moment the roadmap, loaded on a worker thread, was handed to the editor.
     */
    CompletableFuture<Opening> open(UUID roadmapId) {
        CompletableFuture<Opening> painted = new CompletableFuture<>();
        GanttChart chart = chart();
        long[] loaded = {Long.MAX_VALUE, 0};
        vm.sessionProperty().addListener((observable, old, session) -> {
            if (session != null && chart.getSkin() instanceof GanttChartSkin skin) {
                // the editor's own listener has handed the rows to the chart; its next paint shows them
                loaded[0] = skin.paintCount();
                loaded[1] = System.nanoTime();
            }
        });
        Runnable[] check = new Runnable[1];
        long start = System.nanoTime();
        check[0] = () -> {
            if (chart.getSkin() instanceof GanttChartSkin skin && skin.paintCount() > loaded[0]
                    && chart.getModel().rowCount() > 0) {
                view.getScene().removePostLayoutPulseListener(check[0]);
                clock.markCurrentPulse(end -> painted.complete(new Opening((end - start) / 1e6,
                        (end - loaded[1]) / 1e6)));
            }
        };
        view.getScene().addPostLayoutPulseListener(check[0]);
        clock.setStep(() -> { });
        vm.open(roadmapId);
        return painted.whenComplete((opening, failure) -> clock.setStep(null));
    }

    /**
     * Opens every row of the tree, as a planner who expands the whole roadmap does: large roadmaps open
     * with their top level only, and the scrolling should cross all the items. The root is taken off the
     * tree meanwhile: the tree's selection and focus models look up a row for every branch that opens, which
     * costs minutes at this size and is no part of the measurement. Returns the row count.
     */
    int expandAll() {
        @SuppressWarnings("unchecked")
        TreeTableView<Object> tree = (TreeTableView<Object>) view.lookup(".roadmap-tree");
        TreeItem<Object> root = tree.getRoot();
        tree.setRoot(null);
        expandBelow(root);
        tree.setRoot(root);
        return chart().getModel().rowCount();
    }

    private static void expandBelow(TreeItem<?> parent) {
        for (TreeItem<?> child : parent.getChildren()) {
            if (!child.isLeaf()) {
                child.setExpanded(true);
                expandBelow(child);
            }
        }
    }

    GanttChart chart() {
        return view.ganttChart();
    }

    RoadmapEditorViewModel viewModel() {
        return vm;
    }

    PulseClock clock() {
        return clock;
    }

    /** What the editor reported to the user: refused or failed edits. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    void close() {
        clock.stop();
        stage.close();
        vm.close();
        tasks.close();
    }
}
