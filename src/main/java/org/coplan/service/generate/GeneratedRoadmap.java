package org.coplan.service.generate;

import java.util.List;
import org.coplan.domain.Dependency;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;

/** A generated programme with its one roadmap: items parents first (outline order) and acyclic links. */
public record GeneratedRoadmap(Programme programme, Roadmap roadmap, List<WorkItem> items, List<Dependency> links) {

    public GeneratedRoadmap {
        items = List.copyOf(items);
        links = List.copyOf(links);
    }

    public long milestones() {
        return items.stream().filter(WorkItem::isMilestone).count();
    }
}
