package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.DependencyType;
import org.junit.jupiter.api.Test;

/** An edit applied incrementally gives exactly what a full pass over the edited plan gives. */
class IncrementalScheduleTest {

    @Property(tries = 400)
    void incrementalPassesEqualAFullPassAfterEveryEdit(@ForAll @IntRange(min = 1, max = 60) int items,
                                                       @ForAll @IntRange(min = 0, max = 150) int links,
                                                       @ForAll long seed, @ForAll boolean hard,
                                                       @ForAll @IntRange(min = 1, max = 12) int edits) {
        SyntheticPlan plan = SyntheticPlan.generate(items, links, seed, hard);
        Schedule schedule = Schedule.compute(plan.items(), plan.links(), plan.projectStart());
        RandomEdits random = new RandomEdits(new SplittableRandom(seed * 31 + edits), plan);

        for (int e = 0; e < edits; e++) {
            ScheduleChange change = random.next(schedule);
            Map<UUID, ItemTiming> before = schedule.timings();
            ScheduleDelta delta;
            try {
                delta = schedule.apply(change);
            } catch (ScheduleCycleException | IllegalArgumentException refused) {
                assertThat(schedule.timings()).isEqualTo(before);
                continue;
            }
            Schedule full = Schedule.compute(schedule.items(), schedule.links(), plan.projectStart());
            Map<UUID, ItemTiming> after = schedule.timings();
            assertThat(after).as("after %s", change).isEqualTo(full.timings());
            assertThat(schedule.projectFinish()).isEqualTo(full.projectFinish());
            assertDeltaNamesEveryChange(before, after, delta);
        }
    }

    private static void assertDeltaNamesEveryChange(Map<UUID, ItemTiming> before, Map<UUID, ItemTiming> after,
                                                    ScheduleDelta delta) {
        after.forEach((id, now) -> {
            ItemTiming then = before.get(id);
            boolean datesMoved = then == null || !then.start().equals(now.start())
                    || !then.finish().equals(now.finish()) || then.durationDays() != now.durationDays()
                    || then.percentComplete() != now.percentComplete();
            if (datesMoved) {
                assertThat(delta.datesChanged()).as("dates of %s", id).contains(id);
            }
            if (!Objects.equals(then, now)) {
                assertThat(delta.timingChanged()).as("timing of %s", id).contains(id);
            }
        });
    }

    @Test
    void aDurationEditMovesOnlyWhatFollows() {
        PlanBuilder plan = new PlanBuilder().task("A", 2).task("B", 3).task("Other", 10).fs("A", "B");
        Schedule schedule = plan.schedule();

        ScheduleDelta delta = schedule.apply(ScheduleChange.ofItem(plan.item("A").withDuration(4)));

        assertThat(delta.datesChanged()).containsExactlyInAnyOrder(plan.id("A"), plan.id("B"));
        assertThat(schedule.timing(plan.id("B")).start()).isEqualTo(PlanBuilder.march(7));
        assertThat(schedule.timing(plan.id("Other")).totalSlack()).isZero();
    }

