package org.coplan.service.port;

import java.util.List;
import java.util.UUID;
import org.coplan.domain.WorkItem;

/** Storage of work items with their participating states. */
public interface WorkItemRepository extends EntityRepository<WorkItem> {

    List<WorkItem> findByRoadmap(UUID roadmapId);

    long countByRoadmap(UUID roadmapId);

    long countMilestones();
}
