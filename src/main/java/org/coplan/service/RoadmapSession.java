package org.coplan.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.LagUnit;
import org.coplan.domain.FundingLine;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.MemberState;
import org.coplan.domain.Organization;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.PredecessorText;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkCalendar;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.scheduling.ItemTiming;
import org.coplan.scheduling.ScheduleCycleException;
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.edit.BaselineEdit;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.DependencyEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.ProgrammeEdit;
import org.coplan.service.edit.ReferenceEdit;
import org.coplan.service.edit.RoadmapEdit;
import org.coplan.service.edit.WorkItemEdit;
import org.coplan.service.port.PlanStore;

/**
 * An opened roadmap: its items and links in memory, kept in step with every committed edit (including
 * undo and redo made anywhere through the same {@link PlanEditor}), and the editing actions of the tree
 * table. Each action checks its input first (a {@link PlanRuleViolation} names the item and the field, and
 * nothing is stored), then runs as one edit: one transaction, one undo step.
 *
 * <p>Not thread-safe: the editor's thread owns it, as it owns the {@link RoadmapPlan}.
 */
public final class RoadmapSession implements AutoCloseable {

    private static final int NEW_ACTIVITY_DAYS = 5;

    private final PlanEditor editor;
    private final Messages messages;
    private final Clock clock;
    private final RoadmapPlan plan;
    private final List<Consumer<EditApplied>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<EditApplied> mirror = this::mirror;
    private final ItemChanges changes;
    private final PredecessorEdits predecessors;
    private final RowClipboard clipboard;
    private final Rescheduler rescheduler;
    private final ProgrammeOutlines outlines;
    private Roadmap roadmap;
    private ReferenceData reference;
    private ItemCalendars calendars;
    private boolean closed;

    private RoadmapSession(PlanEditor editor, Messages messages, Clock clock, Loaded loaded) {
        this.editor = editor;
        this.messages = messages;
        this.clock = clock;
        this.roadmap = loaded.plan().roadmap();
        this.plan = loaded.plan();
        this.reference = loaded.reference();
        this.calendars = new ItemCalendars(reference, roadmap);
        this.changes = new ItemChanges(plan, () -> reference, () -> calendars);
        this.rescheduler = new Rescheduler(editor, plan, loaded.schedule(), this::scheduleLabel);
        this.outlines = new ProgrammeOutlines(editor.database(), () -> roadmap, plan);
        this.predecessors = new PredecessorEdits(plan, changes, clock, rescheduler::requireNoCycle, outlines);
        this.clipboard = new RowClipboard(plan, clock);
        editor.addListener(mirror);
    }

    private record Loaded(RoadmapPlan plan, ReferenceData reference, ProgrammeSchedule schedule) {
    }

    /**
     * Opens a roadmap for editing, in English with the system clock: for the command line and tests. The
     * application passes its own messages so that new rows get names in the user's language.
     */
    public static RoadmapSession open(PlanEditor editor, UUID roadmapId) {
        return open(editor, roadmapId, Messages.english(), Clock.systemDefaultZone());
    }

    /**
     * Reads the roadmap, its items and links, the reference data and the schedule of its programme (every
     * roadmap of it, since links may cross them) in one transaction, and makes a full scheduling pass.
     */
    public static RoadmapSession open(PlanEditor editor, UUID roadmapId, Messages messages, Clock clock) {
        Loaded loaded = editor.database().read(store -> {
            Roadmap roadmap = store.roadmaps().find(roadmapId)
                    .orElseThrow(() -> PlanRuleViolation.of("rule.roadmap-unknown"));
            List<WorkItem> items = store.workItems().findByRoadmap(roadmapId);
            List<Dependency> links = store.dependencies().findByRoadmap(roadmapId);
            RoadmapPlan plan = new RoadmapPlan(roadmap, items, links);
            ReferenceData reference = ReferenceData.load(store);
            try {
                return new Loaded(plan, reference,
                        ProgrammeSchedule.load(store, roadmap.programmeId(), reference, roadmapId, items, links));
            } catch (ScheduleCycleException cycle) {
                throw StoredCycle.refusal(store, cycle);
            }
        });
        return new RoadmapSession(editor, messages, clock, loaded);
    }

