package org.coplan.service.port;

import org.coplan.domain.PriorityArea;

/** Storage of priority areas. */
public interface PriorityAreaRepository extends EntityRepository<PriorityArea> {
}
