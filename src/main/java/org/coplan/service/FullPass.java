package org.coplan.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.Dependency;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.scheduling.ItemTiming;
import org.coplan.scheduling.Schedule;
import org.coplan.scheduling.ScheduleItem;
import org.coplan.scheduling.ScheduleLink;
import org.coplan.scheduling.WorkingTime;

/**
 * A full scheduling pass over items that are not stored yet (the sample, the generator, imports), so that
 * what gets stored is already the schedule the engine computes and the first edit shifts nothing unexpected.
 */
public final class FullPass {

    private FullPass() {
    }

    /**
     * MS Project keeps a typed date by constraining the task to start no earlier than it; so do items here
     * that no link drives and that have no constraint of their own, or the pass would pull them all back to
     * the programme's start. Phases take their dates from their children and stay unconstrained.
     */
    public static List<WorkItem> anchorUndriven(List<WorkItem> items, Collection<Dependency> links) {
        Set<UUID> driven = HashSet.newHashSet(links.size());
        links.forEach(link -> driven.add(link.successorId()));
        List<WorkItem> anchored = new ArrayList<>(items.size());
        for (WorkItem item : items) {
            boolean free = item.kind() != WorkItemKind.PHASE && !item.manual() && !driven.contains(item.id())
                    && item.constraint().type() == ConstraintType.AS_SOON_AS_POSSIBLE;
            anchored.add(free ? item.withConstraint(
                    new ItemConstraint(ConstraintType.START_NO_EARLIER_THAN, item.start())) : item);
        }
        return anchored;
    }

    /**
     * The items, in the same order, with the dates (and, for phases, rolled-up progress) of a full pass.
     * {@code calendars} should hand out one shared instance per calendar: the engine indexes each.
     */
    public static List<WorkItem> schedule(List<WorkItem> items, Collection<Dependency> links,
                                          LocalDate projectStart, Function<WorkItem, WorkingTime> calendars) {
        List<ScheduleItem> inputs = new ArrayList<>(items.size());
        for (WorkItem item : items) {
            inputs.add(new ScheduleItem(item.id(), item.parentId(), item.start(), item.finish(),
                    item.durationDays(), item.percentComplete(), item.isMilestone(), item.manual(),
                    item.constraint().type(), item.constraint().date(), calendars.apply(item)));
        }
        List<ScheduleLink> linkInputs = links.stream().map(ScheduleInputs::link).toList();
        Schedule schedule = Schedule.compute(inputs, linkInputs, projectStart);
        List<WorkItem> scheduled = new ArrayList<>(items.size());
        for (WorkItem item : items) {
            ItemTiming timing = schedule.timing(item.id());
            scheduled.add(item.kind() == WorkItemKind.PHASE ? ProgrammeSchedule.scheduled(item, timing)
                    : item.withSchedule(item.kind(), timing.start(), timing.finish(), timing.durationDays()));
        }
        return scheduled;
    }
}
