package org.coplan.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coplan.domain.Ids;
import org.coplan.domain.LocalizedName;
import org.coplan.domain.MemberState;
import org.coplan.domain.StateRole;
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.generate.GeneratedRoadmap;
import org.coplan.service.generate.GeneratorSettings;
import org.coplan.service.generate.PlanGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code coplan generate}: a synthetic roadmap with twice as many links as items, built and stored in a
 * new database file in one transaction. This is the bulk-insert path imports will also take.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class GenerateBenchmark {

    private static final List<MemberState> STATES = List.of(
            new MemberState(Ids.newId(), "AM", new LocalizedName("Armenia", "Армения"), StateRole.MEMBER, null),
            new MemberState(Ids.newId(), "KZ", new LocalizedName("Kazakhstan", "Казахстан"), StateRole.MEMBER,
                    null));

    @Param({"10000", "100000"})
    public int items;

    @Benchmark
    public long generateIntoNewDatabase() throws IOException {
        try (LargeRoadmap roadmap = new LargeRoadmap(items, items * 2)) {
            return roadmap.roadmapId.getMostSignificantBits();
        }
    }

    @Benchmark
    public GeneratedRoadmap buildInMemory() {
        return new PlanGenerator(GeneratorSettings.of(items, items * 2, 42)).build(STATES,
                state -> WorkingTime.standard());
    }
}
