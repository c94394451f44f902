package org.coplan.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.coplan.scheduling.IndexedPlan;
import org.coplan.scheduling.Schedule;
import org.coplan.scheduling.ScheduleChange;
import org.coplan.scheduling.ScheduleDelta;
import org.coplan.scheduling.ScheduleItem;
import org.coplan.scheduling.ScheduleLink;
import org.coplan.scheduling.SyntheticPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scheduling engine alone, on a plan generated in memory ({@link SyntheticPlan}: a 3–5 level outline,
 * a tenth milestones, five calendars with holidays, links = 2 × items): a full pass (forward, backward,
 * slack) from the plan as a loader indexes it ({@link IndexedPlan}), the same from the records (the ids
 * looked up and the records read in the pass), one random single-item edit (a new duration) rescheduled
 * incrementally, and one random link removed and put back (two edits that change the graph's shape),
 * sampled so that JMH reports their percentiles (p0.99 is the target of issue 4). The heap is capped at
 * 512 MB, the memory target for 100,000 items.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3)
public class ScheduleBenchmark {

    @Param({"100000"})
    public int items;

    private SyntheticPlan plan;
    private IndexedPlan indexed;
    private Schedule schedule;
    private ScheduleItem[] current;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void generate() {
        plan = SyntheticPlan.generate(items, 2 * items, 1);
        indexed = plan.indexed();
        schedule = Schedule.compute(plan.items(), plan.links(), plan.projectStart());
        current = plan.items().toArray(ScheduleItem[]::new);
        random = new SplittableRandom(7);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Schedule fullPass() {
        return Schedule.compute(indexed);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Schedule fullPassFromRecords() {
        return Schedule.compute(plan.items(), plan.links(), plan.projectStart());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ScheduleDelta singleEdit() {
        int i = random.nextInt(current.length);
        current[i] = current[i].withDuration(1 + random.nextInt(40));
        return schedule.apply(ScheduleChange.ofItem(current[i]));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ScheduleDelta unlinkAndRelink() {
        ScheduleLink link = plan.links().get(random.nextInt(plan.links().size()));
        schedule.apply(ScheduleChange.removingLink(link.id()));
        return schedule.apply(ScheduleChange.ofLink(link));
    }
}
