package org.coplan.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.Ids;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Programme;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Problem;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.ProgrammeEdit;
import org.coplan.service.edit.RoadmapContent;
import org.coplan.service.edit.RoadmapEdit;
import org.coplan.service.port.PlanStore;

/**
 * Programmes and their roadmaps, for the navigator and the create, edit and delete dialogs. Every change is
 * one undoable edit through the {@link PlanEditor}; deleting takes everything inside along, so that undo
 * brings every row back.
 */
public final class ProgrammeCatalog {

    private static final Comparator<Programme> BY_TITLE =
            Comparator.comparing(Programme::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Programme::id);

    private final PlanEditor editor;

    public ProgrammeCatalog(PlanEditor editor) {
        this.editor = editor;
    }

    /**
     * Which programmes the navigator shows: those the state takes part in and that fund the priority area,
     * by the programme's own lists; {@code null} means any.
     */
    public record Filter(UUID stateId, UUID priorityAreaId) {

        public static final Filter ALL = new Filter(null, null);

        public boolean accepts(Programme programme) {
            return (stateId == null || programme.stateIds().contains(stateId))
                    && (priorityAreaId == null || programme.priorityAreaIds().contains(priorityAreaId));
        }
    }

    /** The programmes (by title) that pass the filter, each with its roadmaps and their item counts. */
    public List<ProgrammeSummary> programmes(Filter filter) {
        Filter chosen = filter == null ? Filter.ALL : filter;
        return editor.database().read(store -> store.programmes().findAll().stream()
                .filter(chosen::accepts)
                .sorted(BY_TITLE)
                .map(programme -> new ProgrammeSummary(programme, store.roadmaps().findByProgramme(programme.id())
                        .stream()
                        .map(roadmap -> new RoadmapSummary(roadmap, store.workItems().countByRoadmap(roadmap.id())))
                        .toList()))
                .toList());
    }

    public Optional<Programme> findProgramme(UUID programmeId) {
        return editor.database().read(store -> store.programmes().find(programmeId));
    }

    public Optional<Roadmap> findRoadmap(UUID roadmapId) {
        return editor.database().read(store -> store.roadmaps().find(roadmapId));
    }

    // ---- programmes

    public Programme createProgramme(Programme programme) {
        requireKnownReferences(programme);
        editor.execute(new ProgrammeEdit.Insert(programme, List.of(),
                Problem.tr("edit.create-programme", programme.title())));
        return programme;
    }

