package org.coplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.l10n.Messages;
import org.coplan.scheduling.IndexedPlan;
import org.coplan.scheduling.Schedule;
import org.coplan.scheduling.ScheduleChange;
import org.coplan.scheduling.ScheduleItem;
import org.coplan.scheduling.SyntheticPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench schedule --items N --links M [--seed S] [--edits E] [--json]}: generates a plan in memory
 * (see {@link SyntheticPlan}), times full scheduling passes (from the plan indexed once, as a loader hands
 * it over, and from the records) and single-item edits rescheduled incrementally. The JIT compiler is warmed up first, so the figures are those of a session that has
 * been running a while, as in the editor.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false)
final class ScheduleBenchCommand implements Callable<Integer> {

    static final int MAX_ITEMS = 1_000_000;
    private static final int FULL_PASSES = 5;

    private final CliContext context;

    @Option(names = "--items", paramLabel = "N", required = true, descriptionKey = "bench.schedule.option.items")
    private int items;

    @Option(names = "--links", paramLabel = "M", defaultValue = "0", descriptionKey = "bench.schedule.option.links")
    private int links;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "bench.schedule.option.seed")
    private long seed;

    @Option(names = "--edits", paramLabel = "E", defaultValue = "1000", descriptionKey = "bench.schedule.option.edits")
    private int edits;

    @Option(names = "--json", descriptionKey = "bench.schedule.option.json")
    private boolean json;

    ScheduleBenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (items < 1 || items > MAX_ITEMS) {
            throw PlanRuleViolation.of("error.bench-items-range", items, MAX_ITEMS);
        }
        if (links < 0 || links > 4 * MAX_ITEMS) {
            throw PlanRuleViolation.of("error.bench-links-range", links, 4 * MAX_ITEMS);
        }
        if (edits < 1 || edits > MAX_ITEMS) {
            throw PlanRuleViolation.of("error.bench-edits-range", edits, MAX_ITEMS);
        }
        SyntheticPlan plan = SyntheticPlan.generate(items, links, seed);
        Result result = measure(plan);
        if (json) {
            context.out().println(json(result));
        } else {
            printPlain(result);
        }
        context.out().flush();
        return 0;
    }

    record Result(int items, int links, long seed, int edits, double fullPassMs, double fullPassFromRecordsMs,
                  double editP50Ms, double editP99Ms, double editMaxMs, String projectFinish, int criticalItems) {
    }

    private Result measure(SyntheticPlan plan) {
        double[] fullPasses = new double[FULL_PASSES];
        double[] fromRecords = new double[FULL_PASSES];
        // numbered once, as a loader hands the plan over (see IndexedPlan); the records path is timed too
        IndexedPlan indexed = plan.indexed();
        Schedule schedule = null;
        // enough passes for the JIT compiler to finish with the passes' loops
        int warmUps = Math.clamp(3_000_000 / items, 8, 200);
        for (int pass = -warmUps; pass < FULL_PASSES; pass++) {
            long started = System.nanoTime();
            schedule = Schedule.compute(indexed);
            if (pass >= 0) {
                fullPasses[pass] = millis(started);
            }
            started = System.nanoTime();
            Schedule.compute(plan.items(), plan.links(), plan.projectStart());
            if (pass >= 0) {
                fromRecords[pass] = millis(started);
            }
        }
        String finish = schedule.projectFinish().toString();
        int critical = schedule.criticalItemCount();
        SingleItemEdits changes = new SingleItemEdits(plan.items(), new SplittableRandom(seed));
        // warm-up edits, not counted
        for (int e = 0; e < Math.min(edits, 200); e++) {
            schedule.apply(changes.next());
        }
        double[] editTimes = new double[edits];
        for (int e = 0; e < edits; e++) {
            ScheduleChange change = changes.next();
            long started = System.nanoTime();
            schedule.apply(change);
            editTimes[e] = millis(started);
        }
        Arrays.sort(fullPasses);
        Arrays.sort(fromRecords);
        Arrays.sort(editTimes);
        return new Result(plan.items().size(), plan.links().size(), seed, edits, fullPasses[FULL_PASSES / 2],
                fromRecords[FULL_PASSES / 2], percentile(editTimes, 50), percentile(editTimes, 99), editTimes[edits - 1], finish, critical);
    }

    /** The edits an editor makes most: a new duration for one activity, scheduled automatically. */
    private static final class SingleItemEdits {
        private final ScheduleItem[] items;
        private final SplittableRandom random;

        SingleItemEdits(List<ScheduleItem> plan, SplittableRandom random) {
            this.items = plan.toArray(ScheduleItem[]::new);
            this.random = random;
        }

        ScheduleChange next() {
            int i = random.nextInt(items.length);
            items[i] = items[i].withDuration(1 + random.nextInt(40));
            return ScheduleChange.ofItem(items[i]);
        }
    }

    private static double millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    static String json(Result result) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("items", result.items());
        fields.put("links", result.links());
        fields.put("seed", result.seed());
        fields.put("edits", result.edits());
        fields.put("fullPassMs", round(result.fullPassMs()));
        fields.put("fullPassFromRecordsMs", round(result.fullPassFromRecordsMs()));
        fields.put("editP50Ms", round(result.editP50Ms()));
        fields.put("editP99Ms", round(result.editP99Ms()));
        fields.put("editMaxMs", round(result.editMaxMs()));
        fields.put("projectFinish", result.projectFinish());
        fields.put("criticalItems", result.criticalItems());
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static double round(double millis) {
        return Math.round(millis * 1000) / 1000.0;
    }

    private void printPlain(Result result) {
        Messages messages = context.messages();
        context.out().println(messages.tr("cli.bench.schedule.plan", result.items(), result.links(), result.seed()));
        context.out().println(messages.tr("cli.bench.schedule.full-pass", result.fullPassMs()));
        context.out().println(messages.tr("cli.bench.schedule.edits", result.edits(), result.editP50Ms(),
                result.editP99Ms(), result.editMaxMs()));
        context.out().println(messages.tr("cli.bench.schedule.finish", result.projectFinish(),
                result.criticalItems()));
    }
}
