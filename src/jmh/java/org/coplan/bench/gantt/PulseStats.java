package org.coplan.bench.gantt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** Durations of pulses in nanoseconds, sorted, with the percentiles the targets name. */
record PulseStats(List<Long> sortedNanos) {

    /** The elapsed times of the samples tagged {@code tag}, or of all samples when the tag is null. */
    static PulseStats elapsed(List<PulseClock.Sample> samples, String tag) {
        return of(samples, tag, PulseClock.Sample::elapsedNanos);
    }

    /** The CPU times of the samples tagged {@code tag}, or of all samples when the tag is null. */
    static PulseStats cpu(List<PulseClock.Sample> samples, String tag) {
        return of(samples, tag, PulseClock.Sample::cpuNanos);
    }

    private static PulseStats of(List<PulseClock.Sample> samples, String tag, ToLongFunction<PulseClock.Sample> value) {
        List<Long> sorted = new ArrayList<>();
        for (PulseClock.Sample sample : samples) {
            if (tag == null || tag.equals(sample.tag())) {
                sorted.add(value.applyAsLong(sample));
            }
        }
        Collections.sort(sorted);
        return new PulseStats(List.copyOf(sorted));
    }

    int count() {
        return sortedNanos.size();
    }

    /** The {@code p}-th percentile (nearest rank) in milliseconds; 0 without samples. */
    double percentileMs(double p) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sortedNanos.size());
        return sortedNanos.get(Math.clamp(rank - 1, 0, sortedNanos.size() - 1)) / 1e6;
    }

    double maxMs() {
        return sortedNanos.isEmpty() ? 0 : sortedNanos.getLast() / 1e6;
    }

    String describe() {
        return String.format(Locale.ROOT, "%d pulses, median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                count(), percentileMs(50), percentileMs(95), percentileMs(99), maxMs());
    }

    String json() {
        return String.format(Locale.ROOT,
                "{\"pulses\": %d, \"p50Ms\": %.2f, \"p95Ms\": %.2f, \"p99Ms\": %.2f, \"maxMs\": %.2f}",
                count(), percentileMs(50), percentileMs(95), percentileMs(99), maxMs());
    }
}
