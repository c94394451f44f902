package org.coplan.bench.gantt;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.coplan.gantt.GanttChart;

/**
 * What a planner does to look around a large roadmap, one gesture per pulse for a given time, in turns of
 * 2.5 s: the wheel down the rows (with a jump to a random place every half second, as dragging the scroll
 * bar's thumb does); Shift+wheel to the right; Ctrl+wheel zooming in to days, out to quarters and in again;
 * then back up and to the left at once. Every pulse moves the chart, so every pulse paints.
 */
final class ScrollZoomScript implements Runnable {

    private static final long TURN = Duration.ofMillis(2_500).toNanos();
    private static final int JUMP_EVERY = 30;
    private static final int ZOOM_CYCLE = 32;

    private final GanttChart chart;
    private final ChartGestures gestures;
    private final PulseClock clock;
    private final long length;
    private final CompletableFuture<List<PulseClock.Sample>> done;
    private final SplittableRandom random = new SplittableRandom(7);
    private long start;
    private int pulse;

    ScrollZoomScript(BenchWindow window, Duration length, CompletableFuture<List<PulseClock.Sample>> done) {
        this.chart = window.chart();
        this.gestures = new ChartGestures(chart);
        this.clock = window.clock();
        this.length = length.toNanos();
        this.done = done;
    }

    @Override
    public void run() {
        long now = System.nanoTime();
        if (start == 0) {
            start = now;
            clock.startRecording();
        }
        long elapsed = now - start;
        if (elapsed >= length) {
            clock.setStep(null);
            done.complete(clock.stopRecording());
            return;
        }
        pulse++;
        switch ((int) (elapsed / TURN % 4)) {
            case 0 -> {
                if (pulse % JUMP_EVERY == 0) {
                    jump();
                } else {
                    gestures.wheel(-ChartGestures.NOTCH, false, false);
                }
            }
            case 1 -> gestures.wheel(-ChartGestures.NOTCH, true, false);
            case 2 -> {
                int phase = pulse % ZOOM_CYCLE;
                boolean in = phase < ZOOM_CYCLE / 4 || phase >= ZOOM_CYCLE * 3 / 4;
                gestures.wheel(in ? ChartGestures.NOTCH : -ChartGestures.NOTCH, false, true);
            }
            default -> {
                gestures.wheel(ChartGestures.NOTCH, true, false);
                gestures.wheel(ChartGestures.NOTCH, false, false);
            }
        }
    }

    private void jump() {
        int rows = chart.getModel().rowCount();
        chart.setVerticalOffset(random.nextInt(Math.max(1, rows)) * chart.getRowHeight());
    }
}
