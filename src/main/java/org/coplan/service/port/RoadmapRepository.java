package org.coplan.service.port;

import java.util.List;
import java.util.UUID;
import org.coplan.domain.Roadmap;

/** Storage of roadmaps. */
public interface RoadmapRepository extends EntityRepository<Roadmap> {

    /** The programme's roadmaps in their order. */
    List<Roadmap> findByProgramme(UUID programmeId);
}
