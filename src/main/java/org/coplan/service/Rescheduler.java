package org.coplan.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Problem;
import org.coplan.scheduling.ScheduleChange;
import org.coplan.scheduling.ScheduleCycleException;
import org.coplan.scheduling.ScheduleDelta;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.WorkItemEdit;

/**
 * Runs a session's edits with the dates they make the engine shift, MS Project's way: the user's change and
 * an update of every item the engine moved (in any roadmap of the programme) go to the database as one
 * edit, so one transaction and one undo step. The engine runs before anything is stored, so a loop is
 * refused with the database untouched; when the database refuses the edit, the engine is taken back.
 * Undo and redo (and edits made elsewhere through the same editor) are fed to the engine as they come.
 */
final class Rescheduler {

    private final PlanEditor editor;
    private final RoadmapPlan plan;
    private final Function<UUID, String> labels;
    private final List<Consumer<Set<UUID>>> timingListeners = new CopyOnWriteArrayList<>();
    private ProgrammeSchedule schedule;
    private Edit running;
    private ScheduleDelta runningDelta = ProgrammeSchedule.NOTHING;

    Rescheduler(PlanEditor editor, RoadmapPlan plan, ProgrammeSchedule schedule, Function<UUID, String> labels) {
        this.editor = editor;
        this.plan = plan;
        this.schedule = schedule;
        this.labels = labels;
    }

    ProgrammeSchedule schedule() {
        return schedule;
    }

    void addTimingListener(Consumer<Set<UUID>> listener) {
        timingListeners.add(listener);
    }

    void removeTimingListener(Consumer<Set<UUID>> listener) {
        timingListeners.remove(listener);
    }

    /** A full pass after the programme, its roadmaps or the calendars changed. */
    void replace(ProgrammeSchedule fresh) {
        schedule = fresh;
        Set<UUID> all = new HashSet<>();
        plan.items().forEach(item -> all.add(item.id()));
        announce(all);
    }

    /** Refuses a new link that would close a loop anywhere in the programme, naming the items in order. */
    void requireNoCycle(UUID predecessorId, UUID successorId) {
        schedule.cycleIfLinked(predecessorId, successorId).ifPresent(cycle -> {
            throw cycleRefusal(cycle);
        });
    }

    void execute(Edit edit, Problem label) {
        ScheduleChange change = schedule.changeOf(edit);
        ScheduleDelta delta;
        try {
            delta = schedule.apply(change);
        } catch (ScheduleCycleException cycle) {
            throw cycleRefusal(cycle.cycle());
        }
        try {
            Edit whole = withShifts(edit, delta, label);
            running = whole;
            runningDelta = delta;
            editor.execute(whole);
        } catch (RuntimeException refused) {
            schedule.apply(schedule.changeOf(edit.inverse()));
            throw refused;
        } finally {
            running = null;
            runningDelta = ProgrammeSchedule.NOTHING;
        }
    }

    /** Called for every committed edit, before the session's listeners hear of it. */
    void follow(EditApplied applied) {
        Edit edit = applied.change();
        if (edit == running) {
            // the engine has it already; the inputs take the dates now stored
            schedule.note(schedule.changeOf(edit));
            announce(changedIds(runningDelta));
            return;
        }
        ScheduleDelta delta = schedule.apply(schedule.changeOf(edit));
        announce(changedIds(delta));
    }

    private Edit withShifts(Edit edit, ScheduleDelta delta, Problem label) {
        List<UUID> shifted = schedule.shifted(delta);
        if (shifted.isEmpty()) {
            return edit;
        }
        Map<UUID, WorkItem> current = ProgrammeSchedule.itemsAfter(edit);
        List<UUID> elsewhere = shifted.stream()
                .filter(id -> !current.containsKey(id) && plan.find(id).isEmpty()).toList();
        if (!elsewhere.isEmpty()) {
            editor.database().read(store -> {
                store.workItems().findAllById(elsewhere).forEach(item -> current.put(item.id(), item));
                return null;
            });
        }
        List<Edit> steps = new ArrayList<>();
        if (edit instanceof CompositeEdit composite) {
            steps.addAll(composite.steps());
        } else {
            steps.add(edit);
        }
        for (UUID id : shifted) {
            WorkItem before = current.containsKey(id) ? current.get(id) : plan.find(id).orElse(null);
            if (before != null) {
                WorkItem after = ProgrammeSchedule.scheduled(before, schedule.timing(id));
                if (!after.equals(before)) {
                    steps.add(new WorkItemEdit.Update(before, after, label));
                }
            }
        }
        return steps.size() == 1 ? steps.getFirst() : new CompositeEdit(steps, label);
    }

    private PlanRuleViolation cycleRefusal(List<UUID> cycle) {
        List<UUID> closed = new ArrayList<>(cycle);
        if (!closed.isEmpty() && !closed.getFirst().equals(closed.getLast())) {
            closed.add(closed.getFirst());
        }
        return PlanRuleViolation.of("rule.dependency-cycle",
                closed.stream().map(labels).collect(Collectors.joining(" → ")));
    }

    private static Set<UUID> changedIds(ScheduleDelta delta) {
        Set<UUID> ids = new HashSet<>(delta.datesChanged());
        ids.addAll(delta.timingChanged());
        return ids;
    }

    private void announce(Set<UUID> ids) {
        if (!ids.isEmpty()) {
            timingListeners.forEach(listener -> listener.accept(ids));
        }
    }
}
