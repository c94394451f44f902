package org.coplan.bench.gantt;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Times the pulses of one scene from their start to the end of their rendering. A pulse starts with the
 * animation timers (this clock's timer runs the benchmark's scripted step there, so the step's work counts),
 * goes on with CSS, layout and the sync to the render graph on the JavaFX thread, and ends when the render
 * thread has drawn the frame: JavaFX reports that through the scene's {@link PerformanceTracker}, on the
 * render thread, where its own pulse logger ({@code -Djavafx.pulseLogger=true}) stops its clock too.
 *
 * <p>Besides the elapsed time, each pulse's CPU time is kept: what the JavaFX thread and the render thread
 * consumed between its start and its frame. On a machine shared with other work the elapsed time includes
 * waiting for a core; the CPU time says what the pulse itself costs.
 *
 * <p>Quantum renders at most one frame per pulse, in order, so frames pair with pulse starts first in, first
 * out, provided every pulse renders one. While a step runs, the clock therefore nudges a one-pixel
 * heartbeat node each pulse, so no pulse is without a frame even when the step changed nothing visible.
 * Between steps the clock keeps no starts.
 */
final class PulseClock {

    /**
     * One pulse: when it began, the CPU time of the two threads then, what the step tagged it as (say,
     * "release" for the end of a drag), and whether the benchmark marked it (as the first to paint bars).
     */
    private static final class Pulse {
        final long start;
        final long cpuAtStart;
        volatile String tag = "";
        volatile boolean marked;

        Pulse(long start, long cpuAtStart) {
            this.start = start;
            this.cpuAtStart = cpuAtStart;
        }
    }

    /** A timed pulse. */
    record Sample(String tag, long elapsedNanos, long cpuNanos) {
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ConcurrentLinkedQueue<Pulse> unrendered = new ConcurrentLinkedQueue<>();
    private final List<Sample> samples = new ArrayList<>();
    private final AnimationTimer timer;
    private final Node heartbeat;
    private volatile long fxThread = -1;
    private volatile long renderThread = -1;
    private volatile Pulse current;
    private volatile LongConsumer onMarkedFrame = end -> { };
    private volatile boolean recording;
    private volatile Runnable step;

    PulseClock(Scene scene, Node heartbeat) {
        this.heartbeat = heartbeat;
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::frameRendered);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulseStarted();
            }
        };
        timer.start();
    }

    /** Runs {@code next} at the start of every pulse (on the JavaFX thread); null runs nothing. */
    void setStep(Runnable next) {
        step = next;
    }

    /** Starts keeping the pulses from now on, forgetting earlier ones. */
    void startRecording() {
        synchronized (samples) {
            samples.clear();
        }
        recording = true;
    }

    /** Stops keeping pulses and returns those kept. */
    List<Sample> stopRecording() {
        recording = false;
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** Tags the pulse under way, to tell its kind among the samples. */
    void tagCurrentPulse(String tag) {
        Pulse pulse = current;
        if (pulse != null) {
            pulse.tag = tag;
        }
    }

    /** Marks the pulse under way; {@code onRendered} gets the time its frame was drawn, on the render thread. */
    void markCurrentPulse(LongConsumer onRendered) {
        onMarkedFrame = onRendered;
        Pulse pulse = current;
        if (pulse != null) {
            pulse.marked = true;
        }
    }

    void stop() {
        timer.stop();
    }

    private void pulseStarted() {
        Runnable running = step;
        if (running == null) {
            current = null;
            return;
        }
        fxThread = Thread.currentThread().threadId();
        Pulse pulse = new Pulse(System.nanoTime(), threads.getCurrentThreadCpuTime() + cpu(renderThread));
        current = pulse;
        unrendered.add(pulse);
        heartbeat.setOpacity(heartbeat.getOpacity() == 0.01 ? 0.02 : 0.01);
        running.run();
    }

    private void frameRendered() {
        long end = System.nanoTime();
        boolean renderThreadKnown = renderThread >= 0;
        renderThread = Thread.currentThread().threadId();
        Pulse pulse = unrendered.poll();
        if (pulse == null) {
            return;
        }
        if (recording) {
            // the first frame's render thread was not known at its start: its CPU time would be too large
            long cpu = renderThreadKnown ? threads.getCurrentThreadCpuTime() + cpu(fxThread) - pulse.cpuAtStart : 0;
            synchronized (samples) {
                samples.add(new Sample(pulse.tag, end - pulse.start, cpu));
            }
        }
        if (pulse.marked) {
            onMarkedFrame.accept(end);
        }
    }

    private long cpu(long thread) {
        return thread < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(thread));
    }
}
