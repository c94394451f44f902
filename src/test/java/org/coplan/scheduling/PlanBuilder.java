package org.coplan.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.DependencyType;

/** Small plans for hand-computed tests, items named by letters. */
final class PlanBuilder {

    /** A Monday. */
    static final LocalDate PROJECT_START = LocalDate.of(2025, 3, 3);

    private final Map<String, ScheduleItem> items = new LinkedHashMap<>();
    private final Map<String, UUID> ids = new LinkedHashMap<>();
    private final List<ScheduleLink> links = new ArrayList<>();
    private WorkingTime calendar = WorkingTime.standard();

    static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    UUID id(String name) {
        return ids.computeIfAbsent(name, n -> UUID.nameUUIDFromBytes(n.getBytes()));
    }

    PlanBuilder on(WorkingTime time) {
        calendar = time;
        return this;
    }

    PlanBuilder task(String name, int days) {
        return put(name, ScheduleItem.activity(id(name), null, days, calendar));
    }

    PlanBuilder task(String name, int days, String parent) {
        return put(name, ScheduleItem.activity(id(name), id(parent), days, calendar));
    }

    PlanBuilder milestone(String name) {
        return put(name, new ScheduleItem(id(name), null, null, null, 0, 0, true, false, null, null, calendar));
    }

    PlanBuilder summary(String name) {
        return put(name, ScheduleItem.activity(id(name), null, 0, calendar));
    }

    PlanBuilder summary(String name, String parent) {
        return put(name, ScheduleItem.activity(id(name), id(parent), 0, calendar));
    }

    PlanBuilder manual(String name, LocalDate start, LocalDate finish, int days) {
        return put(name, ScheduleItem.activity(id(name), null, days, calendar).withManualDates(start, finish, days));
    }

    PlanBuilder constrain(String name, ConstraintType type, LocalDate date) {
        return put(name, items.get(name).withConstraint(type, date));
    }

    PlanBuilder percent(String name, int percent) {
        return put(name, items.get(name).withPercentComplete(percent));
    }

    PlanBuilder link(String predecessor, String successor, DependencyType type, int lag) {
        links.add(ScheduleLink.of(id(predecessor + "->" + successor), id(predecessor), id(successor), type, lag));
        return this;
    }

    PlanBuilder fs(String predecessor, String successor) {
        return link(predecessor, successor, DependencyType.FS, 0);
    }

    PlanBuilder elapsed(String predecessor, String successor, DependencyType type, int lag) {
        links.add(new ScheduleLink(id(predecessor + "->" + successor), id(predecessor), id(successor), type, lag,
                true));
        return this;
    }

    private PlanBuilder put(String name, ScheduleItem item) {
        items.put(name, item);
        return this;
    }

    ScheduleItem item(String name) {
        return items.get(name);
    }

    Schedule schedule() {
        return Schedule.compute(items.values(), links, PROJECT_START);
    }

    /** The schedule with a lookup by name. */
    Scheduled scheduled() {
        return new Scheduled(schedule(), this);
    }

    record Scheduled(Schedule schedule, PlanBuilder plan) {
        ItemTiming of(String name) {
            return schedule.timing(plan.id(name));
        }

        LocalDate start(String name) {
            return of(name).start();
        }

        LocalDate finish(String name) {
            return of(name).finish();
        }
    }
}
