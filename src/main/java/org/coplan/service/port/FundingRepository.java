package org.coplan.service.port;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.FundingLine;

/** Storage of funding lines with their yearly amounts. */
public interface FundingRepository extends EntityRepository<FundingLine> {

    List<FundingLine> findByProgramme(UUID programmeId);

    List<FundingLine> findByWorkItem(UUID workItemId);

    /** The funding lines of any of the items (those that go when the items are deleted). */
    default List<FundingLine> findByWorkItems(Collection<UUID> workItemIds) {
        Set<UUID> items = Set.copyOf(workItemIds);
        return findAll().stream()
                .filter(line -> line.workItemId() != null && items.contains(line.workItemId()))
                .toList();
    }
}
