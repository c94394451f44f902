package org.coplan.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.scheduling.ItemTiming;
import org.coplan.scheduling.ScheduleCycleException;
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.port.PlanStore;

/**
 * What the engine says of a stored programme, read-only, for reports: each item's timing (total slack above
 * all) from a full pass over the programme as the editor would make it, and the working calendar each item's
 * dates are counted in. Nothing is stored.
 */
public final class ProgrammeTimings {

    private final ProgrammeSchedule schedule;
    private final ReferenceData reference;
    private final Map<UUID, ItemCalendars> calendars = new HashMap<>();

    private ProgrammeTimings(ProgrammeSchedule schedule, ReferenceData reference) {
        this.schedule = schedule;
        this.reference = reference;
    }

    /**
     * Schedules the programme inside the caller's transaction.
     *
     * @throws org.coplan.domain.PlanRuleViolation naming the loop when the stored links make one
     */
    public static ProgrammeTimings load(PlanStore store, UUID programmeId, ReferenceData reference) {
        try {
            return new ProgrammeTimings(ProgrammeSchedule.load(store, programmeId, reference, null, null), reference);
        } catch (ScheduleCycleException cycle) {
            throw StoredCycle.refusal(store, cycle);
        }
    }

    /** The engine's timing of a stored item of the programme; empty for an item it does not hold. */
    public Optional<ItemTiming> timing(UUID itemId) {
        return schedule.contains(itemId) ? Optional.of(schedule.timing(itemId)) : Optional.empty();
    }

    /** The working time the item's dates are counted in: its lead state's, else its roadmap's, else the default. */
    public WorkingTime workingTime(Roadmap roadmap, WorkItem item) {
        return calendars.computeIfAbsent(roadmap.id(), id -> new ItemCalendars(reference, roadmap))
                .forLeadState(item.leadStateId());
    }
}
