package org.coplan.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.scheduling.Schedule;
import org.coplan.scheduling.ScheduleCycleException;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.PlanStore;

/**
 * Reschedules stored programmes with a full pass and stores the dates the engine shifted, all in one
 * transaction: for the command line, and for plans whose dates were written without the engine.
 * There is no undo here; the change log keeps every shifted field.
 */
public final class PlanRescheduling {

    /** One programme's schedule after the pass. */
    public record ProgrammeOutcome(UUID programmeId, String title, LocalDate projectFinish, int criticalPathDays,
                                   int criticalItems, int shiftedItems) {
    }

    private final PlanDatabase database;

    public PlanRescheduling(PlanDatabase database) {
        this.database = database;
    }

    /**
     * Reschedules the programme of {@code roadmapId}, or every programme when it is {@code null}.
     *
     * @throws PlanRuleViolation for an unknown roadmap, or naming the loop when stored links make one
     */
    public List<ProgrammeOutcome> reschedule(UUID roadmapId) {
        return database.write(store -> {
            List<Programme> programmes;
            if (roadmapId == null) {
                programmes = store.programmes().findAll();
            } else {
                Roadmap roadmap = store.roadmaps().find(roadmapId)
                        .orElseThrow(() -> PlanRuleViolation.of("rule.roadmap-unknown"));
                programmes = store.programmes().find(roadmap.programmeId()).stream().toList();
            }
            ReferenceData reference = ReferenceData.load(store);
            List<ProgrammeOutcome> outcomes = new ArrayList<>();
            for (Programme programme : programmes) {
                outcomes.add(reschedule(store, programme, reference));
            }
            return outcomes;
        });
    }

    private static ProgrammeOutcome reschedule(PlanStore store, Programme programme, ReferenceData reference) {
        ProgrammeSchedule schedule;
        try {
            schedule = ProgrammeSchedule.load(store, programme.id(), reference, null, null);
        } catch (ScheduleCycleException cycle) {
            throw StoredCycle.refusal(store, cycle);
        }
        List<UUID> shifted = schedule.allShifted();
        if (!shifted.isEmpty()) {
            Map<UUID, WorkItem> stored = new HashMap<>();
            for (Roadmap roadmap : store.roadmaps().findByProgramme(programme.id())) {
                store.workItems().findByRoadmap(roadmap.id()).forEach(item -> stored.put(item.id(), item));
            }
            List<WorkItem> before = new ArrayList<>(shifted.size());
            List<WorkItem> after = new ArrayList<>(shifted.size());
            for (UUID id : shifted) {
                before.add(stored.get(id));
                after.add(ProgrammeSchedule.scheduled(stored.get(id), schedule.timing(id)));
            }
            store.workItems().updateAll(before, after);
        }
        Schedule engine = schedule.engine();
        LocalDate finish = engine.size() == 0 ? null : engine.projectFinish();
        return new ProgrammeOutcome(programme.id(), programme.title(), finish, engine.criticalPathWorkingDays(),
                engine.criticalItemCount(), shifted.size());
    }
}
