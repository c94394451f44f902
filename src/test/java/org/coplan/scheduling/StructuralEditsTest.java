package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coplan.domain.DependencyType;
import org.junit.jupiter.api.Test;

/**
 * Edits that change the plan's shape (items and links added or removed, items moved in the outline) are
 * rescheduled from what they touch, with exactly the result of a full pass.
 */
class StructuralEditsTest {

    @Property(tries = 300)
    void afterRandomStructuralEditsTheScheduleEqualsAFullPass(@ForAll @IntRange(min = 1, max = 50) int items,
                                                              @ForAll @IntRange(min = 0, max = 120) int links,
                                                              @ForAll long seed, @ForAll boolean hard,
                                                              @ForAll @IntRange(min = 1, max = 15) int edits) {
        SyntheticPlan plan = SyntheticPlan.generate(items, links, seed, hard);
        Schedule schedule = Schedule.compute(plan.items(), plan.links(), plan.projectStart());
        ShapeEdits random = new ShapeEdits(new SplittableRandom(seed ^ edits), plan);

        for (int e = 0; e < edits; e++) {
            ScheduleChange change = random.next(schedule);
            Map<UUID, ItemTiming> before = schedule.timings();
            List<ScheduleLink> linksBefore = schedule.links();
            try {
                schedule.apply(change);
            } catch (ScheduleCycleException | IllegalArgumentException refused) {
                // a link closing a cycle, or an item put back under its own descendant
                if (refused instanceof ScheduleCycleException cycle) {
                    assertThat(cycle.cycle().getFirst()).isEqualTo(cycle.cycle().getLast());
                }
                assertThat(schedule.timings()).isEqualTo(before);
                assertThat(schedule.links()).isEqualTo(linksBefore);
                continue;
            }
            Schedule full = Schedule.compute(schedule.items(), schedule.links(), plan.projectStart());
            assertThat(schedule.timings()).as("after %s", change).isEqualTo(full.timings());
            assertThat(schedule.projectFinish()).isEqualTo(full.projectFinish());
            assertThat(schedule.criticalItemCount()).isEqualTo(full.criticalItemCount());
        }
    }

    @Test
    void aNewLinkReschedulesOnlyItsSuccessorsAndTheirSummaries() {
        PlanBuilder plan = new PlanBuilder().summary("S").task("A", 2, "S").task("B", 3, "S")
                .task("C", 4).task("Apart", 20);
        Schedule schedule = plan.schedule();

        ScheduleDelta delta = schedule.apply(ScheduleChange.ofLink(
                ScheduleLink.of(plan.id("A->B"), plan.id("A"), plan.id("B"), DependencyType.FS, 0)));

        assertThat(delta.datesChanged()).containsExactlyInAnyOrder(plan.id("B"), plan.id("S"));
        assertThat(delta.timingChanged()).doesNotContain(plan.id("Apart"), plan.id("C"));
        assertThat(schedule.timing(plan.id("B")).start()).isEqualTo(PlanBuilder.march(5));
    }

    @Test
    void removingALinkLetsItsSuccessorStartEarlier() {
        PlanBuilder plan = new PlanBuilder().task("A", 2).task("B", 3).fs("A", "B");
        Schedule schedule = plan.schedule();

        ScheduleDelta delta = schedule.apply(ScheduleChange.removingLink(plan.id("A->B")));

        assertThat(schedule.links()).isEmpty();
        assertThat(schedule.timing(plan.id("B")).start()).isEqualTo(PlanBuilder.march(3));
        assertThat(delta.datesChanged()).containsExactly(plan.id("B"));
    }

    @Test
    void anItemMovedUnderAPhaseTakesItsBoundAndRollsUpIntoIt() {
        PlanBuilder plan = new PlanBuilder().task("Before", 5).summary("S").task("In", 2, "S").task("Moved", 3)
                .fs("Before", "S");
        Schedule schedule = plan.schedule();
        ScheduleItem moved = plan.item("Moved");

        schedule.apply(ScheduleChange.ofItem(new ScheduleItem(moved.id(), plan.id("S"), null, null, 3, 0, false,
                false, null, null, WorkingTime.standard())));

        assertThat(schedule.timing(plan.id("Moved")).start()).isEqualTo(PlanBuilder.march(10));
        assertThat(schedule.timing(plan.id("S")).finish()).isEqualTo(PlanBuilder.march(12));
    }

    @Test
    void aPhaseDeletedAndPutBackGetsItsChildrenBack() {
        PlanBuilder plan = new PlanBuilder().task("Before", 5).summary("S").task("In", 2, "S").fs("Before", "S");
        Schedule schedule = plan.schedule();
        Map<UUID, ItemTiming> before = schedule.timings();

        schedule.apply(ScheduleChange.removingItem(plan.id("S")));
        assertThat(schedule.timing(plan.id("In")).start()).isEqualTo(PlanBuilder.march(3));
        schedule.apply(new ScheduleChange(List.of(plan.item("S")), List.of(), List.of(
                ScheduleLink.of(plan.id("Before->S"), plan.id("Before"), plan.id("S"), DependencyType.FS, 0)),
                List.of()));

        assertThat(schedule.timings()).isEqualTo(before);
    }

