package org.coplan.bench.gantt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import org.coplan.domain.WorkItem;
import org.coplan.gantt.GanttBar;
import org.coplan.gantt.GanttChart;
import org.coplan.gantt.GanttHit;
import org.coplan.gantt.GanttModel;
import org.coplan.service.RoadmapSession;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.Edit;

/**
 * Drags one activity bar by its body, one mouse event per pulse: a press, {@link #STEPS} moves of a day each
 * at day zoom, and the release, which moves the item later: an undoable edit, rescheduled (its successors
 * follow) and committed to the database before the handler returns. Every drag moves the bar later, as an
 * earlier start may be refused by its predecessors. Pulses are tagged "press", "move" and "release", and each
 * release is checked against the roadmap the session holds.
 */
final class BarDragScript implements Runnable {

    static final int STEPS = 6;
    private static final double DAY_WIDTH = 24;
    private static final int SETTLE_PULSES = 3;
    private static final int SEARCH_PULSES = 600;

    private final BenchWindow window;
    private final GanttChart chart;
    private final ChartGestures gestures;
    private final PulseClock clock;
    private final int drags;
    private final CompletableFuture<DragOutcome> done;
    private Node body;
    private GanttBar bar;
    private LocalDate expectedStart;
    private double x;
    private double grip;
    private double y;
    private int pulse;
    private int step;
    private int dragsDone;
    private int movesSeen;
    private String lastSeen = "no activity";
    private final List<Integer> itemsChanged = new ArrayList<>();

    /**
     * What the drags did: the pulses, tagged; how many releases moved the item at least as far as dragged
     * (the engine moves a start that falls on a weekend on to the next working day); how many items each
     * release changed (the item and the successors the engine moved with it).
     */
    record DragOutcome(List<PulseClock.Sample> pulses, int drags, int moved, List<Integer> itemsChanged, UUID item,
                       LocalDate finalStart) {
    }

    BarDragScript(BenchWindow window, int drags, CompletableFuture<DragOutcome> done) {
        this.window = window;
        this.chart = window.chart();
        this.gestures = new ChartGestures(chart);
        this.clock = window.clock();
        this.drags = drags;
        this.done = done;
        window.viewModel().addChangeListener(applied -> itemsChanged.add(steps(applied.change())));
    }

    private static int steps(Edit edit) {
        return edit instanceof CompositeEdit composite ? composite.steps().stream().mapToInt(BarDragScript::steps).sum()
                : 1;
    }

    @Override
    public void run() {
        try {
            pulse();
        } catch (RuntimeException failure) {
            clock.setStep(null);
            done.completeExceptionally(failure);
        }
    }

    private void pulse() {
        pulse++;
        if (bar == null) {
            prepare();
            return;
        }
        if (step > 0 && step == STEPS + 2) {
            checkMoved();
            step = 0;
            if (++dragsDone == drags) {
                finish();
                return;
            }
        }
        double dx = chart.getDayWidth() * Math.min(step, STEPS);
        if (step == 0) {
            clock.tagCurrentPulse("press");
            gestures.mouse(MouseEvent.MOUSE_PRESSED, body, x, y);
        } else if (step <= STEPS) {
            clock.tagCurrentPulse("move");
            gestures.mouse(MouseEvent.MOUSE_DRAGGED, body, x + dx, y);
        } else {
            clock.tagCurrentPulse("release");
            gestures.mouse(MouseEvent.MOUSE_RELEASED, body, x + dx, y);
            expectedStart = bar.start().plusDays(STEPS);
        }
        step++;
    }

    /** Zooms to days, lets the chart settle, then picks a bar in the middle of the screen. */
    private void prepare() {
        if (pulse == 1) {
            chart.setDayWidth(DAY_WIDTH);
            body = chart.lookup(".gantt-body");
            return;
        }
        if (pulse % SETTLE_PULSES != 0) {
            return;
        }
        if (pulse > SEARCH_PULSES) {
            clock.setStep(null);
            done.completeExceptionally(new IllegalStateException("no activity bar to drag found near row "
                    + (int) (chart.getVerticalOffset() / chart.getRowHeight()) + ", last seen: " + lastSeen));
            return;
        }
        GanttModel model = chart.getModel();
        int first = (int) Math.ceil(chart.getVerticalOffset() / chart.getRowHeight()) + 2;
        int last = Math.min(model.rowCount(), first + 20);
        for (int row = first; row < last; row++) {
            GanttBar candidate = model.bar(row);
            if (candidate == null || candidate.kind() != GanttBar.Kind.ACTIVITY
                    || !candidate.finish().isAfter(candidate.start())) {
                continue;
            }
            double x0 = chart.scale().x(candidate.start());
            double width = chart.scale().endX(candidate.finish()) - x0;
            if (x0 < 100 || x0 > chart.getWidth() / 2) {
                // bring it to where a drag of a week either way stays on screen, and look again
                chart.setOriginDay(candidate.start().toEpochDay() - 8);
                return;
            }
            double pressX = x0 + Math.min(24, width * 0.3);
            double pressY = row * chart.getRowHeight() - chart.getVerticalOffset() + chart.getRowHeight() * 0.38;
            GanttHit hit = chart.hitTest(pressX, pressY + body.getLayoutY()).orElse(null);
            lastSeen = candidate + " at " + pressX + "," + pressY + ": " + hit;
            if (hit != null && hit.zone() == GanttHit.Zone.BODY && hit.bar().key().equals(candidate.key())) {
                bar = candidate;
                x = pressX;
                grip = pressX - x0;
                y = pressY;
                clock.startRecording();
                return;
            }
        }
        chart.setVerticalOffset(chart.getVerticalOffset() + 20 * chart.getRowHeight());
    }

    private void checkMoved() {
        RoadmapSession session = window.viewModel().sessionProperty().get();
        WorkItem item = session.plan().find((UUID) bar.key()).orElseThrow();
        if (!item.start().isBefore(expectedStart)) {
            movesSeen++;
        }
        bar = GanttBar.of(bar.key(), item.name(), GanttBar.Kind.ACTIVITY, item.start(), item.finish(),
                item.percentComplete());
        // the next drag grabs the bar where it is now, brought back into view if it went far right
        if (chart.scale().x(item.start()) > chart.getWidth() / 2) {
            chart.setOriginDay(item.start().toEpochDay() - 8);
        }
        x = chart.scale().x(item.start()) + grip;
        int row = chart.getModel().rowOf(bar.key());
        y = row * chart.getRowHeight() - chart.getVerticalOffset() + chart.getRowHeight() * 0.38;
        GanttHit hit = chart.hitTest(x, y + body.getLayoutY()).orElse(null);
        if (hit == null || hit.zone() != GanttHit.Zone.BODY || !bar.key().equals(hit.bar().key())) {
            throw new IllegalStateException("the dragged bar is no longer under the mouse: " + hit);
        }
    }

    private void finish() {
        clock.setStep(null);
        done.complete(new DragOutcome(clock.stopRecording(), drags, movesSeen, List.copyOf(itemsChanged),
                (UUID) bar.key(), bar.start()));
    }
}
