package org.coplan.service.port;

import java.util.List;
import java.util.UUID;
import org.coplan.domain.FundingLine;

/** Storage of funding lines with their yearly amounts. */
public interface FundingRepository extends EntityRepository<FundingLine> {

    List<FundingLine> findByProgramme(UUID programmeId);

    List<FundingLine> findByWorkItem(UUID workItemId);
}