    public Programme updateProgramme(Programme before, Programme after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("an update keeps the programme's id");
        }
        if (before.equals(after)) {
            return after;
        }
        requireKnownReferences(after);
        editor.execute(new ProgrammeEdit.Update(before, after, Problem.tr("edit.change-programme", after.title())));
        return after;
    }

    /** Deletes the programme with its roadmaps (and all they hold) and its funding, as one step. */
    public void deleteProgramme(UUID programmeId) {
        Edit edit = editor.database().read(store -> {
            Programme programme = store.programmes().find(programmeId)
                    .orElseThrow(() -> PlanRuleViolation.of("rule.programme-unknown"));
            Problem label = Problem.tr("edit.delete-programme", programme.title());
            List<Edit> steps = new ArrayList<>();
            // a link between two of its roadmaps goes (and comes back) with the first of them only
            Set<UUID> linksTaken = new HashSet<>();
            for (Roadmap roadmap : store.roadmaps().findByProgramme(programmeId)) {
                steps.add(new RoadmapEdit.Delete(contentOf(store, roadmap, linksTaken), label));
            }
            steps.add(new ProgrammeEdit.Delete(programme, store.funding().findByProgramme(programmeId), label));
            return new CompositeEdit(steps, label);
        });
        editor.execute(edit);
    }

    private void requireKnownReferences(Programme programme) {
        ReferenceData reference = editor.database().read(ReferenceData::load);
        for (UUID state : programme.stateIds()) {
            if (reference.state(state).isEmpty()) {
                throw PlanRuleViolation.of("rule.programme-unknown-state", programme.title(), state);
            }
        }
        for (UUID area : programme.priorityAreaIds()) {
            if (reference.priorityArea(area).isEmpty()) {
                throw PlanRuleViolation.of("rule.programme-unknown-priority-area", programme.title(), area);
            }
        }
    }

    // ---- roadmaps

    /** A new, empty roadmap after the programme's last one. */
    public Roadmap createRoadmap(UUID programmeId, String name, String description) {
        return createRoadmap(programmeId, name, description, null);
    }

    /** The same, on a chosen calendar ({@code null}: the default one), as one undo step (the roadmap dialog). */
    public Roadmap createRoadmap(UUID programmeId, String name, String description, UUID calendarId) {
        return createRoadmap(programmeId, name, description, calendarId, false);
    }

    /** The same, with its new items scheduled manually when {@code newItemsManual}. */
    public Roadmap createRoadmap(UUID programmeId, String name, String description, UUID calendarId,
                                 boolean newItemsManual) {
        Roadmap roadmap = editor.database().read(store -> {
            store.programmes().find(programmeId).orElseThrow(() -> PlanRuleViolation.of("rule.programme-unknown"));
            if (calendarId != null && store.calendars().find(calendarId).isEmpty()) {
                throw PlanRuleViolation.of("rule.roadmap-unknown-calendar", name, calendarId);
            }
            List<Roadmap> existing = store.roadmaps().findByProgramme(programmeId);
            String key = existing.stream().map(Roadmap::sortKey).max(String::compareTo)
                    .map(Rank::after).orElseGet(() -> Rank.initial(0));
            return new Roadmap(Ids.newId(), programmeId, name, description, calendarId, key, newItemsManual);
        });
        editor.execute(new RoadmapEdit.Insert(RoadmapContent.empty(roadmap),
                Problem.tr("edit.create-roadmap", roadmap.name())));
        return roadmap;
    }

    public Roadmap renameRoadmap(UUID roadmapId, String name) {
        Roadmap before = findRoadmap(roadmapId).orElseThrow(() -> PlanRuleViolation.of("rule.roadmap-unknown"));
        return updateRoadmap(before, before.withName(name));
    }

    /** Changes name, description, calendar, new items' mode or programme; {@code before} is what the dialog was opened on. */
    public Roadmap updateRoadmap(Roadmap before, Roadmap after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("an update keeps the roadmap's id");
        }
        if (before.equals(after)) {
            return after;
        }
        editor.database().read(store -> {
            if (store.programmes().find(after.programmeId()).isEmpty()) {
                throw PlanRuleViolation.of("rule.programme-unknown");
            }
            if (after.calendarId() != null && store.calendars().find(after.calendarId()).isEmpty()) {
                throw PlanRuleViolation.of("rule.roadmap-unknown-calendar", after.name(), after.calendarId());
            }
            return null;
        });
        editor.execute(new RoadmapEdit.Update(before, after, Problem.tr("edit.change-roadmap", after.name())));
        return after;
    }

    /** Deletes the roadmap with its items, every link touching them, its baselines and the items' funding. */
    public void deleteRoadmap(UUID roadmapId) {
        Edit edit = editor.database().read(store -> {
            Roadmap roadmap = store.roadmaps().find(roadmapId)
                    .orElseThrow(() -> PlanRuleViolation.of("rule.roadmap-unknown"));
            return new RoadmapEdit.Delete(contentOf(store, roadmap, new HashSet<>()),
                    Problem.tr("edit.delete-roadmap", roadmap.name()));
        });
        editor.execute(edit);
    }

    private static RoadmapContent contentOf(PlanStore store, Roadmap roadmap, Set<UUID> linksTaken) {
        List<WorkItem> items = new RoadmapPlan(roadmap, store.workItems().findByRoadmap(roadmap.id()), List.of())
                .outline();
        if (items.isEmpty()) {
            return new RoadmapContent(roadmap, List.of(), List.of(), store.baselines().findByRoadmap(roadmap.id()),
                    List.of());
        }
        Set<UUID> ids = Selection.idsOf(items);
        List<Dependency> links = store.dependencies().findTouching(ids).stream()
                .filter(link -> linksTaken.add(link.id()))
                .toList();
        return new RoadmapContent(roadmap, items, links, store.baselines().findByRoadmap(roadmap.id()),
                store.funding().findByWorkItems(ids));
    }
}
