package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A cycle is refused and named in order, the first item repeated at the end. */
class CyclesTest {

    @Test
    void aCycleOfLinksIsRefusedNamingItsItemsInOrder() {
        PlanBuilder plan = new PlanBuilder().task("A", 1).task("B", 1).task("C", 1).task("D", 1)
                .fs("D", "A").fs("A", "B").fs("B", "C").fs("C", "A");

        assertThatThrownBy(plan::schedule).isInstanceOfSatisfying(ScheduleCycleException.class, refused -> {
            List<java.util.UUID> cycle = refused.cycle();
            assertThat(cycle).hasSize(4);
            assertThat(cycle.getFirst()).isEqualTo(cycle.getLast());
            // in link order, whichever item it starts with
            int a = cycle.indexOf(plan.id("A"));
            assertThat(cycle.get((a + 1) % 3)).isEqualTo(plan.id("B"));
            assertThat(cycle.get((a + 2) % 3)).isEqualTo(plan.id("C"));
        });
    }

    @Test
    void aLinkThatWouldCloseACycleIsNamedBeforeItIsStored() {
        PlanBuilder plan = new PlanBuilder().task("A", 1).task("B", 1).task("C", 1).fs("A", "B").fs("B", "C");
        Schedule schedule = plan.schedule();

        assertThat(schedule.cycleIfLinked(plan.id("C"), plan.id("A")))
                .contains(List.of(plan.id("C"), plan.id("A"), plan.id("B"), plan.id("C")));
        assertThat(schedule.cycleIfLinked(plan.id("A"), plan.id("C"))).isEmpty();
        assertThat(schedule.cycleIfLinked(plan.id("A"), plan.id("A"))).contains(List.of(plan.id("A"), plan.id("A")));
    }

    @Test
    void aLinkBetweenAnItemAndItsAncestorIsACycle() {
        PlanBuilder plan = new PlanBuilder().summary("S").summary("T", "S").task("L", 1, "T").task("Other", 1);
        Schedule schedule = plan.schedule();

        assertThat(schedule.cycleIfLinked(plan.id("L"), plan.id("S")))
                .contains(List.of(plan.id("L"), plan.id("S"), plan.id("L")));
        assertThat(schedule.cycleIfLinked(plan.id("S"), plan.id("L")))
                .contains(List.of(plan.id("S"), plan.id("L"), plan.id("S")));
        assertThat(schedule.cycleIfLinked(plan.id("Other"), plan.id("S"))).isEmpty();
        assertThatThrownBy(() -> plan.fs("L", "T").schedule()).isInstanceOf(ScheduleCycleException.class);
    }

    @Test
    void aCycleThroughASummaryNamesTheItemsAtTheEndsOfItsLinks() {
        PlanBuilder plan = new PlanBuilder().summary("S").task("In", 1, "S").task("Out", 1)
                .fs("Out", "S").fs("In", "Out");

        assertThatThrownBy(plan::schedule).isInstanceOfSatisfying(ScheduleCycleException.class, refused ->
                assertThat(refused.cycle()).containsExactlyInAnyOrder(plan.id("Out"), plan.id("S"), plan.id("In"),
                        refused.cycle().getFirst()));
    }

    @Test
    void anEditThatWouldCloseACycleLeavesTheScheduleUnchanged() {
        PlanBuilder plan = new PlanBuilder().task("A", 1).task("B", 2).fs("A", "B");
        Schedule schedule = plan.schedule();
        var before = schedule.timings();

        assertThatThrownBy(() -> schedule.apply(ScheduleChange.ofLink(
                ScheduleLink.of(plan.id("back"), plan.id("B"), plan.id("A"), org.coplan.domain.DependencyType.FS, 0))))
                .isInstanceOf(ScheduleCycleException.class);
        assertThat(schedule.timings()).isEqualTo(before);
        assertThat(schedule.cycleIfLinked(plan.id("B"), plan.id("A"))).isPresent();
    }
}
