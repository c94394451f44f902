package org.coplan.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.scheduling.ItemTiming;
import org.coplan.scheduling.Schedule;
import org.coplan.scheduling.ScheduleChange;
import org.coplan.scheduling.ScheduleCycleException;
import org.coplan.scheduling.ScheduleDelta;
import org.coplan.scheduling.ScheduleItem;
import org.coplan.scheduling.ScheduleLink;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.DependencyEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.WorkItemEdit;
import org.coplan.service.port.PlanStore;

/**
 * The engine's schedule of one programme: scheduling spans the programme because links may cross its
 * roadmaps. Keeps a copy of the engine's inputs (compact {@link ScheduleItem}s rather than work items, so
 * that the other roadmaps of a large programme cost little memory) to tell which stored dates the engine
 * moved, and to rebuild the engine should a pass be refused half-way. The programme's start is the project
 * start: items driven by nothing begin there, as in MS Project.
 */
final class ProgrammeSchedule {

    static final ScheduleDelta NOTHING = new ScheduleDelta(Set.of(), Set.of());

    private final Programme programme;
    private final ScheduleInputs inputs;
    private final Map<UUID, ScheduleItem> items;
    private final Map<UUID, ScheduleLink> links;
    private final Schedule schedule;

    private ProgrammeSchedule(Programme programme, ScheduleInputs inputs, Map<UUID, ScheduleItem> items,
                              Map<UUID, ScheduleLink> links) {
        this.programme = programme;
        this.inputs = inputs;
        this.items = items;
        this.links = links;
        this.schedule = fullPass();
    }

    /**
     * Reads every item and link of the programme and makes a full pass. Items of {@code open} are taken
     * from {@code openItems}, already in memory; the others are converted roadmap by roadmap and dropped.
     *
     * @throws ScheduleCycleException when the stored links already make a loop
     */
    static ProgrammeSchedule load(PlanStore store, UUID programmeId, ReferenceData reference, UUID open,
                                  Iterable<WorkItem> openItems) {
        return load(store, programmeId, reference, open, openItems, null);
    }

    /**
     * As {@link #load(PlanStore, UUID, ReferenceData, UUID, Iterable)} with the open roadmap's links too, when
     * the caller has read them already: at 200,000 links a second read is a quarter of opening the roadmap.
     */
    static ProgrammeSchedule load(PlanStore store, UUID programmeId, ReferenceData reference, UUID open,
                                  Iterable<WorkItem> openItems, Iterable<Dependency> openLinks) {
        Programme programme = store.programmes().find(programmeId)
                .orElseThrow(() -> PlanRuleViolation.of("rule.roadmap-unknown"));
        ScheduleInputs inputs = new ScheduleInputs(reference);
        Map<UUID, ScheduleItem> items = new HashMap<>();
        Map<UUID, ScheduleLink> links = new HashMap<>();
        List<Roadmap> roadmaps = store.roadmaps().findByProgramme(programmeId);
        roadmaps.forEach(inputs::addRoadmap);
        for (Roadmap roadmap : roadmaps) {
            Iterable<WorkItem> roadmapItems = roadmap.id().equals(open) && openItems != null
                    ? openItems : store.workItems().findByRoadmap(roadmap.id());
            for (WorkItem item : roadmapItems) {
                items.put(item.id(), inputs.item(item));
            }
        }
        for (Roadmap roadmap : roadmaps) {
            Iterable<Dependency> roadmapLinks = roadmap.id().equals(open) && openLinks != null
                    ? openLinks : store.dependencies().findByRoadmap(roadmap.id());
            for (Dependency link : roadmapLinks) {
                // a link from outside the programme has nothing here to follow
                if (items.containsKey(link.predecessorId())) {
                    links.put(link.id(), ScheduleInputs.link(link));
                }
            }
        }
        return new ProgrammeSchedule(programme, inputs, items, links);
    }

    private Schedule fullPass() {
        return Schedule.compute(items.values(), links.values(), projectStart());
    }

    Programme programme() {
        return programme;
    }

    LocalDate projectStart() {
        return programme.period().start();
    }

    Schedule engine() {
        return schedule;
    }

    boolean contains(UUID itemId) {
        return items.containsKey(itemId);
    }

    ItemTiming timing(UUID itemId) {
        return schedule.timing(itemId);
    }

    boolean hasLink(UUID predecessorId, UUID successorId) {
        return links.values().stream()
                .anyMatch(l -> l.predecessorId().equals(predecessorId) && l.successorId().equals(successorId));
    }

    Optional<List<UUID>> cycleIfLinked(UUID predecessorId, UUID successorId) {
        return schedule.cycleIfLinked(predecessorId, successorId);
    }

    /** What {@code edit} changes among the engine's inputs; empty for edits that touch no scheduling field. */
    ScheduleChange changeOf(Edit edit) {
        Collector collector = new Collector();
        collector.add(edit);
        return collector.change();
    }

    /**
     * Runs an incremental pass. When the engine refuses the change (a loop), it is left as it was (it checks
     * everything before it changes anything) and the refusal is passed on.
     */
    ScheduleDelta apply(ScheduleChange change) {
        if (isEmpty(change)) {
            return NOTHING;
        }
        ScheduleDelta delta = schedule.apply(change);
        note(change);
        return delta;
    }

