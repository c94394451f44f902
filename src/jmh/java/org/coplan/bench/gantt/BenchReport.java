package org.coplan.bench.gantt;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run, as lines for a person or one JSON object, each beside the target. Every
 * pulse figure comes twice: elapsed (what a person sees, including any wait for a busy core) and CPU time
 * (the JavaFX and render threads' own work in the pulse).
 */
record BenchReport(GanttPulseBenchmark.Options options, double generateSeconds, BenchWindow.Opening opening,
                   int rows,
                   double expandSeconds, List<PulseClock.Sample> scrolling, BarDragScript.DragOutcome drag,
                   boolean saved, List<String> problems) {

    static final double OPEN_TARGET_MS = 2_000;
    static final double P95_TARGET_MS = 16.7;
    static final double P99_TARGET_MS = 33;
    static final double DRAG_TARGET_MS = 50;

    void print(PrintStream out) {
        out.println(options.json() ? json() : text());
        out.flush();
    }

    private String text() {
        PulseStats scroll = PulseStats.elapsed(scrolling, null);
        PulseStats dragAll = PulseStats.elapsed(drag.pulses(), null);
        List<String> lines = new ArrayList<>();
        lines.add(line("plan", "%,d items, %,d links%s; %d processors, load average %.1f, prism.order=%s, JDK %s",
                options.items(), options.links(),
                generateSeconds > 0 ? String.format(Locale.ROOT, ", generated in %.1f s", generateSeconds) : "",
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("prism.order", "default"),
                System.getProperty("java.vm.version")));
        lines.add(line("open to first painted chart", "%.0f ms (target ≤ %.0f ms) %s", opening.totalMs(),
                OPEN_TARGET_MS, verdict(opening.totalMs() <= OPEN_TARGET_MS)));
        lines.add(line("  of which after loading", "%.0f ms (the tree and chart taking the loaded roadmap)",
                opening.afterLoadMs()));
        lines.add(line("rows after expanding all", "%,d (expanded in %.1f s)", rows, expandSeconds));
        lines.add(line("scroll and zoom, " + options.seconds() + " s", "%s: p95 ≤ %.1f ms %s, p99 ≤ %.0f ms %s",
                scroll.describe(), P95_TARGET_MS, verdict(scroll.percentileMs(95) <= P95_TARGET_MS), P99_TARGET_MS,
                verdict(scroll.percentileMs(99) <= P99_TARGET_MS)));
        lines.add(line("  CPU time", "%s", PulseStats.cpu(scrolling, null).describe()));
        lines.add(line("drag a bar, every pulse", "%s: max ≤ %.0f ms %s", dragAll.describe(), DRAG_TARGET_MS,
                verdict(dragAll.maxMs() <= DRAG_TARGET_MS)));
        lines.add(line("  CPU time", "%s", PulseStats.cpu(drag.pulses(), null).describe()));
        for (String tag : List.of("press", "move", "release")) {
            lines.add(line("  " + tag, "%s", PulseStats.elapsed(drag.pulses(), tag).describe()));
            lines.add(line("    CPU time", "%s", PulseStats.cpu(drag.pulses(), tag).describe()));
        }
        lines.add(line("drags that moved the item", "%d of %d; last position in the database: %s", drag.moved(),
                drag.drags(), saved ? "yes" : "NO"));
        lines.add(line("items changed per release", "%s (the item and the successors rescheduled with it)",
                drag.itemsChanged()));
        lines.add(line("problems reported", "%s", problems.isEmpty() ? "none" : String.join("; ", problems)));
        return String.join(System.lineSeparator(), lines);
    }

    private String json() {
        return String.format(Locale.ROOT, "{\"items\": %d, \"links\": %d, \"generateSeconds\": %.1f, "
                        + "\"loadAverage\": %.2f, \"openMs\": %.1f, \"openAfterLoadMs\": %.1f, \"rows\": %d, \"scrollZoom\": %s, "
                        + "\"scrollZoomCpu\": %s, \"drag\": %s, \"dragCpu\": %s, \"dragRelease\": %s, "
                        + "\"dragReleaseCpu\": %s, \"drags\": %d, \"dragsMoved\": %d, \"itemsChanged\": %s, \"saved\": %b, "
                        + "\"problems\": %d}",
                options.items(), options.links(), generateSeconds, loadAverage(), opening.totalMs(), opening.afterLoadMs(), rows,
                PulseStats.elapsed(scrolling, null).json(), PulseStats.cpu(scrolling, null).json(),
                PulseStats.elapsed(drag.pulses(), null).json(), PulseStats.cpu(drag.pulses(), null).json(),
                PulseStats.elapsed(drag.pulses(), "release").json(), PulseStats.cpu(drag.pulses(), "release").json(),
                drag.drags(), drag.moved(), drag.itemsChanged(), saved, problems.size());
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String line(String name, String format, Object... args) {
        return String.format(Locale.ROOT, "%-32s ", name + ":") + String.format(Locale.ROOT, format, args);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
