package org.coplan.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.coplan.domain.DateRange;
import org.coplan.domain.Dependency;
import org.coplan.domain.Ids;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Problem;
import org.coplan.scheduling.ScheduleCycleException;
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.FullPass;
import org.coplan.service.PlanEditor;
import org.coplan.service.ReferenceData;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.ProgrammeEdit;
import org.coplan.service.edit.RoadmapContent;
import org.coplan.service.edit.RoadmapEdit;

/**
 * Imports a plan read from a file into a new roadmap of a programme, as one undoable step: the roadmap and all
 * its items and links are inserted by a single {@link RoadmapEdit.Insert}, so undo removes the whole import.
 * The items are scheduled by a full pass before they are stored (as the sample and the generator are), so
 * what the user sees first is the engine's schedule, with the file's dates kept where no link drives an item.
 */
public final class PlanImport {

    private final PlanEditor editor;

    public PlanImport(PlanEditor editor) {
        this.editor = editor;
    }

    /**
     * What the new roadmap is called, and what an item without a name is called (given its source id), both in
     * the user's language: the service holds no texts of its own.
     */
    public record Naming(String roadmapName, UnaryOperator<String> unnamedItem) {

        public Naming {
            Objects.requireNonNull(roadmapName, "roadmapName");
            Objects.requireNonNull(unnamedItem, "unnamedItem");
        }
    }

    /**
     * Imports into a new roadmap after the programme's last one.
     *
     * @throws PlanRuleViolation for an unknown programme, or naming the loop when the file's links make one
     */
    public ImportReport importAsNewRoadmap(UUID programmeId, ImportedPlan plan, Naming naming) {
        ImportPrepared prepared = editor.database().read(store -> {
            store.programmes().find(programmeId).orElseThrow(() -> PlanRuleViolation.of("rule.programme-unknown"));
            String key = store.roadmaps().findByProgramme(programmeId).stream().map(Roadmap::sortKey)
                    .max(Comparator.naturalOrder()).map(Rank::after).orElseGet(() -> Rank.initial(0));
            Roadmap roadmap = new Roadmap(Ids.newId(), programmeId, naming.roadmapName(), null, null, key);
            return ImportPrepared.of(roadmap, plan, naming.unnamedItem(), calendarOf(ReferenceData.load(store)));
        });
        List<WorkItem> scheduled = scheduled(prepared);
        Problem label = Problem.tr("edit.import-roadmap", prepared.roadmap().name());
        rememberSources(prepared);
        editor.execute(new RoadmapEdit.Insert(content(prepared, scheduled), label));
        return report(plan, prepared, scheduled);
    }

    /**
     * Updates an existing roadmap from a file: tasks it imported before (matched by the file's GUIDs or unique
     * ids, or by item ids in files Coplan exported) change their items, new tasks add items, items an earlier
     * import made that the file no longer has are removed, items made in Coplan stay; all rescheduled, as one
     * undoable step (none when nothing changes).
     *
     * @throws PlanRuleViolation for an unknown roadmap, or naming the loop when the links make one
     */
    public ImportReport importInto(UUID roadmapId, ImportedPlan plan, Naming naming) {
        record Read(ImportPrepared prepared, RoadmapUpdate update) {
        }
        Read read = editor.database().read(store -> {
            Roadmap roadmap = store.roadmaps().find(roadmapId)
                    .orElseThrow(() -> PlanRuleViolation.of("rule.roadmap-unknown"));
            ReferenceData reference = ReferenceData.load(store);
            WorkingTime calendar = roadmap.calendarId() != null ? reference.calendar(roadmap.calendarId())
                    .map(WorkingTime::new).orElseGet(() -> calendarOf(reference)) : calendarOf(reference);
            List<WorkItem> items = store.workItems().findByRoadmap(roadmapId);
            Map<UUID, WorkItem> byId = new HashMap<>();
            items.forEach(item -> byId.put(item.id(), item));
            Map<String, UUID> sources = store.itemSources().find(roadmapId);
            Function<ImportedItem, UUID> match = item -> {
                UUID known = sources.get(item.sourceKey());
                if (known != null && byId.containsKey(known)) {
                    return known;
                }
                return item.guidAsItemId().filter(byId::containsKey).orElse(null);
            };
            ImportPrepared prepared = ImportPrepared.of(roadmap, plan, naming.unnamedItem(), calendar, match);
            List<Dependency> touching = store.dependencies().findTouching(byId.keySet());
            return new Read(prepared, new RoadmapUpdate(prepared, items, touching, Set.copyOf(sources.values())));
        });
        ImportPrepared prepared = read.prepared();
        Problem label = Problem.tr("edit.import-update", prepared.roadmap().name());
        RoadmapUpdate.Result result = read.update().compute(label);
        rememberSources(prepared);
        if (!result.steps().isEmpty()) {
            editor.execute(new CompositeEdit(result.steps(), label));
        }
        List<Problem> dropped = new ArrayList<>(plan.dropped());
        dropped.addAll(prepared.dropped());
        Set<UUID> fromFile = new HashSet<>(prepared.sourceKeys().values());
        List<WorkItem> imported = result.items().stream().filter(item -> fromFile.contains(item.id())).toList();
        List<Dependency> importedLinks = result.links().stream().filter(link -> fromFile.contains(
                link.predecessorId()) && fromFile.contains(link.successorId())).toList();
        return new ImportReport(prepared.roadmap(), plan.formatName(), ImportCounts.ofStored(imported, importedLinks),
                dropped, result.changes());
    }

