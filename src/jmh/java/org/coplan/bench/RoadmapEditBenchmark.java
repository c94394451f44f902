package org.coplan.bench;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
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
 * One edit in a large roadmap, from the call to the committed, logged and mirrored change: what a planner
 * waits for after pressing Enter in a cell. Each edit is a durable H2 commit (WRITE_DELAY=0).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RoadmapEditBenchmark {

    @Param({"100000"})
    public int items;

    private LargeRoadmap roadmap;
    private RoadmapSession session;
    private List<UUID> leaves;
    private int next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        roadmap = new LargeRoadmap(items, items * 2);
        session = RoadmapSession.open(new PlanEditor(roadmap.database, new UndoHistory()), roadmap.roadmapId);
        leaves = session.plan().outline().stream()
                .filter(item -> !session.plan().hasChildren(item.id()))
                .map(WorkItem::id)
                .toList();
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        session.close();
        roadmap.close();
    }

    @Benchmark
    public WorkItem renameOneItem() {
        UUID id = leaves.get(next++ % leaves.size());
        return session.rename(id, "Renamed " + next);
    }

    @Benchmark
    public void insertAndUndo() {
        UUID id = leaves.get(next++ % leaves.size());
        session.insertItem(id, WorkItemKind.ACTIVITY);
        session.editor().undo();
    }
}
