package org.coplan.service.port;

import org.coplan.domain.MemberState;

/** Storage of member states. */
public interface MemberStateRepository extends EntityRepository<MemberState> {
}