    public PlanEditor editor() {
        return editor;
    }

    public RoadmapPlan plan() {
        return plan;
    }

    public ReferenceData reference() {
        return reference;
    }

    public Roadmap roadmap() {
        return roadmap;
    }

    /** Told after each committed edit, once the plan mirrors it. */
    public void addListener(Consumer<EditApplied> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<EditApplied> listener) {
        listeners.remove(listener);
    }

    /** Told with the ids of the items whose computed timing (dates, slack, critical) changed. */
    public void addTimingListener(Consumer<Set<UUID>> listener) {
        rescheduler.addTimingListener(listener);
    }

    public void removeTimingListener(Consumer<Set<UUID>> listener) {
        rescheduler.removeTimingListener(listener);
    }

    // ---- schedule

    /** The engine's timing of an item of the programme: early and late dates, slack, critical. */
    public ItemTiming timing(UUID itemId) {
        return rescheduler.schedule().timing(itemId);
    }

    /** The latest finish of the programme's items: the programme's schedule spans all its roadmaps. */
    public LocalDate projectFinish() {
        return rescheduler.schedule().engine().projectFinish();
    }

    public int criticalItemCount() {
        return rescheduler.schedule().engine().criticalItemCount();
    }

    public int criticalPathWorkingDays() {
        return rescheduler.schedule().engine().criticalPathWorkingDays();
    }

    /** Stops following the editor; the plan stays as it was. Closing twice does nothing. */
    @Override
    public void close() {
        closed = true;
        editor.removeListener(mirror);
    }

    /** The calendar the item's dates are counted in (its lead state's, else the roadmap's, else default). */
    public WorkingTime workingTime(UUID itemId) {
        return changes.workingTime(changes.existing(itemId));
    }

    /**
     * How a cycle refusal names an item: "1.2 Design" in this roadmap, "Roadmap B: 2.1 Build" in another
     * roadmap of the programme (read from the database: refusals are rare, and those roadmaps are not kept).
     */
    private String scheduleLabel(UUID itemId) {
        if (plan.find(itemId).isPresent()) {
            return changes.label(itemId);
        }
        return editor.database().read(store -> store.workItems().find(itemId).flatMap(item ->
                store.roadmaps().find(item.roadmapId()).map(other -> {
                    RoadmapPlan otherPlan = new RoadmapPlan(other, store.workItems().findByRoadmap(other.id()),
                            List.of());
                    return other.name() + ": " + otherPlan.wbs(itemId) + " " + item.name();
                }))).orElse(itemId.toString());
    }

    /** "1.2 Design": how messages and dialogs name an item. */
    public String label(UUID itemId) {
        changes.existing(itemId);
        return changes.label(itemId);
    }

    /** The predecessors column's text, e.g. {@code 1.2FS+2d; 3; Energy/2.1SS}: other roadmaps' items by name. */
    public String predecessorsText(UUID itemId) {
        changes.existing(itemId);
        return PredecessorText.format(plan, itemId, outlines);
    }

    // ---- rows

    /**
     * Like MS Project's Insert key: a new row above the selected one, among its siblings (at the end of the
     * top level when nothing is selected), led by the parent's state. It is drafted to start when the
     * selected row starts, which a manually scheduled row keeps; an automatically scheduled one is then
     * placed by the engine (as soon as possible). Returns the row as stored.
     */
    public WorkItem insertItem(UUID selectedId, WorkItemKind kind) {
        WorkItem selected = selectedId == null ? null : changes.existing(selectedId);
        UUID parentId = selected == null ? null : selected.parentId();
        String key;
        if (selected == null) {
            List<WorkItem> top = plan.children(null);
            key = top.isEmpty() ? Rank.initial(0) : Rank.after(top.getLast().sortKey());
        } else {
            List<WorkItem> siblings = plan.children(parentId);
            int at = siblings.indexOf(selected);
            key = Rank.between(at > 0 ? siblings.get(at - 1).sortKey() : null, selected.sortKey());
        }
        LocalDate start = selected != null ? selected.start() : earliestStart();
        WorkItem item = newItem(parentId, key, kind, start);
        Problem label = Problem.tr("edit.insert-item", item.name());
        execute(List.of(new WorkItemEdit.Insert(List.of(item), List.of(), label)), label);
        return plan.item(item.id());
    }

