package org.coplan.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.Ids;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Problem;
import org.coplan.scheduling.ScheduleCycleException;
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.FullPass;
import org.coplan.service.PlanEditor;
import org.coplan.service.ReferenceData;
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
     * What the new roadmap is called, and what an item without a name is called ({@code {0}}: its source id),
     * both in the user's language: the service holds no texts of its own.
     */
    public record Naming(String roadmapName, String unnamedItem) {

        public Naming {
            Objects.requireNonNull(roadmapName, "roadmapName");
            Objects.requireNonNull(unnamedItem, "unnamedItem");
        }
    }

    /**
     * @throws PlanRuleViolation for an unknown programme, or naming the loop when the file's links make one
     */
    public ImportReport importAsNewRoadmap(UUID programmeId, ImportedPlan plan, Naming naming) {
        ImportPrepared prepared = editor.database().read(store -> {
            store.programmes().find(programmeId).orElseThrow(() -> PlanRuleViolation.of("rule.programme-unknown"));
            String key = store.roadmaps().findByProgramme(programmeId).stream().map(Roadmap::sortKey)
                    .max(Comparator.naturalOrder()).map(Rank::after).orElseGet(() -> Rank.initial(0));
            Roadmap roadmap = new Roadmap(Ids.newId(), programmeId, naming.roadmapName(), null, null, key);
            ReferenceData reference = ReferenceData.load(store);
            WorkingTime calendar = reference.calendar(roadmap.calendarId()).or(reference::defaultCalendar)
                    .map(WorkingTime::new).orElseGet(WorkingTime::standard);
            return ImportPrepared.of(roadmap, plan, naming.unnamedItem(), calendar);
        });
        List<WorkItem> scheduled = scheduled(prepared);
        editor.execute(new RoadmapEdit.Insert(
                new RoadmapContent(prepared.roadmap(), scheduled, prepared.links(), List.of(), List.of()),
                Problem.tr("edit.import-roadmap", prepared.roadmap().name())));
        List<Problem> dropped = new ArrayList<>(plan.dropped());
        dropped.addAll(prepared.dropped());
        return new ImportReport(prepared.roadmap(), plan.formatName(), ImportCounts.ofStored(scheduled,
                prepared.links()), dropped);
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
