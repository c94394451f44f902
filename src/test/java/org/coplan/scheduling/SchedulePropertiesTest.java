package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coplan.domain.ConstraintType;

/** Properties of schedules of random acyclic plans (see {@link SyntheticPlan}). */
class SchedulePropertiesTest {

    @Property(tries = 300)
    void everyLinkIsMetOrItsFailureShowsAsAViolationWithNegativeSlack(
            @ForAll @IntRange(min = 1, max = 80) int items, @ForAll @IntRange(min = 0, max = 200) int links,
            @ForAll long seed) {
        SyntheticPlan plan = SyntheticPlan.generate(items, links, seed, true);
        Schedule schedule = Schedule.compute(plan.items(), plan.links(), plan.projectStart());
        Outline outline = new Outline(plan.items());

        for (ScheduleLink link : plan.links()) {
            ScheduleItem predecessor = outline.item(link.predecessorId());
            if (predecessor.milestone() || outline.isSummary(predecessor.id())) {
                continue;    // a milestone's or summary's end of day is checked by the hand-computed tests
            }
            ItemTiming before = schedule.timing(predecessor.id());
            for (ScheduleItem successor : outline.leafTasksAtOrUnder(link.successorId())) {
                ItemTiming after = schedule.timing(successor.id());
                // lags count on the calendar of the link's successor: the summary's for a link into one
                WorkingTime lagCalendar = outline.item(link.successorId()).calendar();
                if (!LinkCheck.isMet(link, before, after, lagCalendar)) {
                    assertThat(after.constraintViolated()).as("unmet %s", link).isTrue();
                    assertThat(before.totalSlack()).as("slack before unmet %s", link).isNegative();
                }
            }
        }
    }

    @Property(tries = 300)
    void constraintsAreMetByTheScheduledDates(@ForAll @IntRange(min = 1, max = 80) int items,
                                             @ForAll @IntRange(min = 0, max = 200) int links, @ForAll long seed) {
        SyntheticPlan plan = SyntheticPlan.generate(items, links, seed, true);
        Schedule schedule = Schedule.compute(plan.items(), plan.links(), plan.projectStart());
        Outline outline = new Outline(plan.items());

        for (ScheduleItem item : plan.items()) {
            if (item.manual() || item.milestone() || outline.isSummary(item.id())
                    || item.constraint() == ConstraintType.AS_SOON_AS_POSSIBLE) {
                continue;
            }
            ItemTiming timing = schedule.timing(item.id());
            WorkingTime calendar = item.calendar();
            LocalDate day = item.constraintDate();
            switch (item.constraint()) {
                case START_NO_EARLIER_THAN -> assertThat(timing.start()).isAfterOrEqualTo(calendar.nextWorkingDay(day));
                case FINISH_NO_EARLIER_THAN ->
                        assertThat(timing.finish()).isAfterOrEqualTo(calendar.previousWorkingDay(day));
                case START_NO_LATER_THAN -> assertThat(timing.start()).isBeforeOrEqualTo(day);
                case FINISH_NO_LATER_THAN -> assertThat(timing.finish()).isBeforeOrEqualTo(day);
                case MUST_START_ON -> assertThat(timing.start()).isEqualTo(calendar.nextWorkingDay(day));
                case MUST_FINISH_ON -> assertThat(timing.finish()).isEqualTo(calendar.previousWorkingDay(day));
                case AS_SOON_AS_POSSIBLE -> { }
            }
            assertThat(timing.lateStart()).isBeforeOrEqualTo(switch (item.constraint()) {
                case START_NO_LATER_THAN -> day;
                case MUST_START_ON -> calendar.nextWorkingDay(day);
                case FINISH_NO_LATER_THAN, MUST_FINISH_ON -> calendar.startOf(day, item.durationDays());
                default -> timing.lateStart();
            });
        }
    }