    /**
     * The Gantt chart's "Add milestone here": a new milestone above the selected row (at the end of the top
     * level when none is), on {@code date} or the next working day, in ONE step. An automatically scheduled
     * milestone gets a Start-No-Earlier-Than constraint on the date, as a typed start would, so the next pass
     * leaves it where it was put.
     */
    public WorkItem insertMilestoneOn(UUID selectedId, LocalDate date) {
        WorkItem selected = selectedId == null ? null : changes.existing(selectedId);
        UUID parentId = selected == null ? null : selected.parentId();
        List<WorkItem> siblings = plan.children(parentId);
        String key;
        if (selected == null) {
            key = siblings.isEmpty() ? Rank.initial(0) : Rank.after(siblings.getLast().sortKey());
        } else {
            int at = siblings.indexOf(selected);
            key = Rank.between(at > 0 ? siblings.get(at - 1).sortKey() : null, selected.sortKey());
        }
        WorkItem drafted = newItem(parentId, key, WorkItemKind.MILESTONE, date);
        WorkItem item = changes.withStart(drafted, drafted.start());
        Problem label = Problem.tr("edit.insert-item", item.name());
        execute(List.of(new WorkItemEdit.Insert(List.of(item), List.of(), label)), label);
        return plan.item(item.id());
    }

    /** A new last child; a parent that was an activity or a milestone becomes a phase in the same step. */
    public WorkItem insertChild(UUID parentId, WorkItemKind kind) {
        WorkItem parent = changes.existing(parentId);
        List<WorkItem> children = plan.children(parentId);
        String key = children.isEmpty() ? Rank.initial(0) : Rank.after(children.getLast().sortKey());
        WorkItem item = newItem(parentId, key, kind, parent.start());
        Problem label = Problem.tr("edit.insert-item", item.name());
        List<Edit> steps = new ArrayList<>();
        if (parent.kind() != WorkItemKind.PHASE) {
            steps.add(new WorkItemEdit.Update(parent, changes.withKind(parent, WorkItemKind.PHASE), label));
        }
        steps.add(new WorkItemEdit.Insert(List.of(item), List.of(), label));
        execute(steps, label);
        return plan.item(item.id());
    }

    private WorkItem newItem(UUID parentId, String key, WorkItemKind kind, LocalDate start) {
        UUID leadState = parentId == null ? null : plan.item(parentId).leadStateId();
        WorkingTime time = calendars.forLeadState(leadState);
        LocalDate first = time.nextWorkingDay(start);
        int days = kind == WorkItemKind.MILESTONE ? 0 : NEW_ACTIVITY_DAYS;
        return new WorkItem(Ids.newId(clock), roadmap.id(), parentId, key, defaultName(kind), kind, first,
                time.finishOf(first, days), days, 0, leadState, null, Set.of(), null, null, null,
                ItemConstraint.NONE, roadmap.newItemsManual());
    }

    private String defaultName(WorkItemKind kind) {
        return switch (kind) {
            case PHASE -> messages.tr("item.default-name.phase");
            case ACTIVITY -> messages.tr("item.default-name.activity");
            case MILESTONE -> messages.tr("item.default-name.milestone");
        };
    }

    /** Where MS Project puts a task nothing drives: the project's, here the programme's, start. */
    private LocalDate earliestStart() {
        return rescheduler.schedule().projectStart();
    }

    /** How many rows a delete of these would remove, their branches included, for "Delete 7 rows?". */
    public int countWithDescendants(Collection<UUID> ids) {
        return Selection.branches(plan, ids).size();
    }

