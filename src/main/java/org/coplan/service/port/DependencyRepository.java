package org.coplan.service.port;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Dependency;

/** Storage of links between work items. */
public interface DependencyRepository extends EntityRepository<Dependency> {

    /** Links whose successor lies in the roadmap (predecessors may lie in another roadmap of the programme). */
    List<Dependency> findByRoadmap(UUID roadmapId);

    /**
     * Every link into or out of any of the items, in whichever roadmap its other end lies: the links that
     * must go (and come back on undo) when the items are deleted. Repositories over large tables should
     * answer this from the predecessor and successor indexes instead of this scan.
     */
    default List<Dependency> findTouching(Collection<UUID> itemIds) {
        Set<UUID> items = Set.copyOf(itemIds);
        return findAll().stream()
                .filter(link -> items.contains(link.predecessorId()) || items.contains(link.successorId()))
                .toList();
    }
}
