package org.coplan.service.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.domain.Baseline;

/** Storage of baselines with their entries. */
public interface BaselineRepository extends EntityRepository<Baseline> {

    List<Baseline> findByRoadmap(UUID roadmapId);

    /** The baseline in one of the roadmap's slots, without reading the other slots' entries. */
    default Optional<Baseline> findBySlot(UUID roadmapId, int slot) {
        return findByRoadmap(roadmapId).stream().filter(baseline -> baseline.slot() == slot).findFirst();
    }
}