    /**
     * Deletes the rows with their branches and every link that touches them (also from other roadmaps),
     * with their funding lines and baseline entries, so that undo brings every one of them back.
     */
    public void delete(Collection<UUID> ids) {
        List<WorkItem> items = Selection.branches(plan, ids);
        if (items.isEmpty()) {
            return;
        }
        Set<UUID> deleted = Selection.idsOf(items);
        Problem label = Problem.tr("edit.delete-items", items.size());
        Attached attached = editor.database().read(store -> new Attached(
                store.dependencies().findTouching(deleted), store.funding().findByWorkItems(deleted),
                store.baselines().findByRoadmap(roadmap.id())));
        List<Edit> steps = new ArrayList<>();
        for (Baseline baseline : attached.baselines()) {
            List<BaselineEntry> kept = baseline.entries().stream()
                    .filter(entry -> !deleted.contains(entry.workItemId())).toList();
            if (kept.size() != baseline.entries().size()) {
                steps.add(new ReferenceEdit.Update<>(PlanStore::baselines, baseline, new Baseline(baseline.id(),
                        baseline.roadmapId(), baseline.slot(), baseline.name(), baseline.takenOn(), kept), label));
            }
        }
        for (FundingLine line : attached.funding()) {
            steps.add(new ReferenceEdit.Delete<>(PlanStore::funding, line, label));
        }
        steps.add(new WorkItemEdit.Delete(items, attached.links(), label));
        execute(steps, label);
    }

    private record Attached(List<Dependency> links, List<FundingLine> funding, List<Baseline> baselines) {
    }

    // ---- fields

    public WorkItem rename(UUID id, String name) {
        WorkItem before = changes.existing(id);
        return update(before, changes.renamed(before, name), Problem.tr("edit.rename-item", before.name()));
    }

    /** To a milestone: zero days on its start. From a milestone to an activity: one day. */
    public WorkItem setKind(UUID id, WorkItemKind kind) {
        return change(id, Problem.tr("field.kind"), item -> changes.withKind(item, kind));
    }

    public WorkItem setStart(UUID id, LocalDate start) {
        return change(id, Problem.tr("field.start"), item -> changes.withStart(item, start));
    }

    public WorkItem setFinish(UUID id, LocalDate finish) {
        return change(id, Problem.tr("field.finish"), item -> changes.withFinish(item, finish));
    }

    public WorkItem setDuration(UUID id, int days) {
        return change(id, Problem.tr("field.duration"), item -> changes.withDuration(item, days));
    }

    public WorkItem setPercentComplete(UUID id, int percent) {
        return change(id, Problem.tr("field.percent-complete"), item -> changes.withPercentComplete(item, percent));
    }

    /** {@code null} clears the lead state; the finish is counted again in the new state's calendar. */
    public WorkItem setLeadState(UUID id, UUID stateId) {
        return change(id, Problem.tr("field.lead-state"), item -> changes.withLeadState(item, stateId));
    }

    public WorkItem setLeadOrganization(UUID id, UUID organizationId) {
        return change(id, Problem.tr("field.lead-organization"),
                item -> changes.withLeadOrganization(item, organizationId));
    }

    public WorkItem setParticipatingStates(UUID id, Set<UUID> stateIds) {
        return change(id, Problem.tr("field.participating-states"),
                item -> changes.withParticipatingStates(item, stateIds));
    }

    public WorkItem setPriorityArea(UUID id, UUID areaId) {
        return change(id, Problem.tr("field.priority-area"), item -> changes.withPriorityArea(item, areaId));
    }

    public WorkItem setDeliverable(UUID id, String deliverable) {
        return change(id, Problem.tr("field.deliverable"), item -> changes.withDeliverable(item, deliverable));
    }

    public WorkItem setNotes(UUID id, String notes) {
        return change(id, Problem.tr("field.notes"), item -> changes.withNotes(item, notes));
    }

    /** {@code null} means as soon as possible. */
    public WorkItem setConstraint(UUID id, ItemConstraint constraint) {
        return change(id, Problem.tr("field.constraint"), item -> changes.withConstraint(item, constraint));
    }