    @Test
    void aLinkClosingACycleIsRefusedNamingItAndChangesNothing() {
        PlanBuilder plan = new PlanBuilder().task("A", 1).task("B", 1).task("C", 1).fs("A", "B").fs("B", "C");
        Schedule schedule = plan.schedule();
        Map<UUID, ItemTiming> before = schedule.timings();

        assertThatThrownBy(() -> schedule.apply(ScheduleChange.ofLink(
                ScheduleLink.of(plan.id("C->A"), plan.id("C"), plan.id("A"), DependencyType.FS, 0))))
                .isInstanceOfSatisfying(ScheduleCycleException.class, refused -> {
                    List<UUID> cycle = refused.cycle();
                    assertThat(cycle.getFirst()).isEqualTo(cycle.getLast());
                    // in link order, whichever item it starts with
                    int a = cycle.indexOf(plan.id("A"));
                    assertThat(cycle).hasSize(4);
                    assertThat(cycle.get((a + 1) % 3)).isEqualTo(plan.id("B"));
                    assertThat(cycle.get((a + 2) % 3)).isEqualTo(plan.id("C"));
                });

        assertThat(schedule.timings()).isEqualTo(before);
        assertThat(schedule.links()).hasSize(2);
        schedule.apply(ScheduleChange.ofItem(plan.item("A").withDuration(2)));
        assertThat(schedule.timing(plan.id("C")).start()).isEqualTo(PlanBuilder.march(6));
    }

    /** Random edits that change the shape: inserts (of leaves and small phases), deletes, links, moves, undos. */
    private static final class ShapeEdits {
        private final SplittableRandom random;
        private final WorkingTime calendar;
        private final List<ScheduleItem> deleted = new ArrayList<>();
        private int created;

        ShapeEdits(SplittableRandom random, SyntheticPlan plan) {
            this.random = random;
            this.calendar = SyntheticPlan.calendars().getFirst();
        }

        ScheduleChange next(Schedule schedule) {
            List<ScheduleItem> items = schedule.items();
            List<ScheduleLink> links = schedule.links();
            if (items.isEmpty()) {
                return ScheduleChange.ofItem(ScheduleItem.activity(newId(), null, 3, calendar));
            }
            ScheduleItem item = items.get(random.nextInt(items.size()));
            return switch (random.nextInt(9)) {
                case 0 -> ScheduleChange.ofItem(ScheduleItem.activity(newId(),
                        random.nextBoolean() ? item.id() : item.parentId(), random.nextInt(10), calendar));
                case 1 -> phaseWithChildren(item.parentId());
                case 2 -> {
                    deleted.add(item);
                    yield ScheduleChange.removingItem(item.id());
                }
                case 3 -> deleted.isEmpty() ? ScheduleChange.removingItem(item.id())
                        : ScheduleChange.ofItem(deleted.removeLast());
                case 4, 5 -> link(items);
                case 6 -> links.isEmpty() ? link(items)
                        : ScheduleChange.removingLink(links.get(random.nextInt(links.size())).id());
                case 7 -> ScheduleChange.ofItem(movedUnder(item, items));
                default -> subtreeDeleted(item, items);
            };
        }

        /** Far from the small numbers jqwik tries first as seeds: SyntheticPlan names its items (seed, index). */
        private UUID newId() {
            return new UUID(0x5EED_C0DE_1DEA_0011L, created++);
        }

        private ScheduleChange phaseWithChildren(UUID parentId) {
            ScheduleItem phase = ScheduleItem.activity(newId(), parentId, 0, calendar);
            ScheduleItem first = ScheduleItem.activity(newId(), phase.id(), 1 + random.nextInt(5), calendar);
            ScheduleItem second = ScheduleItem.activity(newId(), phase.id(), 1 + random.nextInt(5), calendar);
            // children before their phase, as a paste may list them
            return new ScheduleChange(List.of(first, second, phase), List.of(), List.of(
                    ScheduleLink.of(newId(), first.id(), second.id(), DependencyType.FS, random.nextInt(3))), List.of());
        }

        private ScheduleChange link(List<ScheduleItem> items) {
            ScheduleItem from = items.get(random.nextInt(items.size()));
            ScheduleItem to = items.get(random.nextInt(items.size()));
            if (from.id().equals(to.id())) {
                return ScheduleChange.ofItem(from);
            }
            DependencyType type = DependencyType.values()[random.nextInt(4)];
            return ScheduleChange.ofLink(new ScheduleLink(newId(), from.id(), to.id(), type, random.nextInt(7) - 2,
                    random.nextInt(6) == 0));
        }

        private ScheduleChange subtreeDeleted(ScheduleItem root, List<ScheduleItem> items) {
            Set<UUID> subtree = subtree(root, items);
            return new ScheduleChange(List.of(), List.copyOf(subtree), List.of(), List.of());
        }

        private ScheduleItem movedUnder(ScheduleItem item, List<ScheduleItem> items) {
            Set<UUID> subtree = subtree(item, items);
            List<ScheduleItem> allowed = items.stream().filter(o -> !subtree.contains(o.id())).toList();
            UUID parent = allowed.isEmpty() || random.nextInt(4) == 0 ? null
                    : allowed.get(random.nextInt(allowed.size())).id();
            return new ScheduleItem(item.id(), parent, item.start(), item.finish(), item.durationDays(),
                    item.percentComplete(), item.milestone(), item.manual(), item.constraint(), item.constraintDate(),
                    item.calendar());
        }

        private static Set<UUID> subtree(ScheduleItem root, List<ScheduleItem> items) {
            Set<UUID> subtree = new HashSet<>(List.of(root.id()));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (ScheduleItem other : items) {
                    if (other.parentId() != null && subtree.contains(other.parentId()) && subtree.add(other.id())) {
                        grew = true;
                    }
                }
            }
            return subtree;
        }
    }
}
