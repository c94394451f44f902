package org.coplan.service.port;

import org.coplan.domain.Programme;

/** Storage of programmes with their priority areas and participating states. */
public interface ProgrammeRepository extends EntityRepository<Programme> {
}