    /**
     * MS Project's task mode for the given items as one step: a manually scheduled item keeps its dates,
     * an automatically scheduled one is placed by the engine at once.
     */
    public void setManual(Collection<UUID> ids, boolean manual) {
        Problem label = Problem.tr(manual ? "edit.manual-scheduling" : "edit.auto-scheduling", ids.size());
        List<Edit> steps = new ArrayList<>();
        for (UUID id : ids) {
            WorkItem item = changes.existing(id);
            if (item.manual() != manual) {
                steps.add(new WorkItemEdit.Update(item, item.withManual(manual), label));
            }
        }
        execute(steps, label);
    }

    /** The mode of items created in this roadmap from now on; existing items keep theirs, as in MS Project. */
    public void setNewItemsManual(boolean manual) {
        if (roadmap.newItemsManual() != manual) {
            Problem label = Problem.tr("edit.new-items-manual");
            execute(List.of(new RoadmapEdit.Update(roadmap, roadmap.withNewItemsManual(manual), label)), label);
        }
    }

    /**
     * Links two items of the programme, which may be in different roadmaps. Refused when it would close a
     * loop (naming it), when one item contains the other, or when the two are already linked.
     */
    public Dependency link(UUID predecessorId, UUID successorId, DependencyType type, int lagDays, LagUnit unit) {
        ProgrammeSchedule schedule = rescheduler.schedule();
        if (!schedule.contains(predecessorId) || !schedule.contains(successorId)) {
            throw PlanRuleViolation.of("rule.link-outside-programme");
        }
        if (plan.find(predecessorId).isPresent() && plan.find(successorId).isPresent()
                && (plan.isAncestor(predecessorId, successorId) || plan.isAncestor(successorId, predecessorId))) {
            throw PlanRuleViolation.of("rule.predecessor-own-phase", changes.label(successorId),
                    changes.label(predecessorId));
        }
        if (schedule.hasLink(predecessorId, successorId)) {
            throw PlanRuleViolation.of("rule.link-exists", scheduleLabel(predecessorId), scheduleLabel(successorId));
        }
        Dependency link = new Dependency(Ids.newId(clock), predecessorId, successorId, type, lagDays, unit);
        rescheduler.requireNoCycle(predecessorId, successorId);
        Problem label = Problem.tr("edit.link-items");
        execute(List.of(new DependencyEdit.Insert(link, label)), label);
        return link;
    }

    /**
     * Parses text such as {@code 1.2FS+2d; 3; Energy/2.1} (WBS codes of this roadmap, or of another roadmap of
     * the programme named before a slash) and makes the links so.
     */
    public void setPredecessors(UUID id, String text) {
        WorkItem item = changes.existing(id);
        Problem label = Problem.tr("edit.change-item", item.name(), Problem.tr("field.predecessors"));
        execute(predecessors.edits(id, text, label), label);
    }

    private WorkItem change(UUID id, Problem field, UnaryOperator<WorkItem> how) {
        WorkItem before = changes.existing(id);
        return update(before, how.apply(before), Problem.tr("edit.change-item", before.name(), field));
    }

    private WorkItem update(WorkItem before, WorkItem after, Problem label) {
        if (!after.equals(before)) {
            execute(List.of(new WorkItemEdit.Update(before, after, label)), label);
        }
        return plan.find(after.id()).orElse(after);
    }

    // ---- outline

    /**
     * MS Project's indent: each top-most selected row becomes the last child of the row above it at its
     * level, which becomes a phase if it was not one. Refused as a whole when a row has none above it.
     * Links between a row and its new phase go in the same step (see {@link #unlinkFromNewParent}).
     */
    public void indent(List<UUID> ids) {
        Problem label = Problem.tr("edit.indent");
        OutlineDraft draft = new OutlineDraft(plan, label);
        List<Edit> unlinks = new ArrayList<>();
        for (UUID id : Selection.topMost(plan, ids)) {
            WorkItem item = draft.item(id);
            WorkItem parent = draft.previousSibling(item)
                    .orElseThrow(() -> PlanRuleViolation.of("rule.indent-no-previous", changes.label(id)));
            if (parent.kind() != WorkItemKind.PHASE) {
                WorkItem phase = parent.withSchedule(WorkItemKind.PHASE, parent.start(), parent.finish(),
                        parent.durationDays());
                draft.update(parent, phase);
                parent = phase;
            }
            unlinkFromNewParent(plan, id, parent.id(), unlinks, label);
            String key = draft.lastChild(parent.id()).map(last -> Rank.after(last.sortKey()))
                    .orElseGet(() -> Rank.initial(0));
            draft.update(item, item.withPlace(parent.id(), key));
        }
        List<Edit> steps = new ArrayList<>(unlinks);
        steps.addAll(draft.steps());
        execute(steps, label);
    }

