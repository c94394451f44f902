package org.coplan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The other roadmaps of a programme as the predecessors text names them ({@code Energy/1.2FS+2d}): their
 * names, and the items behind their WBS codes. Links may cross the roadmaps of a programme; the open
 * roadmap's {@link RoadmapPlan} knows only its own items.
 */
public interface OtherRoadmaps {

    /** A programme of one roadmap, or a caller that only ever names its own items. */
    OtherRoadmaps NONE = new OtherRoadmaps() {
        @Override
        public List<Roadmap> roadmaps() {
            return List.of();
        }

        @Override
        public Optional<UUID> find(UUID roadmapId, String wbs) {
            return Optional.empty();
        }

        @Override
        public Optional<Place> place(UUID itemId) {
            return Optional.empty();
        }

        @Override
        public List<Dependency> predecessorsOf(UUID successorId) {
            return List.of();
        }
    };

    /**
     * Over the other roadmaps' plans (their items are enough: their links are not read) and the links that
     * come from them into the open roadmap.
     */
    static OtherRoadmaps of(Collection<RoadmapPlan> plans, Collection<Dependency> linksIn) {
        List<RoadmapPlan> all = List.copyOf(plans);
        List<Dependency> links = List.copyOf(linksIn);
        return new OtherRoadmaps() {
            @Override
            public List<Roadmap> roadmaps() {
                return all.stream().map(RoadmapPlan::roadmap).toList();
            }

            @Override
            public Optional<UUID> find(UUID roadmapId, String wbs) {
                return all.stream().filter(plan -> plan.roadmap().id().equals(roadmapId)).findFirst()
                        .flatMap(plan -> plan.findByWbs(wbs));
            }

            @Override
            public Optional<Place> place(UUID itemId) {
                return all.stream().filter(plan -> plan.find(itemId).isPresent()).findFirst()
                        .map(plan -> new Place(plan.roadmap(), plan.wbs(itemId), plan.outlineNumber(itemId)));
            }

            @Override
            public List<Dependency> predecessorsOf(UUID successorId) {
                return links.stream().filter(link -> link.successorId().equals(successorId)).toList();
            }
        };
    }

    /** Where an item of another roadmap sits: its roadmap and WBS code. */
    record Place(Roadmap roadmap, String wbs, int outlineNumber) {
    }

    /** The programme's roadmaps other than the open one. */
    List<Roadmap> roadmaps();

    Optional<UUID> find(UUID roadmapId, String wbs);

    /** Empty when the item is in no other roadmap of the programme. */
    Optional<Place> place(UUID itemId);

    /**
     * The links into an item of the open roadmap from items of other roadmaps (the open roadmap's
     * {@link RoadmapPlan} keeps only the links between its own items).
     */
    List<Dependency> predecessorsOf(UUID successorId);
}