    /**
     * Written before the edit, in a transaction of its own (the editor's edits carry no side tables): if the
     * edit then fails, the new keys name no item and are no match; undo and redo keep item ids, so the keys
     * stay right through both.
     */
    private void rememberSources(ImportPrepared prepared) {
        editor.database().writeVoid(store -> store.itemSources().putAll(prepared.roadmap().id(),
                prepared.sourceKeys()));
    }

    /**
     * Imports into the only roadmap of a new draft programme whose period spans the imported dates: the command
     * line's import when no programme is named. Programme and roadmap come in, and go on undo, together.
     *
     * @throws PlanRuleViolation naming the loop when the file's links make one
     */
    public ImportReport importAsNewProgramme(String programmeTitle, ImportedPlan plan, Naming naming) {
        UUID programmeId = Ids.newId();
        Roadmap roadmap = new Roadmap(Ids.newId(), programmeId, naming.roadmapName(), null, null, Rank.initial(0));
        ImportPrepared prepared = editor.database().read(store ->
                ImportPrepared.of(roadmap, plan, naming.unnamedItem(), calendarOf(ReferenceData.load(store))));
        List<WorkItem> scheduled = scheduled(prepared);
        rememberSources(prepared);
        LocalDate first = scheduled.stream().map(WorkItem::start).min(Comparator.naturalOrder())
                .orElseGet(LocalDate::now);
        LocalDate last = scheduled.stream().map(WorkItem::finish).max(Comparator.naturalOrder()).orElse(first);
        Programme programme = new Programme(programmeId, programmeTitle, ProgrammeKind.JOINT_PROJECT, null,
                new DateRange(first, last), ProgrammeStatus.DRAFT, null, Set.of(), Set.of());
        Problem label = Problem.tr("edit.import-roadmap", roadmap.name());
        editor.execute(new CompositeEdit(List.of(new ProgrammeEdit.Insert(programme, List.of(), label),
                new RoadmapEdit.Insert(content(prepared, scheduled), label)), label));
        return report(plan, prepared, scheduled);
    }

    /** The roadmap's calendar is the default one, as for a roadmap created by hand; Monday to Friday without. */
    private static WorkingTime calendarOf(ReferenceData reference) {
        return reference.defaultCalendar().map(WorkingTime::new).orElseGet(WorkingTime::standard);
    }

    private static RoadmapContent content(ImportPrepared prepared, List<WorkItem> scheduled) {
        return new RoadmapContent(prepared.roadmap(), scheduled, prepared.links(), List.of(), List.of());
    }

    private static ImportReport report(ImportedPlan plan, ImportPrepared prepared, List<WorkItem> scheduled) {
        List<Problem> dropped = new ArrayList<>(plan.dropped());
        dropped.addAll(prepared.dropped());
        return new ImportReport(prepared.roadmap(), plan.formatName(),
                ImportCounts.ofStored(scheduled, prepared.links()), dropped);
    }

    private static List<WorkItem> scheduled(ImportPrepared prepared) {
        List<WorkItem> items = prepared.items();
        if (items.isEmpty()) {
            return items;
        }
        List<Dependency> links = prepared.links();
        LocalDate projectStart = items.stream().map(WorkItem::start).min(Comparator.naturalOrder()).orElseThrow();
        try {
            return FullPass.schedule(FullPass.anchorUndriven(items, links), links, projectStart,
                    item -> prepared.calendar());
        } catch (ScheduleCycleException cycle) {
            throw ImportRefused.of("import.error.cycle", prepared.namesOf(cycle.cycle()));
        }
    }
}