    /**
     * A phase and what it contains are scheduled as one (the phase rolls its children up), so a link
     * between them would make the schedule chase itself: such links go in the same step, which undo restores.
     */
    private static void unlinkFromNewParent(RoadmapPlan plan, UUID itemId, UUID parentId, List<Edit> into,
                                            Problem label) {
        for (WorkItem moved : plan.subtree(itemId)) {
            for (Dependency link : plan.predecessorsOf(moved.id())) {
                if (link.predecessorId().equals(parentId)) {
                    into.add(new DependencyEdit.Delete(link, label));
                }
            }
            for (Dependency link : plan.successorsOf(moved.id())) {
                if (link.successorId().equals(parentId)) {
                    into.add(new DependencyEdit.Delete(link, label));
                }
            }
        }
    }

    /**
     * Each top-most selected row becomes the next sibling of its parent. Unlike MS Project, the rows below
     * it at its old level stay where they are instead of becoming its children: an outdent then moves
     * exactly the selected branches, which is easier to predict and to undo in one's head.
     */
    public void outdent(List<UUID> ids) {
        OutlineDraft draft = new OutlineDraft(plan, Problem.tr("edit.outdent"));
        // from the bottom up, so that rows outdented from one parent keep their order after it
        for (UUID id : Selection.topMost(plan, ids).reversed()) {
            WorkItem item = draft.item(id);
            if (item.parentId() == null) {
                throw PlanRuleViolation.of("rule.outdent-top-level", changes.label(id));
            }
            WorkItem parent = draft.item(item.parentId());
            String next = draft.nextSibling(parent).map(WorkItem::sortKey).orElse(null);
            draft.update(item, item.withPlace(parent.parentId(), Rank.between(parent.sortKey(), next)));
        }
        execute(draft.steps(), Problem.tr("edit.outdent"));
    }

    /** Each top-most selected row trades places with the row above it; refused when one is first. */
    public void moveUp(List<UUID> ids) {
        OutlineDraft draft = new OutlineDraft(plan, Problem.tr("edit.move-up"));
        for (UUID id : Selection.topMost(plan, ids)) {
            WorkItem item = draft.item(id);
            WorkItem above = draft.previousSibling(item)
                    .orElseThrow(() -> PlanRuleViolation.of("rule.move-up-first", changes.label(id)));
            String lower = draft.previousSibling(above).map(WorkItem::sortKey).orElse(null);
            draft.update(item, item.withPlace(item.parentId(), Rank.between(lower, above.sortKey())));
        }
        execute(draft.steps(), Problem.tr("edit.move-up"));
    }

    /** Each top-most selected row trades places with the row below it; refused when one is last. */
    public void moveDown(List<UUID> ids) {
        OutlineDraft draft = new OutlineDraft(plan, Problem.tr("edit.move-down"));
        for (UUID id : Selection.topMost(plan, ids).reversed()) {
            WorkItem item = draft.item(id);
            WorkItem below = draft.nextSibling(item)
                    .orElseThrow(() -> PlanRuleViolation.of("rule.move-down-last", changes.label(id)));
            String upper = draft.nextSibling(below).map(WorkItem::sortKey).orElse(null);
            draft.update(item, item.withPlace(item.parentId(), Rank.between(below.sortKey(), upper)));
        }
        execute(draft.steps(), Problem.tr("edit.move-down"));
    }

    // ---- clipboard

    public CopiedRows copy(List<UUID> ids) {
        return clipboard.copy(ids);
    }

