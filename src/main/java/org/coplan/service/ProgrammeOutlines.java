package org.coplan.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.coplan.domain.Dependency;
import org.coplan.domain.OtherRoadmaps;
import org.coplan.domain.Roadmap;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.DependencyEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.RoadmapEdit;
import org.coplan.service.edit.WorkItemEdit;
import org.coplan.service.port.PlanDatabase;

/**
 * The outlines of the open roadmap's sister roadmaps, and the links from them into the open roadmap, for
 * predecessors written as {@code Energy/1.2}: read from the database when first needed (only the
 * predecessors text needs them) and kept until an edit changes another roadmap's outline or a roadmap
 * itself. Date shifts the scheduler makes in other roadmaps keep their outlines, so they keep the copy;
 * links made and removed here (and their undo) are followed one by one.
 */
final class ProgrammeOutlines implements OtherRoadmaps {

    private final PlanDatabase database;
    private final Supplier<Roadmap> open;
    private final RoadmapPlan plan;
    private OtherRoadmaps loaded;
    private final Map<UUID, Dependency> linksIn = new LinkedHashMap<>();

    ProgrammeOutlines(PlanDatabase database, Supplier<Roadmap> open, RoadmapPlan plan) {
        this.database = database;
        this.open = open;
        this.plan = plan;
    }

    @Override
    public List<Roadmap> roadmaps() {
        return loaded().roadmaps();
    }

    @Override
    public Optional<UUID> find(UUID roadmapId, String wbs) {
        return loaded().find(roadmapId, wbs);
    }

    @Override
    public Optional<Place> place(UUID itemId) {
        return loaded().place(itemId);
    }

    @Override
    public List<Dependency> predecessorsOf(UUID successorId) {
        loaded();
        return linksIn.values().stream().filter(link -> link.successorId().equals(successorId)).toList();
    }

    /**
     * Drops the copy when the edit may have renumbered another roadmap or renamed a roadmap; takes links
     * from other roadmaps into this one in or out. Called after the open roadmap's plan took the edit in.
     */
    void follow(Edit edit) {
        if (loaded == null) {
            return;
        }
        if (reshapesOthers(edit)) {
            forget();
        } else {
            followLinks(edit);
        }
    }

    private void followLinks(Edit edit) {
        switch (edit) {
            case CompositeEdit composite -> composite.steps().forEach(this::followLinks);
            case DependencyEdit.Insert insert -> keepIfFromElsewhere(insert.dependency());
            case DependencyEdit.Update update -> {
                linksIn.remove(update.before().id());
                keepIfFromElsewhere(update.after());
            }
            case DependencyEdit.Delete delete -> linksIn.remove(delete.dependency().id());
            case WorkItemEdit.Insert insert -> insert.links().forEach(this::keepIfFromElsewhere);
            case WorkItemEdit.Delete delete -> delete.links().forEach(link -> linksIn.remove(link.id()));
            default -> {
            }
        }
    }

    private void keepIfFromElsewhere(Dependency link) {
        if (plan.find(link.successorId()).isPresent() && plan.find(link.predecessorId()).isEmpty()) {
            linksIn.put(link.id(), link);
        }
    }

    void forget() {
        loaded = null;
        linksIn.clear();
    }

    private boolean reshapesOthers(Edit edit) {
        UUID openId = open.get().id();
        return switch (edit) {
            case CompositeEdit composite -> composite.steps().stream().anyMatch(this::reshapesOthers);
            case WorkItemEdit.Insert insert -> insert.items().stream().anyMatch(i -> !i.roadmapId().equals(openId));
            case WorkItemEdit.Delete delete -> delete.items().stream().anyMatch(i -> !i.roadmapId().equals(openId));
            case WorkItemEdit.Update update -> !update.after().roadmapId().equals(openId)
                    && movesInOutline(update.before(), update.after());
            case RoadmapEdit _ -> true;
            default -> false;
        };
    }

    private static boolean movesInOutline(WorkItem before, WorkItem after) {
        return !before.siblingScope().equals(after.siblingScope()) || !before.sortKey().equals(after.sortKey());
    }

    private OtherRoadmaps loaded() {
        if (loaded == null) {
            Roadmap current = open.get();
            loaded = database.read(store -> {
                List<RoadmapPlan> plans = new ArrayList<>();
                List<UUID> elsewhere = new ArrayList<>();
                for (Roadmap roadmap : store.roadmaps().findByProgramme(current.programmeId())) {
                    if (!roadmap.id().equals(current.id())) {
                        List<WorkItem> items = store.workItems().findByRoadmap(roadmap.id());
                        items.forEach(item -> elsewhere.add(item.id()));
                        plans.add(new RoadmapPlan(roadmap, items, List.of()));
                    }
                }
                // only links that start in another roadmap are kept: ask for those, not for all the open
                // roadmap's links (200,000 read on the first paint of the tree, on the JavaFX thread)
                if (!elsewhere.isEmpty()) {
                    store.dependencies().findTouching(elsewhere).forEach(this::keepIfFromElsewhere);
                }
                return OtherRoadmaps.of(plans, List.of());
            });
        }
        return loaded;
    }
}
