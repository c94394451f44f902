package org.coplan.service.port;

import org.coplan.domain.Organization;

/** Storage of organizations. */
public interface OrganizationRepository extends EntityRepository<Organization> {
}
