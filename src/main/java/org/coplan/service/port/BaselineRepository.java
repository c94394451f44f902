package org.coplan.service.port;

import java.util.List;
import java.util.UUID;
import org.coplan.domain.Baseline;

/** Storage of baselines with their entries. */
public interface BaselineRepository extends EntityRepository<Baseline> {

    List<Baseline> findByRoadmap(UUID roadmapId);
}
