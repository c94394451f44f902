package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coplan.domain.DependencyType;
import org.junit.jupiter.api.Test;

/** A plan indexed once schedules exactly as its records do, and may be scheduled again. */
class IndexedPlanTest {

    @Property(tries = 100)
    void anIndexedPlanSchedulesLikeItsRecords(@ForAll @IntRange(min = 0, max = 80) int items,
                                              @ForAll @IntRange(min = 0, max = 200) int links, @ForAll long seed) {
        SyntheticPlan plan = SyntheticPlan.generate(Math.max(1, items), links, seed);
        IndexedPlan indexed = IndexedPlan.of(plan.items(), plan.links(), plan.projectStart());

        Schedule fromIndexed = Schedule.compute(indexed);
        Schedule again = Schedule.compute(indexed);

        assertThat(fromIndexed.timings())
                .isEqualTo(Schedule.compute(plan.items(), plan.links(), plan.projectStart()).timings())
                .isEqualTo(again.timings());
    }

    @Test
    void itemsAreNumberedInTheOrderTheyAreAdded() {
        PlanBuilder names = new PlanBuilder().task("A", 1).task("B", 1);
        IndexedPlan plan = new IndexedPlan(PlanBuilder.PROJECT_START, 0, 0);

        assertThat(plan.addItem(names.item("A"))).isZero();
        assertThat(plan.addItem(names.item("B"))).isOne();
        assertThat(plan.indexOf(names.id("B"))).isOne();
        assertThat(plan.indexOf(UUID.randomUUID())).isEqualTo(-1);
        assertThatThrownBy(() -> plan.addItem(names.item("A"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aParentAddedAfterItsChildrenIsFoundWhenThePlanIsScheduled() {
        PlanBuilder names = new PlanBuilder().task("Before", 5).summary("S").task("In", 2, "S");
        IndexedPlan plan = new IndexedPlan(PlanBuilder.PROJECT_START, 3, 1);
        plan.addItem(names.item("In"));
        plan.addItem(names.item("Before"));
        plan.addItem(names.item("S"));
        plan.addLink(ScheduleLink.of(UUID.randomUUID(), names.id("Before"), names.id("S"), DependencyType.FS, 0));

        Schedule schedule = Schedule.compute(plan);

        assertThat(schedule.timing(names.id("In")).start()).isEqualTo(PlanBuilder.march(10));
        assertThat(schedule.timing(names.id("S")).finish()).isEqualTo(PlanBuilder.march(11));
    }

    @Test
    void aLinkToAnItemOutsideThePlanIsLeftOut() {
        PlanBuilder names = new PlanBuilder().task("A", 1);
        IndexedPlan plan = IndexedPlan.of(List.of(names.item("A")), List.of(), PlanBuilder.PROJECT_START);

        boolean added = plan.addLink(ScheduleLink.of(UUID.randomUUID(), names.id("A"), UUID.randomUUID(),
                DependencyType.FS, 0));

        assertThat(added).isFalse();
        assertThat(plan.linkCount()).isZero();
        assertThat(Schedule.compute(plan).links()).isEmpty();
    }
}