    /** Takes in inputs the engine already has: the dates it computed itself, once stored. */
    void note(ScheduleChange change) {
        change.removedLinks().forEach(links::remove);
        change.removedItems().forEach(items::remove);
        change.upsertedItems().forEach(item -> items.put(item.id(), item));
        change.upsertedLinks().forEach(link -> links.put(link.id(), link));
    }

    /** Among the items the pass touched, those whose stored dates (or rolled-up progress) differ from the engine's. */
    List<UUID> shifted(ScheduleDelta delta) {
        List<UUID> shifted = new ArrayList<>();
        for (UUID id : delta.datesChanged()) {
            ScheduleItem stored = items.get(id);
            ItemTiming timing = schedule.timing(id);
            if (stored != null && timing != null && differs(stored, timing)) {
                shifted.add(id);
            }
        }
        return shifted;
    }

    /** Every item whose stored dates differ from the engine's, for a full reschedule. */
    List<UUID> allShifted() {
        return items.values().stream().filter(item -> differs(item, schedule.timing(item.id())))
                .map(ScheduleItem::id).toList();
    }

    /** The item with the engine's dates (and rolled-up progress for a phase). */
    static WorkItem scheduled(WorkItem item, ItemTiming timing) {
        return item.withSchedule(item.kind(), timing.start(), timing.finish(), timing.durationDays())
                .withPercentComplete(timing.percentComplete());
    }

    private static boolean differs(ScheduleItem stored, ItemTiming timing) {
        return !stored.start().equals(timing.start()) || !stored.finish().equals(timing.finish())
                || stored.durationDays() != timing.durationDays()
                || stored.percentComplete() != timing.percentComplete();
    }

    private static boolean isEmpty(ScheduleChange change) {
        return change.upsertedItems().isEmpty() && change.removedItems().isEmpty()
                && change.upsertedLinks().isEmpty() && change.removedLinks().isEmpty();
    }

    /** The last state an edit leaves each work item in, for the items it inserts or updates. */
    static Map<UUID, WorkItem> itemsAfter(Edit edit) {
        Map<UUID, WorkItem> after = new LinkedHashMap<>();
        collectAfter(edit, after);
        return after;
    }

    private static void collectAfter(Edit edit, Map<UUID, WorkItem> after) {
        switch (edit) {
            case CompositeEdit composite -> composite.steps().forEach(step -> collectAfter(step, after));
            case WorkItemEdit.Insert insert -> insert.items().forEach(item -> after.put(item.id(), item));
            case WorkItemEdit.Update update -> after.put(update.after().id(), update.after());
            case WorkItemEdit.Delete delete -> delete.items().forEach(item -> after.remove(item.id()));
            default -> {
            }
        }
    }

    /** Folds the steps of an edit into one change: the last state of each item and link wins. */
    private final class Collector {

        private final Map<UUID, ScheduleItem> upserted = new LinkedHashMap<>();
        private final Set<UUID> removed = new LinkedHashSet<>();
        private final Map<UUID, ScheduleLink> upsertedLinks = new LinkedHashMap<>();
        private final Set<UUID> removedLinks = new LinkedHashSet<>();

        void add(Edit edit) {
            switch (edit) {
                case CompositeEdit composite -> composite.steps().forEach(this::add);
                case WorkItemEdit.Insert insert -> {
                    insert.items().forEach(this::upsert);
                    insert.links().forEach(this::upsertLink);
                }
                case WorkItemEdit.Delete delete -> {
                    delete.links().forEach(link -> removeLink(link.id()));
                    delete.items().forEach(item -> remove(item.id()));
                }
                case WorkItemEdit.Update update -> upsert(update.after());
                case DependencyEdit.Insert insert -> upsertLink(insert.dependency());
                case DependencyEdit.Update update -> upsertLink(update.after());
                case DependencyEdit.Delete delete -> removeLink(delete.dependency().id());
                default -> {
                    // roadmap, programme and reference edits: the session reloads the schedule for those
                }
            }
        }

        private void upsert(WorkItem item) {
            if (inputs.covers(item.roadmapId())) {
                removed.remove(item.id());
                upserted.put(item.id(), inputs.item(item));
            }
        }

        private void remove(UUID id) {
            upserted.remove(id);
            if (items.containsKey(id)) {
                removed.add(id);
            }
        }

        private void upsertLink(Dependency link) {
            removedLinks.remove(link.id());
            upsertedLinks.put(link.id(), ScheduleInputs.link(link));
        }

        private void removeLink(UUID id) {
            upsertedLinks.remove(id);
            if (links.containsKey(id)) {
                removedLinks.add(id);
            }
        }

        ScheduleChange change() {
            // a rename or a new note changes nothing the engine reads: no pass for it
            List<ScheduleItem> changedItems = upserted.values().stream()
                    .filter(item -> !item.equals(items.get(item.id()))).toList();
            List<ScheduleLink> changedLinks = upsertedLinks.values().stream()
                    .filter(link -> !link.equals(links.get(link.id())))
                    .filter(link -> known(link.predecessorId()) && known(link.successorId())).toList();
            return new ScheduleChange(changedItems, List.copyOf(removed), changedLinks, List.copyOf(removedLinks));
        }

        private boolean known(UUID id) {
            return !removed.contains(id) && (upserted.containsKey(id) || items.containsKey(id));
        }
    }
}