    @Property(tries = 300)
    void earlyDatesAreNotAfterLateOnesUnlessTheSlackIsNegative(@ForAll @IntRange(min = 1, max = 80) int items,
                                                              @ForAll @IntRange(min = 0, max = 200) int links,
                                                              @ForAll long seed, @ForAll boolean hard) {
        SyntheticPlan plan = SyntheticPlan.generate(items, links, seed, hard);
        Schedule schedule = Schedule.compute(plan.items(), plan.links(), plan.projectStart());

        for (ScheduleItem item : plan.items()) {
            ItemTiming timing = schedule.timing(item.id());
            if (timing.totalSlack() >= 0) {
                assertThat(timing.lateStart()).as("%s %s", item, timing).isAfterOrEqualTo(timing.earlyStart());
                assertThat(timing.lateFinish()).as("%s %s", item, timing).isAfterOrEqualTo(timing.earlyFinish());
            }
            assertThat(timing.critical()).isEqualTo(timing.totalSlack() <= 0);
            assertThat(timing.freeSlack()).isBetween(0, Math.max(0, timing.totalSlack()));
            assertThat(timing.finish()).isBeforeOrEqualTo(schedule.projectFinish());
            assertThat(timing.lateFinish()).isBeforeOrEqualTo(schedule.projectFinish());
        }
        if (!hard) {
            assertThat(plan.items()).allSatisfy(item ->
                    assertThat(schedule.timing(item.id()).totalSlack()).isNotNegative());
        }
    }

    @Property(tries = 300)
    void criticalItemsLeadToTheProjectFinish(@ForAll @IntRange(min = 1, max = 80) int items,
                                             @ForAll @IntRange(min = 0, max = 200) int links,
                                             @ForAll long seed) {
        SyntheticPlan plan = SyntheticPlan.generate(items, links, seed, false);
        Schedule schedule = Schedule.compute(plan.items(), plan.links(), plan.projectStart());
        Outline outline = new Outline(plan.items());
        Map<UUID, List<ScheduleLink>> linksFrom = new HashMap<>();
        plan.links().forEach(link -> linksFrom.computeIfAbsent(link.predecessorId(), id -> new java.util.ArrayList<>())
                .add(link));

        assertThat(schedule.criticalItemCount()).isPositive();
        // a milestone may end the project at the start of its day (at the project start, or placed by a
        // start-no-earlier-than): then the work before it ends the day before
        LocalDate lastWorkingDay = plan.items().stream().anyMatch(item -> item.milestone()
                && schedule.timing(item.id()).finish().equals(schedule.projectFinish()))
                ? schedule.projectFinish().minusDays(1) : schedule.projectFinish();
        for (ScheduleItem item : plan.items()) {
            if (outline.isSummary(item.id()) || !schedule.timing(item.id()).critical()) {
                continue;
            }
            // it ends the project (no working day of its calendar is left before the project finish), or it
            // (or a summary above it) drives a critical successor. Two exceptions leave a successor slack that
            // its predecessor lacks: an elapsed lag, counted in calendar days over a weekend, and a successor
            // on another calendar, working on a day the predecessor has off
            boolean endsTheProject = item.calendar().workingDaysBetween(
                    schedule.timing(item.id()).finish().plusDays(1), lastWorkingDay) == 0;
            boolean drivesCriticalWork = outline.selfAndAncestors(item.id()).stream()
                    .flatMap(id -> linksFrom.getOrDefault(id, List.of()).stream())
                    .anyMatch(link -> link.elapsedLag() || schedule.timing(link.successorId()).critical()
                            || outline.item(link.successorId()).calendar() != item.calendar());
            assertThat(endsTheProject || drivesCriticalWork).as("critical %s leads nowhere", item.id()).isTrue();
        }
    }

    /** The outline of a plan, for finding summaries and their leaves. */
    static final class Outline {
        private final Map<UUID, ScheduleItem> byId = new HashMap<>();
        private final Map<UUID, List<ScheduleItem>> children = new HashMap<>();

        Outline(List<ScheduleItem> items) {
            items.forEach(item -> byId.put(item.id(), item));
            items.stream().filter(item -> item.parentId() != null).forEach(item ->
                    children.computeIfAbsent(item.parentId(), id -> new java.util.ArrayList<>()).add(item));
        }

        ScheduleItem item(UUID id) {
            return byId.get(id);
        }

        boolean isSummary(UUID id) {
            return children.containsKey(id);
        }

        /** The auto-scheduled, non-milestone leaves a link into this item binds. */
        List<ScheduleItem> leafTasksAtOrUnder(UUID id) {
            List<ScheduleItem> found = new java.util.ArrayList<>();
            collect(byId.get(id), found);
            return found;
        }

        private void collect(ScheduleItem item, List<ScheduleItem> found) {
            if (isSummary(item.id())) {
                children.get(item.id()).forEach(child -> collect(child, found));
            } else if (!item.milestone() && item.durationDays() > 0) {
                found.add(item);
            }
        }

        List<UUID> selfAndAncestors(UUID id) {
            List<UUID> chain = new java.util.ArrayList<>();
            for (ScheduleItem at = byId.get(id); at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
                chain.add(at.id());
            }
            return chain;
        }
    }
}