    /**
     * Inserts fresh copies (new ids, links among them remapped) above the selected row, or at the end of
     * the top level when nothing is selected. Returns the new rows in outline order.
     */
    public List<WorkItem> paste(CopiedRows rows, UUID selectedId) {
        if (rows.isEmpty()) {
            return List.of();
        }
        WorkItem selected = selectedId == null ? null : changes.existing(selectedId);
        RowClipboard.Pasted pasted = clipboard.prepare(rows, selected);
        Problem label = Problem.tr("edit.paste", pasted.items().size());
        execute(List.of(new WorkItemEdit.Insert(pasted.items(), pasted.links(), label)), label);
        return pasted.items().stream().map(item -> plan.item(item.id())).toList();
    }

    // ---- keeping in step

    /** One step: the edit with every date it makes the engine shift (see {@link Rescheduler}). */
    private void execute(List<Edit> steps, Problem label) {
        if (steps.isEmpty()) {
            return;
        }
        ensureOpen();
        rescheduler.execute(steps.size() == 1 ? steps.getFirst() : new CompositeEdit(steps, label), label);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the session of roadmap " + roadmap.name() + " is closed");
        }
    }

    private void mirror(EditApplied applied) {
        applied.change().applyTo(plan);
        outlines.follow(applied.change());
        boolean referenceChanged = notice(applied.change());
        if (referenceChanged) {
            reference = editor.database().read(ReferenceData::load);
            calendars = new ItemCalendars(reference, roadmap);
        }
        if (referenceChanged || reshapesProgramme(applied.change())) {
            // calendars, the programme's start or its set of roadmaps changed: a full pass, as on opening
            // unless the programme itself went: then this session shows a deleted roadmap and edits nothing
            editor.database().read(store -> store.programmes().find(roadmap.programmeId()).map(programme ->
                    ProgrammeSchedule.load(store, programme.id(), reference, roadmap.id(), plan.items())))
                    .ifPresent(rescheduler::replace);
        } else {
            rescheduler.follow(applied);
        }
        listeners.forEach(listener -> listener.accept(applied));
    }

    private boolean reshapesProgramme(Edit edit) {
        return switch (edit) {
            case CompositeEdit composite -> composite.steps().stream().anyMatch(this::reshapesProgramme);
            case ProgrammeEdit.Update update -> update.after().id().equals(roadmap.programmeId())
                    && !update.after().period().start().equals(update.before().period().start());
            case RoadmapEdit.Insert insert -> insert.content().roadmap().programmeId().equals(roadmap.programmeId());
            case RoadmapEdit.Delete delete -> delete.content().roadmap().programmeId().equals(roadmap.programmeId());
            case RoadmapEdit.Update update -> update.after().programmeId().equals(roadmap.programmeId())
                    && !java.util.Objects.equals(update.before().calendarId(), update.after().calendarId());
            default -> false;
        };
    }

    /** Follows a rename of this roadmap; true when reference data (calendars among them) changed. */
    private boolean notice(Edit edit) {
        return switch (edit) {
            case CompositeEdit composite -> {
                boolean referenceChanged = false;
                for (Edit step : composite.steps()) {
                    referenceChanged |= notice(step);
                }
                yield referenceChanged;
            }
            case RoadmapEdit.Update update -> {
                if (update.after().id().equals(roadmap.id())) {
                    roadmap = update.after();
                    calendars = new ItemCalendars(reference, roadmap);
                }
                yield false;
            }
            case ReferenceEdit.Insert<?> insert -> isReferenceData(insert.value());
            case ReferenceEdit.Delete<?> delete -> isReferenceData(delete.value());
            case ReferenceEdit.Update<?> update -> isReferenceData(update.after());
            case RoadmapEdit.Insert _, RoadmapEdit.Delete _, WorkItemEdit _, DependencyEdit _, ProgrammeEdit _,
                 BaselineEdit _ -> false;
        };
    }

    // funding lines and baselines also travel as reference edits, but nothing here looks them up
    private static boolean isReferenceData(Object value) {
        return value instanceof MemberState || value instanceof Organization || value instanceof PriorityArea
                || value instanceof WorkCalendar;
    }
}
