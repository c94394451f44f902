package org.coplan.service.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.coplan.domain.Baseline;
import org.coplan.domain.Dependency;
import org.coplan.domain.FundingLine;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.FullPass;
import org.coplan.service.baseline.Baselines;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.PlanStore;

/**
 * The sample plan built from the news items Coplan was designed from: the EAEU states and partners with
 * their calendars, the organizations and priority areas named there, and four programmes with a scheduled
 * roadmap each, funding and an approved baseline with some slippage. It is offered in an empty database
 * and loaded in one transaction, so a failure leaves the database as it was.
 */
public final class SamplePlan {

    /** The plan setting that says the sample was loaded into this database. */
    public static final String LOADED_SETTING = "sample.loaded";

    private final PlanDatabase database;

    public SamplePlan(PlanDatabase database) {
        this.database = database;
    }

    /** Whether the database holds no programme yet (reference data alone does not count). */
    public boolean isEmpty() {
        return database.read(SamplePlan::isEmpty);
    }

    public static boolean isEmpty(PlanStore store) {
        return store.programmes().count() == 0;
    }

    /** Loads the sample; refuses, changing nothing, when the database already holds a programme. */
    public Summary load() {
        return database.write(store -> {
            if (!isEmpty(store)) {
                throw PlanRuleViolation.of("error.sample-not-empty");
            }
            return store(store);
        });
    }

    /** Loads the sample when the database holds no programme, as the application does on first start. */
    public boolean loadIfEmpty() {
        return database.write(store -> {
            if (!isEmpty(store)) {
                return false;
            }
            store(store);
            return true;
        });
    }

    /** What was loaded. */
    public record Summary(int programmes, int roadmaps, int items, int dependencies, int milestones) {
    }

    private static Summary store(PlanStore store) {
        SampleReferences references = SampleReferenceData.ensureAll(store);
        List<SampleProgramme> programmes = build(references);
        List<Programme> programmeRecords = new ArrayList<>();
        List<Roadmap> roadmaps = new ArrayList<>();
        List<WorkItem> items = new ArrayList<>();
        List<Dependency> links = new ArrayList<>();
        List<Baseline> baselines = new ArrayList<>();
        List<FundingLine> funding = new ArrayList<>();
        for (SampleProgramme programme : programmes) {
            programmeRecords.add(programme.programme());
            funding.addAll(programme.funding());
            List<WorkItem> programmeItems = new ArrayList<>();
            List<Dependency> programmeLinks = new ArrayList<>();
            for (SampleRoadmap roadmap : programme.roadmaps()) {
                roadmaps.add(roadmap.roadmap());
                programmeItems.addAll(roadmap.items());
                programmeLinks.addAll(roadmap.links());
                baselines.add(roadmap.baseline());
            }
            items.addAll(scheduled(programme, programmeItems, programmeLinks, references));
            links.addAll(programmeLinks);
        }
        store.programmes().insertAll(programmeRecords);
        store.roadmaps().insertAll(roadmaps);
        store.workItems().insertAll(items);
        store.dependencies().insertAll(links);
        store.funding().insertAll(funding);
        store.baselines().insertAll(baselines);
        // the approved plan is what the variance columns compare with on first start
        baselines.forEach(baseline -> Baselines.storeComparedSlot(store, baseline.roadmapId(), baseline.slot()));
        store.settings().put(LOADED_SETTING, "true");
        int milestones = (int) items.stream().filter(WorkItem::isMilestone).count();
        return new Summary(programmeRecords.size(), roadmaps.size(), items.size(), links.size(), milestones);
    }

    /**
     * The drafted dates as the engine schedules them over the programme (the programme is the scheduling
     * scope), so that the stored plan is a valid schedule: items no link drives keep their dates as
     * start-no-earlier-than constraints. The baselines keep the approved dates, hence the slippage.
     * Calendars are chosen as the editor chooses them: the lead state's, else the roadmap's, else the default.
     */
    private static List<WorkItem> scheduled(SampleProgramme programme, List<WorkItem> items, List<Dependency> links,
                                            SampleReferences references) {
        Map<UUID, UUID> stateCalendars = new HashMap<>();
        references.states().values().forEach(state -> {
            if (state.calendarId() != null) {
                stateCalendars.put(state.id(), state.calendarId());
            }
        });
        Map<UUID, UUID> roadmapCalendars = new HashMap<>();
        programme.roadmaps().forEach(r -> {
            if (r.roadmap().calendarId() != null) {
                roadmapCalendars.put(r.roadmap().id(), r.roadmap().calendarId());
            }
        });
        Map<UUID, WorkingTime> times = new HashMap<>();
        Function<WorkItem, WorkingTime> calendars = item -> {
            UUID calendarId = stateCalendars.getOrDefault(item.leadStateId(),
                    roadmapCalendars.getOrDefault(item.roadmapId(), references.defaultCalendar().id()));
            return times.computeIfAbsent(calendarId, id -> new WorkingTime(
                    references.calendars().getOrDefault(id, references.defaultCalendar())));
        };
        return FullPass.schedule(FullPass.anchorUndriven(items, links), links,
                programme.programme().period().start(), calendars);
    }

    static List<SampleProgramme> build(SampleReferences references) {
        return List.of(
                FrameworkProgrammeSample.build(references),
                IndustrialCooperationSample.build(references),
                ConceptSample.build(references),
                UnionStateSample.build(references));
    }
}
