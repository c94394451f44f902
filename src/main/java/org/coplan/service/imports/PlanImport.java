package org.coplan.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.coplan.domain.Baseline;
import org.coplan.domain.ConstraintType;
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
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.ProgrammeEdit;
import org.coplan.service.edit.RoadmapContent;
import org.coplan.service.edit.RoadmapEdit;
import org.coplan.service.port.PlanStore;

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
     * What the new roadmap is called, what an item without a name is called (given its source id), what a
     * baseline taken from the file is called (given its slot) and a calendar (given the file's name for it),
     * all in the user's language: the service holds no texts of its own.
     */
    public record Naming(String roadmapName, UnaryOperator<String> unnamedItem, IntFunction<String> baselineName,
                         UnaryOperator<String> calendarName) {

        public Naming {
            Objects.requireNonNull(roadmapName, "roadmapName");
            Objects.requireNonNull(unnamedItem, "unnamedItem");
            Objects.requireNonNull(baselineName, "baselineName");
            Objects.requireNonNull(calendarName, "calendarName");
        }
    }

    /** What the user chose: whether a task's resources become organisations (the first its lead). */
    public record Options(boolean resourcesAsOrganizations) {

        public static Options plain() {
            return new Options(false);
        }
    }

    /**
     * Imports into a new roadmap after the programme's last one.
     *
     * @throws PlanRuleViolation for an unknown programme, or naming the loop when the file's links make one
     */
    public ImportReport importAsNewRoadmap(UUID programmeId, ImportedPlan plan, Naming naming) {
        return importAsNewRoadmap(programmeId, plan, naming, Options.plain());
    }

    public ImportReport importAsNewRoadmap(UUID programmeId, ImportedPlan plan, Naming naming, Options options) {
        Prepared prepared = editor.database().read(store -> {
            store.programmes().find(programmeId).orElseThrow(() -> PlanRuleViolation.of("rule.programme-unknown"));
            String key = store.roadmaps().findByProgramme(programmeId).stream().map(Roadmap::sortKey)
                    .max(Comparator.naturalOrder()).map(Rank::after).orElseGet(() -> Rank.initial(0));
            return prepare(store, plan, naming, options, programmeId, key);
        });
        NewRoadmap created = prepared.build(plan, naming);
        rememberSources(prepared.items());
        List<Edit> steps = new ArrayList<>(prepared.extras().referenceInserts(created.label()));
        steps.add(new RoadmapEdit.Insert(created.content(), created.label()));
        editor.execute(new CompositeEdit(steps, created.label()));
        return report(plan, prepared, created);
    }

    private record Prepared(ImportPrepared items, ImportExtras extras) {

        NewRoadmap build(ImportedPlan plan, Naming naming) {
            List<WorkItem> scheduled = extras.withLeads(scheduled(items), items.itemIds());
            List<Baseline> baselines = ImportExtras.baselines(plan, items.roadmap().id(), items.itemIds(), naming,
                    LocalDate.now());
            Problem label = Problem.tr("edit.import-roadmap", items.roadmap().name());
            return new NewRoadmap(new RoadmapContent(items.roadmap(), scheduled, items.links(), baselines, List.of()),
                    label);
        }
    }

    private record NewRoadmap(RoadmapContent content, Problem label) {
    }

    private static Prepared prepare(PlanStore store, ImportedPlan plan, Naming naming, Options options,
                                    UUID programmeId, String sortKey) {
        ImportExtras extras = ImportExtras.of(ReferenceData.load(store), plan, naming, options, true);
        Roadmap roadmap = new Roadmap(Ids.newId(), programmeId, naming.roadmapName(), null, extras.calendarId(),
                sortKey);
        return new Prepared(ImportPrepared.of(roadmap, plan, naming.unnamedItem(), extras.workingTime()), extras);
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
        return importInto(roadmapId, plan, naming, Options.plain());
    }

    public ImportReport importInto(UUID roadmapId, ImportedPlan plan, Naming naming, Options options) {
        record Read(ImportPrepared prepared, RoadmapUpdate update, ImportExtras extras) {
        }
        Read read = editor.database().read(store -> {
            Roadmap roadmap = store.roadmaps().find(roadmapId)
                    .orElseThrow(() -> PlanRuleViolation.of("rule.roadmap-unknown"));
            ReferenceData reference = ReferenceData.load(store);
            ImportExtras extras = ImportExtras.of(reference, plan, naming, options, false);
            WorkingTime calendar = roadmap.calendarId() != null ? reference.calendar(roadmap.calendarId())
                    .map(WorkingTime::new).orElseGet(extras::workingTime) : extras.workingTime();
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
            // the roadmap's links (an indexed join), and the links of items that may go, wherever they lead
            Set<UUID> mayGo = new HashSet<>(sources.values());
            mayGo.retainAll(byId.keySet());
            mayGo.removeAll(prepared.itemIds().values());
            Map<UUID, Dependency> links = new LinkedHashMap<>();
            store.dependencies().findByRoadmap(roadmapId).forEach(link -> links.put(link.id(), link));
            if (!mayGo.isEmpty()) {
                store.dependencies().findTouching(mayGo).forEach(link -> links.putIfAbsent(link.id(), link));
            }
            List<Dependency> touching = List.copyOf(links.values());
            return new Read(prepared, new RoadmapUpdate(prepared, items, touching, Set.copyOf(sources.values()),
                    extras.leadsByItem(prepared.itemIds())), extras);
        });
        ImportPrepared prepared = read.prepared();
        Problem label = Problem.tr("edit.import-update", prepared.roadmap().name());
        RoadmapUpdate.Result result = read.update().compute(label);
        rememberSources(prepared);
        if (!result.steps().isEmpty()) {
            List<Edit> steps = new ArrayList<>(read.extras().referenceInserts(label));
            steps.addAll(result.steps());
            editor.execute(new CompositeEdit(steps, label));
        }
        List<Problem> dropped = new ArrayList<>(plan.dropped());
        dropped.addAll(prepared.dropped());
        dropped.addAll(read.extras().dropped());
        Set<UUID> fromFile = new HashSet<>(prepared.sourceKeys().values());
        List<WorkItem> imported = result.items().stream().filter(item -> fromFile.contains(item.id())).toList();
        List<Dependency> importedLinks = result.links().stream().filter(link -> fromFile.contains(
                link.predecessorId()) && fromFile.contains(link.successorId())).toList();
        List<Problem> kept = new ArrayList<>();
        if (read.extras().organizationsAdded() > 0 && !result.steps().isEmpty()) {
            kept.add(Problem.tr("import.kept.organizations", read.extras().organizationsAdded()));
        }
        return new ImportReport(prepared.roadmap(), plan.formatName(), ImportCounts.ofStored(imported, importedLinks),
                dropped, result.changes(), kept);
    }

    /**
     * Written before the edit, in a transaction of its own (the editor's edits carry no side tables): if the
     * edit then fails, the new keys name no item and are no match; undo and redo keep item ids, so the keys
     * stay right through both.
     */
    private void rememberSources(ImportPrepared prepared) {
        if (prepared.sourceKeys().isEmpty()) {
            return;
        }
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
        return importAsNewProgramme(programmeTitle, plan, naming, Options.plain());
    }

    public ImportReport importAsNewProgramme(String programmeTitle, ImportedPlan plan, Naming naming,
                                             Options options) {
        UUID programmeId = Ids.newId();
        Prepared prepared = editor.database().read(store ->
                prepare(store, plan, naming, options, programmeId, Rank.initial(0)));
        NewRoadmap created = prepared.build(plan, naming);
        rememberSources(prepared.items());
        List<WorkItem> scheduled = created.content().items();
        LocalDate first = scheduled.stream().map(WorkItem::start).min(Comparator.naturalOrder())
                .orElseGet(LocalDate::now);
        LocalDate last = scheduled.stream().map(WorkItem::finish).max(Comparator.naturalOrder()).orElse(first);
        Programme programme = new Programme(programmeId, programmeTitle, ProgrammeKind.JOINT_PROJECT, null,
                new DateRange(first, last), ProgrammeStatus.DRAFT, null, Set.of(), Set.of());
        List<Edit> steps = new ArrayList<>();
        steps.add(new ProgrammeEdit.Insert(programme, List.of(), created.label()));
        steps.addAll(prepared.extras().referenceInserts(created.label()));
        steps.add(new RoadmapEdit.Insert(created.content(), created.label()));
        editor.execute(new CompositeEdit(steps, created.label()));
        return report(plan, prepared, created);
    }

    private static ImportReport report(ImportedPlan plan, Prepared prepared, NewRoadmap created) {
        List<Problem> dropped = new ArrayList<>(plan.dropped());
        dropped.addAll(prepared.items().dropped());
        dropped.addAll(prepared.extras().dropped());
        RoadmapContent content = created.content();
        List<Problem> kept = new ArrayList<>();
        if (prepared.extras().calendarId() != null) {
            kept.add(Problem.tr("import.kept.calendar", plan.calendar().name(), plan.calendar().holidays().size()));
        }
        if (!content.baselines().isEmpty()) {
            kept.add(Problem.tr("import.kept.baselines", content.baselines().size()));
        }
        if (prepared.extras().organizationsAdded() > 0) {
            kept.add(Problem.tr("import.kept.organizations", prepared.extras().organizationsAdded()));
        }
        int notes = (int) content.items().stream().filter(item -> item.notes() != null).count();
        if (notes > 0) {
            kept.add(Problem.tr("import.kept.notes", notes));
        }
        int constraints = (int) plan.items().stream()
                .filter(item -> item.constraint().type() != ConstraintType.AS_SOON_AS_POSSIBLE).count();
        if (constraints > 0) {
            kept.add(Problem.tr("import.kept.constraints", constraints));
        }
        ImportCounts counts = ImportCounts.ofStored(content.items(), content.links());
        return new ImportReport(content.roadmap(), plan.formatName(), counts, dropped,
                ImportChanges.created(counts.items()), kept);
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