    @Test
    void removingAnItemTakesItsLinksAlong() {
        PlanBuilder plan = new PlanBuilder().task("A", 2).task("B", 3).fs("A", "B");
        Schedule schedule = plan.schedule();

        schedule.apply(ScheduleChange.removingItem(plan.id("A")));

        assertThat(schedule.contains(plan.id("A"))).isFalse();
        assertThat(schedule.links()).isEmpty();
        assertThat(schedule.timing(plan.id("B")).start()).isEqualTo(PlanBuilder.march(3));
        assertThatThrownBy(() -> schedule.timing(plan.id("A"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Random edits of every kind the editor makes, on the schedule's current items and links. */
    static final class RandomEdits {
        private final SplittableRandom random;
        private final List<WorkingTime> calendars;
        /** Far from the small numbers jqwik tries first as seeds: SyntheticPlan names its items (seed, index). */
        private static final long CREATED_ITEMS = 0x5EED_C0DE_1DEA_0007L;
        private int created;

        RandomEdits(SplittableRandom random, SyntheticPlan plan) {
            this.random = random;
            this.calendars = plan.items().stream().map(ScheduleItem::calendar).distinct().toList();
        }

        ScheduleChange next(Schedule schedule) {
            List<ScheduleItem> items = schedule.items();
            List<ScheduleLink> links = schedule.links();
            if (items.isEmpty()) {
                return ScheduleChange.ofItem(
                        ScheduleItem.activity(new UUID(CREATED_ITEMS, created++), null, 3, calendars.getFirst()));
            }
            ScheduleItem item = items.get(random.nextInt(items.size()));
            LocalDate someDay = SyntheticPlan.PROJECT_START.plusDays(random.nextInt(200));
            return switch (random.nextInt(13)) {
                case 0, 1 -> ScheduleChange.ofItem(item.withDuration(random.nextInt(30)));
                case 2 -> {
                    ConstraintType type = ConstraintType.values()[random.nextInt(ConstraintType.values().length)];
                    yield ScheduleChange.ofItem(item.withConstraint(type, type.needsDate() ? someDay : null));
                }
                case 3 -> ScheduleChange.ofItem(item.withPercentComplete(random.nextInt(101)));
                case 4 -> ScheduleChange.ofItem(item.manual()
                        ? new ScheduleItem(item.id(), item.parentId(), null, null, item.durationDays(),
                        item.percentComplete(), item.milestone(), false, item.constraint(), item.constraintDate(),
                        item.calendar())
                        : item.withManualDates(someDay, someDay.plusDays(random.nextInt(20)), 1 + random.nextInt(9)));
                case 5 -> ScheduleChange.ofItem(new ScheduleItem(item.id(), item.parentId(), item.start(),
                        item.finish(), item.durationDays(), item.percentComplete(), item.milestone(), item.manual(),
                        item.constraint(), item.constraintDate(), calendars.get(random.nextInt(calendars.size()))));
                case 6 -> ScheduleChange.ofItem(new ScheduleItem(item.id(), item.parentId(), item.start(),
                        item.finish(), item.durationDays(), item.percentComplete(), !item.milestone(), item.manual(),
                        item.constraint(), item.constraintDate(), item.calendar()));
                case 7 -> links.isEmpty() ? ScheduleChange.ofItem(item) : ScheduleChange.ofLink(changed(
                        links.get(random.nextInt(links.size()))));
                case 8, 9 -> addLink(schedule, items);
                case 10 -> links.isEmpty() ? ScheduleChange.ofItem(item)
                        : ScheduleChange.removingLink(links.get(random.nextInt(links.size())).id());
                case 11 -> random.nextBoolean() ? ScheduleChange.removingItem(item.id()) : ScheduleChange.ofItem(
                        ScheduleItem.activity(new UUID(CREATED_ITEMS, created++), random.nextBoolean() ? item.id() : null,
                                random.nextInt(10), item.calendar()));
                default -> ScheduleChange.ofItem(reparented(item, items));
            };
        }

        private ScheduleLink changed(ScheduleLink link) {
            DependencyType type = DependencyType.values()[random.nextInt(4)];
            return new ScheduleLink(link.id(), link.predecessorId(), link.successorId(), type,
                    random.nextInt(9) - 3, random.nextInt(5) == 0);
        }

        private ScheduleChange addLink(Schedule schedule, List<ScheduleItem> items) {
            ScheduleItem from = items.get(random.nextInt(items.size()));
            ScheduleItem to = items.get(random.nextInt(items.size()));
            if (from.id().equals(to.id())) {
                return ScheduleChange.ofItem(from);
            }
            ScheduleLink link = changed(new ScheduleLink(new UUID(9, created++), from.id(), to.id(),
                    DependencyType.FS, 0, false));
            // the service asks first; a link that would close a cycle must also be refused by apply itself
            boolean closesCycle = schedule.cycleIfLinked(from.id(), to.id()).isPresent();
            if (closesCycle) {
                assertThatThrownBy(() -> schedule.apply(ScheduleChange.ofLink(link)))
                        .isInstanceOf(ScheduleCycleException.class);
            }
            return ScheduleChange.ofLink(link);
        }

        /** Under another item that is not in its own subtree, or to the top. */
        private ScheduleItem reparented(ScheduleItem item, List<ScheduleItem> items) {
            Set<UUID> subtree = new HashSet<>(List.of(item.id()));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (ScheduleItem other : items) {
                    if (other.parentId() != null && subtree.contains(other.parentId()) && subtree.add(other.id())) {
                        grew = true;
                    }
                }
            }
            List<ScheduleItem> allowed = new ArrayList<>(items.stream().filter(o -> !subtree.contains(o.id())).toList());
            UUID parent = allowed.isEmpty() || random.nextInt(4) == 0 ? null
                    : allowed.get(random.nextInt(allowed.size())).id();
            return new ScheduleItem(item.id(), parent, item.start(), item.finish(), item.durationDays(),
                    item.percentComplete(), item.milestone(), item.manual(), item.constraint(), item.constraintDate(),
                    item.calendar());
        }
    }
}
