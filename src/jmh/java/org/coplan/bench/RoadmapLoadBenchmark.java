package org.coplan.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.coplan.service.PlanEditor;
import org.coplan.service.RoadmapSession;
import org.coplan.service.UndoHistory;
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
 * Opening a roadmap, as the editor does when the planner picks it: read every item and link and the
 * reference data from the database file in one transaction and build the in-memory plan with its outline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RoadmapLoadBenchmark {

    @Param({"10000", "100000"})
    public int items;

    private LargeRoadmap roadmap;
    private PlanEditor editor;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        roadmap = new LargeRoadmap(items, items * 2);
        editor = new PlanEditor(roadmap.database, new UndoHistory());
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        roadmap.close();
    }

    @Benchmark
    public int openRoadmap() {
        RoadmapSession session = RoadmapSession.open(editor, roadmap.roadmapId);
        // the outline is what the tree shows first; computing it is part of opening
        return session.plan().outline().size();
    }
}
