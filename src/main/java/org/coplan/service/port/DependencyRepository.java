package org.coplan.service.port;

import java.util.List;
import java.util.UUID;
import org.coplan.domain.Dependency;

/** Storage of links between work items. */
public interface DependencyRepository extends EntityRepository<Dependency> {

    /** Links whose successor lies in the roadmap (predecessors may lie in another roadmap of the programme). */
    List<Dependency> findByRoadmap(UUID roadmapId);
}
