package org.coplan.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.Ids;
import org.coplan.domain.WorkItem;
import org.coplan.service.PlanEditor;
import org.coplan.service.RoadmapSession;
import org.coplan.service.UndoHistory;
import org.coplan.service.baseline.ItemVariance;
import org.coplan.service.baseline.VarianceTable;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The variance of every item of a large roadmap against a baseline that most items slipped from by up to four
 * weeks: the roll-up pass that a change of the outline or of the baseline costs, then every row's variance as
 * the tree would ask for them if all rows were visible at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class VarianceBenchmark {

    @Param({"100000"})
    public int items;

    private LargeRoadmap roadmap;
    private RoadmapSession session;
    private Baseline baseline;

    @Setup(Level.Trial)
    public void open() throws IOException {
        roadmap = new LargeRoadmap(items, items * 2);
        session = RoadmapSession.open(new PlanEditor(roadmap.database, new UndoHistory()), roadmap.roadmapId);
        Random random = new Random(7);
        List<BaselineEntry> entries = new ArrayList<>();
        for (WorkItem item : session.plan().items()) {
            // summaries are left to the roll-up, leaves approved up to 28 calendar days earlier than they are now
            if (!session.plan().hasChildren(item.id())) {
                int slip = random.nextInt(29);
                entries.add(new BaselineEntry(item.id(), item.start().minusDays(slip), item.finish().minusDays(slip),
                        item.durationDays()));
            }
        }
        baseline = new Baseline(Ids.newId(), roadmap.roadmapId, 0, "Approved", session.plan().items().iterator()
                .next().start(), entries);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        session.close();
        roadmap.close();
    }

    @Benchmark
    public VarianceTable rollUp() {
        return VarianceTable.of(session.plan(), baseline, item -> session.workingTime(item.id()));
    }

    @Benchmark
    public long rollUpAndEveryRowsVariance() {
        VarianceTable table = rollUp();
        long total = 0;
        for (WorkItem item : session.plan().items()) {
            total += table.variance(item).map(ItemVariance::finishDays).orElse(0);
        }
        return total;
    }
}
