package org.coplan.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.scheduling.ScheduleItem;
import org.coplan.scheduling.ScheduleLink;

/**
 * Turns stored items and links into what the engine reads. An item is counted in its lead state's calendar,
 * else its own roadmap's (roadmaps of one programme may have different ones), else the default.
 */
final class ScheduleInputs {

    private final ReferenceData reference;
    private final Map<UUID, ItemCalendars> byRoadmap = new HashMap<>();

    ScheduleInputs(ReferenceData reference) {
        this.reference = reference;
    }

    void addRoadmap(Roadmap roadmap) {
        byRoadmap.put(roadmap.id(), new ItemCalendars(reference, roadmap));
    }

    void removeRoadmap(UUID roadmapId) {
        byRoadmap.remove(roadmapId);
    }

    boolean covers(UUID roadmapId) {
        return byRoadmap.containsKey(roadmapId);
    }

    ScheduleItem item(WorkItem item) {
        ItemCalendars calendars = byRoadmap.get(item.roadmapId());
        return new ScheduleItem(item.id(), item.parentId(), item.start(), item.finish(), item.durationDays(),
                item.percentComplete(), item.isMilestone(), item.manual(), item.constraint().type(),
                item.constraint().date(), calendars.forLeadState(item.leadStateId()));
    }

    static ScheduleLink link(Dependency link) {
        return new ScheduleLink(link.id(), link.predecessorId(), link.successorId(), link.type(), link.lagDays(),
                link.elapsedLag());
    }

    /** The input with the dates the engine gave and the database now holds. */
    static ScheduleItem withDates(ScheduleItem input, LocalDate start, LocalDate finish, int duration,
                                  int percent) {
        return new ScheduleItem(input.id(), input.parentId(), start, finish, duration, percent, input.milestone(),
                input.manual(), input.constraint(), input.constraintDate(), input.calendar());
    }
}
