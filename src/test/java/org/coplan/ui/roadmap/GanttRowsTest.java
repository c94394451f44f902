package org.coplan.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Problem;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.WorkItemEdit;
import org.junit.jupiter.api.Test;

/** The chart's extent follows edits without measuring the plan again, and agrees with a fresh measure. */
class GanttRowsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    private static final Problem LABEL = Problem.tr("edit.indent");

    private final Roadmap roadmap = new Roadmap(Ids.newId(), Ids.newId(), "Roadmap", null, null, Rank.initial(0));

    private WorkItem item(UUID roadmapId, int index, LocalDate start, LocalDate finish) {
        return new WorkItem(Ids.newId(), roadmapId, null, Rank.initial(index), "Item " + index,
                WorkItemKind.ACTIVITY, start, finish, 1, 0, null, null, Set.of(), null, null, null,
                ItemConstraint.NONE);
    }

    private static GanttRows rows(RoadmapPlan plan) {
        // the extent needs only the plan; the tree is not asked
        return new GanttRows(null, new PlanTreeModel(plan));
    }

    private static void apply(RoadmapPlan plan, GanttRows rows, Edit edit) {
        edit.applyTo(plan);
        rows.planChanged(edit);
    }

    private static void assertSameExtentAsFreshMeasure(GanttRows rows, RoadmapPlan plan) {
        GanttRows fresh = rows(plan);
        assertThat(rows.firstDay()).isEqualTo(fresh.firstDay());
        assertThat(rows.lastDay()).isEqualTo(fresh.lastDay());
    }

    @Test
    void movingTheLastItemLaterAndBackMovesTheLastDayWithIt() {
        WorkItem early = item(roadmap.id(), 0, DAY, DAY.plusDays(4));
        WorkItem late = item(roadmap.id(), 1, DAY.plusDays(2), DAY.plusDays(9));
        RoadmapPlan plan = new RoadmapPlan(roadmap, List.of(early, late), List.of());
        GanttRows rows = rows(plan);
        assertThat(rows.firstDay()).isEqualTo(DAY);
        assertThat(rows.lastDay()).isEqualTo(DAY.plusDays(9));

        WorkItem moved = late.withSchedule(WorkItemKind.ACTIVITY, DAY.plusDays(20), DAY.plusDays(27), 6);
        apply(plan, rows, new WorkItemEdit.Update(late, moved, LABEL));
        assertThat(rows.lastDay()).isEqualTo(DAY.plusDays(27));
        assertSameExtentAsFreshMeasure(rows, plan);

        apply(plan, rows, new WorkItemEdit.Update(moved, late, LABEL));
        assertThat(rows.lastDay()).isEqualTo(DAY.plusDays(9));
        assertSameExtentAsFreshMeasure(rows, plan);
    }

    @Test
    void insertingAndDeletingTheFirstItemMovesTheFirstDay() {
        WorkItem only = item(roadmap.id(), 0, DAY, DAY.plusDays(4));
        RoadmapPlan plan = new RoadmapPlan(roadmap, List.of(only), List.of());
        GanttRows rows = rows(plan);
        assertThat(rows.firstDay()).isEqualTo(DAY);

        WorkItem earlier = item(roadmap.id(), 1, DAY.minusDays(10), DAY.minusDays(8));
        WorkItem elsewhere = item(Ids.newId(), 2, DAY.minusDays(30), DAY.plusDays(30));
        apply(plan, rows, new CompositeEdit(List.of(
                new WorkItemEdit.Insert(List.of(earlier), List.of(), LABEL),
                new WorkItemEdit.Insert(List.of(elsewhere), List.of(), LABEL)), LABEL));
        assertThat(rows.firstDay()).isEqualTo(DAY.minusDays(10));
        assertThat(rows.lastDay()).isEqualTo(DAY.plusDays(4));
        assertSameExtentAsFreshMeasure(rows, plan);

        apply(plan, rows, new WorkItemEdit.Delete(List.of(earlier), List.of(), LABEL));
        assertThat(rows.firstDay()).isEqualTo(DAY);
        assertSameExtentAsFreshMeasure(rows, plan);
    }
}
