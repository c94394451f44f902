package org.coplan.service.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.coplan.domain.Roadmap;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.RoadmapSession;
import org.coplan.service.UndoHistory;
import org.coplan.service.sample.SamplePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sample plan opens with its approved baseline compared, so slippage shows on first start. */
class SampleBaselineTest {

    private final H2PlanDatabase database =
            H2PlanDatabase.openInMemory("sample-baseline-" + UUID.randomUUID(), ChangeAuthor.newReplica("tester"));
    private final PlanEditor editor = new PlanEditor(database, new UndoHistory());
    private final Baselines baselines = new Baselines(editor, Clock.systemDefaultZone());

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void everySampleRoadmapComparesWithItsApprovedPlanAndSomeItemsAreLate() {
        new SamplePlan(database).load();

        List<Roadmap> roadmaps = database.read(store -> store.roadmaps().findAll());
        assertThat(roadmaps).isNotEmpty();
        for (Roadmap roadmap : roadmaps) {
            Baselines.Compared compared = baselines.compared(roadmap.id());
            assertThat(compared.slot()).isZero();
            assertThat(compared.baseline()).as(roadmap.name()).isPresent();
            try (RoadmapSession session = RoadmapSession.open(editor, roadmap.id())) {
                VarianceTable table = VarianceTable.of(session.plan(), compared.baseline().orElseThrow(),
                        item -> session.workingTime(item.id()));
                assertThat(session.plan().items()).as(roadmap.name())
                        .anyMatch(item -> table.variance(item).orElseThrow().finishDays() > 0)
                        .allMatch(item -> table.variance(item).isPresent());
            }
        }
    }
}
