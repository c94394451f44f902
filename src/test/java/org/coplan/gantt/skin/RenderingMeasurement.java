package org.coplan.gantt.skin;

import java.util.Arrays;
import java.util.HashSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.coplan.architecture.AllowedToUseStandardStreams;
import org.coplan.gantt.GanttChart;
import org.coplan.gantt.SyntheticRows;
import org.coplan.gantt.TimelineScale;

/**
 * Measures the two ways to draw the rows that docs/decisions/0007-gantt-rendering.md weighs: one viewport
 * canvas repainted per frame, or one canvas per visible row (moved when scrolling, repainted when its row
 * changes). A frame is painting plus rendering the scene (a snapshot, on the software pipeline). Run by hand:
 * {@code java -Dglass.platform=Headless -Dprism.order=sw -cp target/classes:target/test-classes:<deps>
 * org.coplan.gantt.skin.RenderingMeasurement}.
 */
@AllowedToUseStandardStreams("prints the measurements it is run for")
public final class RenderingMeasurement {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final int FRAMES = 200;

    private RenderingMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                run();
                done.complete(null);
            } catch (RuntimeException failure) {
                done.completeExceptionally(failure);
            }
        });
        done.get();
        Platform.exit();
    }

    private static void run() {
        GanttChart chart = new GanttChart();
        chart.setModel(new SyntheticRows(100_000));
        chart.setDayWidth(12);
        Stage stage = new Stage();
        Scene scene = new Scene(new StackPane(chart), WIDTH, HEIGHT);
        scene.getStylesheets().add(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
        scene.getRoot().applyCss();
        double base = SyntheticRows.MONDAY.toEpochDay();
        double top = 50_000 * 28.0;
        BodyPainter painter = new BodyPainter(new TextMeasure());
        Palette palette = Palette.of(chart);
        BodyPainter.Settings settings = new BodyPainter.Settings(chart.getModel(), chart.getZoom(), false,
                false, true, new HashSet<>(), chart.getCalendar(), chart.getLabels(), null, null, null, false,
                GanttChart.NO_CATEGORY);

        Canvas viewport = new Canvas(WIDTH, HEIGHT);
        Scene viewportScene = new Scene(new Pane(viewport), WIDTH, HEIGHT);
        stage.setScene(viewportScene);
        IntConsumer paintViewport = frame -> painter.paint(viewport.getGraphicsContext2D(), WIDTH, HEIGHT,
                new ChartLayout(new TimelineScale(base + frame * 0.7, 12), 28, top + (frame % 4) * 7, false),
                settings, palette);
        report("viewport canvas: paint only", paintViewport);
        report("viewport canvas: paint and render (any scroll or zoom)", frame -> {
            paintViewport.accept(frame);
            viewportScene.snapshot(null);
        });

        int rows = HEIGHT / 28 + 2;
        Pane pane = new Pane();
        Canvas[] canvases = new Canvas[rows];
        for (int i = 0; i < rows; i++) {
            canvases[i] = new Canvas(WIDTH, 28);
            canvases[i].setLayoutY(i * 28);
            pane.getChildren().add(canvases[i]);
        }
        Scene rowScene = new Scene(pane, WIDTH, HEIGHT);
        stage.setScene(rowScene);
        int firstRow = (int) (top / 28);
        IntConsumer paintRows = frame -> {
            for (int i = 0; i < rows; i++) {
                painter.paint(canvases[i].getGraphicsContext2D(), WIDTH, 28,
                        new ChartLayout(new TimelineScale(base + frame * 0.7, 12), 28, (firstRow + i) * 28.0, false),
                        settings, palette);
            }
        };
        report("canvas per row: paint only", paintRows);
        report("canvas per row: paint and render (horizontal scroll, zoom)", frame -> {
            paintRows.accept(frame);
            rowScene.snapshot(null);
        });
        paintRows.accept(0);
        report("canvas per row: vertical scroll by 7 px, moved not repainted", frame -> {
            for (int i = 0; i < rows; i++) {
                canvases[i].setLayoutY(i * 28 - (frame * 7) % 28);
            }
            rowScene.snapshot(null);
        });
    }

    private static void report(String name, IntConsumer frame) {
        for (int i = 0; i < 30; i++) {
            frame.accept(i);
        }
        long[] times = new long[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            long start = System.nanoTime();
            frame.accept(i);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("%-70s median %6.2f ms   p95 %6.2f ms%n", name, times[FRAMES / 2] / 1e6,
                times[FRAMES * 95 / 100] / 1e6);
    }
}
